import Foundation
import SotongCore
import SotongDomain
import Testing

/// Erasure destroys the key after recording the basis; reading needs a purpose and leaves a record first.
@Suite struct ErasureAndAccessTests {
    @Test func readingRecordsTheAccessBeforeReturningPlaintext() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        let reader = PersonalDataReader(store: s.store, keys: s.keys, clock: .fixed(s.now))
        let records = try await reader.read(subject: "subject-2018-0001", purpose: "결과 통지 발송", actor: "staff:S-1")
        #expect(records.count == 1)
        #expect(records[0].stream == "petition-2018-0001")
        #expect(records[0].fields.map(\.path) == ["petitioner.name", "petitioner.phone"])
        #expect(records[0].fields.map(\.value) == [Secret.name, Secret.phone])
        let log = try await s.store.readStream("privacy-access")
        #expect(log.count == 1)
        #expect(log[0].metadata.actor == "staff:S-1")
        let access = try OfficeCatalog.registry.decode(log[0], as: PersonalDataAccessed.self)
        #expect(access == PersonalDataAccessed(subject: "subject-2018-0001", purpose: "결과 통지 발송", accessedBy: "staff:S-1",
                                               fields: ["petitioner.name", "petitioner.phone"],
                                               concerning: ["petition-2018-0001"]))
        #expect(!String(decoding: log[0].payload, as: UTF8.self).contains(Secret.name))
    }

    @Test func readingWithoutAPurposeOrActorReadsNothing() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        let reader = PersonalDataReader(store: s.store, keys: s.keys, clock: .fixed(s.now))
        await #expect(throws: DomainError.self) {
            try await reader.read(subject: "subject-2018-0001", purpose: "  ", actor: "staff:S-1")
        }
        await #expect(throws: DomainError.self) {
            try await reader.read(subject: "subject-2018-0001", purpose: "감사", actor: "")
        }
        #expect(try await s.store.readStream("privacy-access").isEmpty)
    }

    @Test func erasureRecordsTheBasisDestroysTheKeyAndKeepsTheChain() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.receive("2018-0002")
        let eraser = SubjectEraser(store: s.store, keys: s.keys, clock: .fixed(s.now))
        await #expect(throws: DomainError.self) {
            try await eraser.erase(subject: "subject-2018-0001", basis: " ", actor: "privacy:officer")
        }
        #expect(await s.keys.key(for: "subject-2018-0001", creating: false) != nil)
        let outcome = try await eraser.erase(subject: "subject-2018-0001", basis: "보유기간 경과", actor: "privacy:officer")
        #expect(outcome == .erased(position: 3))
        #expect(await s.keys.key(for: "subject-2018-0001", creating: false) == nil)
        #expect(await s.keys.key(for: "subject-2018-0002", creating: false) != nil)
        #expect(try await s.store.verify().isIntact)
        let erased = try OfficeCatalog.registry.decode(try await s.store.readStream("privacy-subject-2018-0001")[0],
                                                       as: SubjectErased.self)
        #expect(erased.basis == "보유기간 경과")

        let reader = PersonalDataReader(store: s.store, keys: s.keys, clock: .fixed(s.now))
        let records = try await reader.read(subject: "subject-2018-0001", purpose: "감사", actor: "auditor:park")
        #expect(records.first?.fields.map(\.value) == [nil, nil])
        #expect(try await reader.read(subject: "subject-2018-0002", purpose: "감사", actor: "auditor:park")
            .first?.fields.first?.value == Secret.name)

        // No new personal data for an erased subject; a second erasure only makes sure the key is gone.
        var again = PetitionReceived.sample("2018-0003")
        again.petitioner.subject = "subject-2018-0001"
        try await s.expectRefused(again, on: Scenario.at("2018-03-07"), rule: "privacy.subject-erased")
        #expect(try await eraser.erase(subject: "subject-2018-0001", basis: "재실행", actor: "privacy:officer") == .alreadyErased)
        #expect(await s.keys.key(for: "subject-2018-0001", creating: false) == nil)
    }

    @Test func retentionPeriodsAreData() async throws {
        let s = Scenario()
        try await s.expectRefused(RetentionPeriodSet(recordType: .petitionRegister, years: 0), on: Scenario.at("2018-01-02"),
                                  rule: "privacy.retention-out-of-range")
        try await s.when(RetentionPeriodSet(recordType: .petitionRegister, years: 5), on: Scenario.at("2018-01-02"))
        #expect(try await s.store.readStream("privacy-retention").count == 1)
        #expect(RetentionRecordType.petitionRegister.defaultYears == 10)
    }
}

/// Erasing a subject Sotong knows nothing of records nothing: no permanent erasure of nobody.
@Suite struct UnknownSubjectErasureTests {
    @Test func aSubjectWithNoKeyAndNoEventIsRefusedAndNothingIsRecorded() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        let eraser = SubjectEraser(store: s.store, keys: s.keys, clock: .fixed(s.now))
        let head = await s.store.head()
        for subject: SubjectID in ["nobody-at-all", "subject-2018-000", "subject-2018-0001 "] {
            do {
                _ = try await eraser.erase(subject: subject, basis: "보유기간 경과", actor: "privacy:officer")
                Issue.record("\(subject) was erased")
            } catch let error as DomainError {
                #expect(error.rule == "privacy.unknown-subject")
                #expect(error.field == "subject")
                #expect(error.detail == "subject \(subject) is unknown: it has no key in the key file and no event names it; "
                    + "nothing was erased")
            }
            await #expect(throws: DomainError.self) { try await eraser.requireKnown(subject) }
        }
        #expect(await s.store.head() == head)
        #expect(try await s.store.readStream("privacy-nobody-at-all").isEmpty)
        #expect(await s.keys.key(for: "subject-2018-0001", creating: false) != nil)
    }

    /// Known by its key alone, by its events alone (the key already gone), or by an earlier erasure.
    @Test func aSubjectKnownByItsKeyOrByAnEventIsErased() async throws {
        let s = Scenario()
        try await s.receive("2018-0001")
        try await s.receive("2018-0002")
        let eraser = SubjectEraser(store: s.store, keys: s.keys, clock: .fixed(s.now))
        // A key with no event (an import that failed after sealing).
        _ = await s.keys.key(for: "subject-keyed-only", creating: true)
        try await eraser.requireKnown("subject-keyed-only")
        #expect(try await eraser.erase(subject: "subject-keyed-only", basis: "요청", actor: "privacy:officer") == .erased(position: 3))
        // Events, but no key (lost with the key file): the erasure is still recorded.
        await s.keys.destroyKey(of: "subject-2018-0002")
        try await eraser.requireKnown("subject-2018-0002")
        #expect(try await eraser.erase(subject: "subject-2018-0002", basis: "요청", actor: "privacy:officer") == .erased(position: 4))
        // Erased before: finishing the job is not refused.
        #expect(try await eraser.erase(subject: "subject-keyed-only", basis: "재실행", actor: "privacy:officer") == .alreadyErased)
    }
}
