import Foundation
import SotongCore
import SotongDomain
import SotongFixtures
import Testing

/// The committed files are exactly what the generator makes, and import cleanly into a fresh store.
@Suite struct FixtureFileTests {
    @Test func generatingAgainGivesTheCommittedBytes() async throws {
        let output = try await FixtureGenerator.generate(calendarFile: FixturePaths.calendar)
        let plan = try FixturePaths.committed(FixtureGenerator.planFileName)
        let year = try FixturePaths.committed(FixtureGenerator.yearFileName)
        #expect(output.plan == plan, "plan-2017.jsonl differs from a fresh generation: run `swift run sotong-fixtures`")
        #expect(output.year == year, "year-2018.jsonl differs from a fresh generation: run `swift run sotong-fixtures`")
        #expect(output.planEvents == ImportedFixture.lineCount(plan))
        #expect(output.yearEvents == ImportedFixture.lineCount(year))
        #expect(output.planEvents == 2_517)
        #expect(output.yearEvents == 1_914)
    }

    @Test func importsIntoAFreshStoreWithNoProblemsAndVerifies() async throws {
        let fixture = try await ImportedFixture.shared.value
        #expect(fixture.planReport.problems == [])
        #expect(fixture.yearReport.problems == [])
        #expect(fixture.planReport.appended == fixture.planLines)
        #expect(fixture.yearReport.appended == fixture.yearLines)
        let verification = try await fixture.store.verify()
        #expect(verification.isIntact)
        #expect(verification.eventsChecked == Int64(fixture.planLines + fixture.yearLines))
    }

    @Test func positionsSplitThePlanFromTheYear() async throws {
        let plan = try FixturePaths.committed(FixtureGenerator.planFileName)
        let year = try FixturePaths.committed(FixtureGenerator.yearFileName)
        let planLines = try lines(plan), yearLines = try lines(year)
        #expect(planLines.map { $0.recorded?.position } == (1...Int64(planLines.count)).map { $0 })
        #expect(yearLines.first?.recorded?.position == Int64(planLines.count) + 1)
        #expect(planLines.allSatisfy { LocalDate($0.occurredAt) <= day("2017-12-31") })
        #expect(yearLines.allSatisfy { LocalDate($0.occurredAt).year == 2018 })
        // Business time strictly increases through the log, and so within every stream.
        let times = (planLines + yearLines).map(\.occurredAt)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func personalDataAppearsOnlyInPetitionerFields() throws {
        for name in [FixtureGenerator.planFileName, FixtureGenerator.yearFileName] {
            for line in try lines(FixturePaths.committed(name)) {
                var payload = line.payload
                if line.type == PetitionReceived.eventType, case .object(var members) = payload {
                    #expect(members["petitioner"] != nil)
                    members["petitioner"] = nil
                    payload = .object(members)
                }
                let rest = String(decoding: try CanonicalJSON.encode(payload), as: UTF8.self)
                    + String(decoding: try CanonicalJSON.encode(line.metadata), as: UTF8.self)
                #expect(!rest.contains("010-"), "a phone number outside petitioner in \(line.type)")
                #expect(!rest.contains("인천광역시 ") || !rest.contains("번길"), "an address outside petitioner in \(line.type)")
            }
        }
    }

    private func lines(_ data: Data) throws -> [InterchangeLine] {
        try data.split(separator: UInt8(ascii: "\n")).map { try CanonicalJSON.decode(InterchangeLine.self, from: Data($0)) }
    }
}
