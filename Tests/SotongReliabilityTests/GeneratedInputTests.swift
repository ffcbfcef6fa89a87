import Foundation
import PropertyBased
import SotongCore
import SotongDomain
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// Generated inputs against the importer and the decoders: random bytes, random JSON shaped
    /// like import lines, and valid lines mutated. Whatever comes in, nothing crashes, every
    /// refusal is an ImportProblem naming a line and a field, and a refused import writes nothing.
    @Suite("Generated inputs") struct GeneratedInputs {
        static let randomBytes = Gen.uint8().array(of: 0...300).map { Data($0) }
        static let randomJSON = Generator { random in RandomJSON.line(&random) }
        static let mutatedLines = Generator { random in LineMutator.line(&random) }
        /// Any of the three, for the decoders.
        static let anyInput = Generator { random -> Data in
            switch Int.random(in: 0..<3, using: &random) {
            case 0: Data((0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            case 1: RandomJSON.line(&random)
            default: LineMutator.line(&random)
            }
        }

        @Test func randomBytes() async throws {
            try await importing(Self.randomBytes, "random-byte lines")
        }

        @Test func randomJSONShapedLikeImportLines() async throws {
            try await importing(Self.randomJSON, "random JSON lines")
        }

        @Test func validLinesMutated() async throws {
            try await importing(Self.mutatedLines, "mutated valid lines")
        }

        /// The decoders the importer is built on throw only PayloadError, naming a field.
        @Test func decodersThrowOnlyPayloadErrors() async {
            let types = OfficeCatalog.registry.eventTypes + ["sample.noted", ""]
            var cases = 0
            await propertyCheck(count: Settings.generatedCases, input: Self.anyInput, Gen.int(in: 0..<types.count),
                                Gen.int(in: -1...3)) { data, typeIndex, version in
                cases += 1
                do { _ = try CanonicalJSON.decodeStrictly(InterchangeLine.self, from: data) } catch let error as PayloadError {
                    #expect(!error.field.isEmpty && !error.reason.isEmpty)
                } catch {
                    Issue.record("decodeStrictly(InterchangeLine) threw \(type(of: error)): \(error)")
                }
                do {
                    _ = try OfficeCatalog.registry.decodeStrictly(type: types[typeIndex], schemaVersion: version, payload: data)
                } catch let error as PayloadError {
                    #expect(!error.field.isEmpty && !error.reason.isEmpty)
                } catch {
                    Issue.record("registry.decodeStrictly(\(types[typeIndex]) v\(version)) threw \(type(of: error)): \(error)")
                }
            }
            Settings.report("generated: \(cases) inputs × 2 decoders (InterchangeLine, every event type's payload): "
                + "only PayloadError")
        }

        /// Imports each generated line alone into the seeded store and checks the outcome.
        private func importing(_ generator: Generator<Data, some Sequence>, _ label: String) async throws {
            let folder = try TemporaryDirectory(prefix: "sotong-generated")
            let store = try await Corpus.seededStore(in: folder)
            let importer = Importer(store: store, keys: Corpus.keys)
            var (accepted, refused) = (0, 0)
            await propertyCheck(count: Settings.generatedCases, input: generator) { data in
                let stamp = StoreStamp(store.path)
                let head = try await store.head()
                let report: ImportReport
                do { report = try await importer.run(lines: data) } catch {
                    Issue.record("the importer threw \(type(of: error)): \(error)")
                    return
                }
                var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
                if data.last == UInt8(ascii: "\n") { lines -= 1 }
                for problem in report.problems {
                    #expect((1...max(lines, 1)).contains(problem.line) && !problem.field.isEmpty && !problem.reason.isEmpty,
                            "\(problem)")
                }
                if report.problems.isEmpty {
                    accepted += 1
                } else {
                    refused += 1
                    #expect(report.appended == 0)
                    #expect(try await store.head() == head)
                    #expect(StoreStamp(store.path) == stamp, "a refused import wrote to the store")
                }
            }
            #expect(try await store.verify().isIntact)
            Settings.report("generated: \(accepted + refused) \(label) imported (\(refused) refused, \(accepted) accepted); "
                + "no crash, every refusal names a line and a field, refused imports wrote nothing")
        }
    }
}
