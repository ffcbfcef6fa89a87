import Foundation
import SotongCore
import SotongDomain
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// Over 200 malformed import lines, each refused with a report naming its line and field,
    /// without a crash and without a byte of the store changing.
    @Suite("Bad input corpus") struct BadInputCorpus {
        static let categories = ["invalid-json", "wrong-type", "missing-field", "unknown-field", "impossible-date",
                                 "huge-string", "invalid-utf8", "unknown-type", "rule", "duplicate-id"]

        @Test func theCorpusHoldsOver200AnnotatedLinesInEveryCategory() throws {
            let entries = try Corpus.badLines()
            #expect(entries.count >= 200)
            #expect(Set(entries.map(\.category)) == Set(Self.categories))
            for category in Self.categories {
                #expect(entries.filter { $0.category == category }.count >= 10, "\(category)")
            }
            // Some lines are not UTF-8 at all: the file is read as bytes.
            #expect(entries.contains { String(validating: $0.bytes, as: UTF8.self) == nil })
        }

        @Test func eachBadLineIsRefusedNamingItsLineAndFieldAndTheStoreIsUnchanged() async throws {
            let folder = try TemporaryDirectory(prefix: "sotong-corpus")
            let store = try await Corpus.seededStore(in: folder)
            let path = store.path
            let before = try StoreFiles(path)
            let head = try await store.head()
            var wrong: [String] = []
            for entry in try Corpus.badLines() {
                do {
                    let report = try await Importer(store: store, keys: Corpus.keys).run(lines: entry.document)
                    let found = report.problems.map { "\($0.line) \($0.field)" }
                    if found != ["\(entry.line) \(entry.field)"] || report.appended != 0 {
                        wrong.append("\(entry): expected \(entry.field), got \(report.problems.map(\.description))")
                    }
                    if let problem = report.problems.first,
                       !problem.description.hasPrefix("line \(entry.line): \(problem.field): ") || problem.reason.isEmpty {
                        wrong.append("\(entry): unclear message \(problem.description)")
                    }
                } catch {
                    wrong.append("\(entry): the importer threw \(type(of: error)): \(error)")
                }
                if try StoreFiles(path) != before { wrong.append("\(entry): the store's bytes changed") }
            }
            #expect(wrong == [])
            #expect(try await store.head() == head)
            #expect(try StoreFiles(path) == before)
        }

        @Test func theWholeCorpusAtOnceReportsEveryLineOnceAndAppendsNothing() async throws {
            let folder = try TemporaryDirectory(prefix: "sotong-corpus")
            let store = try await Corpus.seededStore(in: folder)
            let before = try StoreFiles(store.path)
            let entries = try Corpus.badLines()
            let report = try await Importer(store: store, keys: Corpus.keys).run(lines: try Corpus.file("bad-lines.jsonl"))
            #expect(report.problems.map(\.line) == entries.map(\.line))
            #expect(report.appended == 0)
            #expect(try StoreFiles(store.path) == before)
            Settings.report("bad input: \(entries.count) corpus lines in \(Self.categories.count) categories refused, "
                + "each naming its line and field; store bytes unchanged")
        }

        @Test func anIdRepeatedWithinOneFileIsRefusedAtItsSecondLine() async throws {
            let folder = try TemporaryDirectory(prefix: "sotong-corpus")
            let store = try await Corpus.seededStore(in: folder)
            let before = try StoreFiles(store.path)
            let first = #"{"id":"30000000-0000-4000-8000-000000000001","type":"academy.session-held","schemaVersion":1,"occurredAt":"2018-07-02T01:00:00.000Z","metadata":{"actor":"import:corpus"},"payload":{"title":"소통아카데미 3회","participants":80,"departmentsAttending":["budget"]}}"#
            for second in [first.replacingOccurrences(of: #""participants":80"#, with: #""participants":81"#), first,
                           first.replacingOccurrences(of: "import:corpus", with: "import:other")] {
                let report = try await Importer(store: store, keys: Corpus.keys).run(lines: Data((first + "\n" + second + "\n").utf8))
                #expect(report.problems.map { "\($0.line) \($0.field)" } == ["2 id"])
                #expect(report.appended == 0)
            }
            #expect(try StoreFiles(store.path) == before)
        }
    }
}
