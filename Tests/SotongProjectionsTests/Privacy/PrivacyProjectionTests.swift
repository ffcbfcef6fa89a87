import Foundation
import SotongCore
import SotongDomain
import SotongProjections
import Testing

/// Retention due, the access log, and erased fields in the history view.
@Suite struct PrivacyProjectionTests {
    static func due(_ desk: PetitionDesk, asOf day: String) async throws -> [String] {
        try await desk.runner.result(RetentionProjection(), cutoff: .date(try LocalDate(day))).petitionRows("retention-due")
    }

    @Test func subjectsAreDueTenYearsAfterTheirLastPetitionEndedUnlessSetOtherwise() async throws {
        let desk = PetitionDesk()
        try await desk.receive("2008-0001", on: "2008-03-03")
        try await desk.complete("2008-0001", on: "2008-03-10")
        try await desk.receive("2008-0002", on: "2008-03-04")           // never answered
        try await desk.receive("2008-0003", on: "2008-03-05")
        try await desk.refuse("2008-0003", on: "2008-04-01")
        // The day of the anniversary is still within the period; the day after is not.
        #expect(try await Self.due(desk, asOf: "2018-03-10") == [])
        #expect(try await Self.due(desk, asOf: "2018-03-11") == [
            "subject-2008-0001: subject-2008-0001 | 2008-0001 | 2008-03-10 | 2018-03-10",
        ])
        #expect(try await Self.due(desk, asOf: "2018-04-02").count == 2)
        let result = try await desk.runner.result(RetentionProjection(), cutoff: .date(try LocalDate("2018-04-02")))
        #expect(result.table("retention-due")?.notes.first == "보유기간: 민원 처리대장 10년 (기본값), 기준일 2018-04-02")

        // A reopened petition is handled again: its subject is no longer due.
        try await desk.record(PetitionReopened(petitionID: "2008-0003", reason: "재검토 요청"), "2008-05-01")
        #expect(try await Self.due(desk, asOf: "2018-04-02").count == 1)

        // Five years, as data; then an erasure takes the subject off the list.
        try await desk.record(RetentionPeriodSet(recordType: .petitionRegister, years: 5), "2012-01-02")
        #expect(try await Self.due(desk, asOf: "2013-03-11").count == 1)
        _ = try await SubjectEraser(store: desk.store, keys: desk.office.keys!, clock: .fixed(PetitionDesk.at("2018-12-31")))
            .erase(subject: "subject-2008-0001", basis: "보유기간(5년) 경과", actor: "privacy:officer")
        #expect(try await Self.due(desk, asOf: "2018-12-31") == [])
    }

    @Test func retentionCatchesUpFromASavedCheckpoint() async throws {
        let desk = PetitionDesk()
        try await desk.receive("2008-0001", on: "2008-03-03")
        try await desk.expectCatchUpEqualsRebuild(RetentionProjection()) {
            try await desk.complete("2008-0001", on: "2008-03-10")
        }
    }

    @Test func theAccessLogListsWhoReadWhichSubjectAndWhy() async throws {
        let desk = PetitionDesk()
        try await desk.receive("2018-0001", on: "2018-03-05")
        let empty = try await desk.runner.result(AccessLogProjection())
        #expect(empty.table("access-log")?.rows.isEmpty == true)
        _ = try await PersonalDataReader(store: desk.store, keys: desk.office.keys!, clock: .fixed(PetitionDesk.at("2018-12-31")))
            .read(subject: "subject-2018-0001", purpose: "결과 통지 발송", actor: "staff:S-6333")
        let log = try await desk.runner.result(AccessLogProjection())
        #expect(log.petitionRows("access-log") == [
            "2: 2 | 2018-12-31 10:00 | staff:S-6333 | subject-2018-0001 | 결과 통지 발송 | "
                + "petitioner.name, petitioner.phone, petitioner.address | petition-2018-0001",
        ])
        for secret in [PetitionDesk.name, PetitionDesk.phone, PetitionDesk.address] {
            #expect(!TableRenderer.render(log, as: .json).contains(secret))
        }
    }

    @Test func theHistoryShowsSealedFieldsMaskedAndErasedOnesAsErased() async throws {
        let desk = PetitionDesk()
        try await desk.receive("2018-0001", on: "2018-03-05")
        let history = StreamHistoryProjection(stream: "petition-2018-0001")
        let before = try await desk.runner.result(history).petitionCell("history", "1", "details")?.description ?? ""
        #expect(before.contains(#""name":"***""#) && !before.contains("sotong:sealed"))
        _ = try await SubjectEraser(store: desk.store, keys: desk.office.keys!, clock: .fixed(PetitionDesk.at("2018-12-31")))
            .erase(subject: "subject-2018-0001", basis: "정보주체의 삭제 요구", actor: "privacy:officer")
        let after = try await desk.runner.result(history).petitionCell("history", "1", "details")?.description ?? ""
        #expect(after.contains(#""name":"삭제됨""#) && after.contains(#""phone":"삭제됨""#))
        #expect(after.contains(#""subject":"subject-2018-0001""#))
        // As of before the erasure, the view is what it was.
        #expect(try await desk.runner.result(history, cutoff: .position(1)).petitionCell("history", "1", "details")?
            .description == before)
    }
}
