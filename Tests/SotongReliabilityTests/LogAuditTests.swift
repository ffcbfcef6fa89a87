import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

extension Reliability {
    /// The checks the crash and concurrency tests rely on do fail when the log is wrong.
    @Suite("The audit itself") struct LogAuditChecks {
        func event(batch: Int, index: Int, size: Int) -> EventData {
            let payload = #"{"batch":\#(batch),"index":\#(index),"pad":"","size":\#(size),"task":0,"writer":"x"}"#
            return EventData(type: "sample.noted", payload: Data(payload.utf8), occurredAt: SampleEvents.baseTime,
                             metadata: EventMetadata(actor: "writer:x"))
        }

        @Test func aHalfBatchAndAnAcknowledgementNotStoredAreCaught() async throws {
            let folder = try TemporaryDirectory()
            let path = folder.path("audit.sqlite")
            let store = try SQLiteEventStore(path: path)
            // Batch 1 says it has 3 events, but only 2 are stored; batch 2 is whole.
            try await store.append([event(batch: 1, index: 0, size: 3), event(batch: 1, index: 1, size: 3)],
                                   to: "s", expecting: .noStream)
            let whole = try await store.append([event(batch: 2, index: 0, size: 2), event(batch: 2, index: 1, size: 2)],
                                               to: "s", expecting: .exact(2))
            let audit = try await LogAudit.open(path)
            #expect(try audit.partialBatches() == ["batch x/0/1: 2 of 3 events, positions [1, 2]"])
            #expect(audit.chainProblems == [])
            #expect(audit.positionProblems == [])
            #expect(audit.versionProblems == [])

            let stored = WriterReport.Ack(first: 3, last: 4, stream: "s", version: 4, task: 0, batch: 2,
                                          ids: whole.events.map(\.id))
            let lost = WriterReport.Ack(first: 3, last: 4, stream: "s", version: 4, task: 0, batch: 3, ids: [UUID(), UUID()])
            let beyond = WriterReport.Ack(first: 5, last: 6, stream: "s", version: 6, task: 0, batch: 4, ids: [UUID(), UUID()])
            #expect(audit.missingAcknowledged([stored, lost, beyond]) == [
                "acknowledged batch 0/3 at 3-4 is not stored as acknowledged",
                "acknowledged positions 5-6 are not in a log of 4",
            ])
        }

        @Test func theWriterReportKeepsOnlyWholeLines() {
            let lines = LiveProcess.Finished(status: 9, killedBySignal: true, stdout: "ready\nack 1 1 s 1 0 1 \(UUID())\nack 2 2 s", stderr: "").lines
            let report = WriterReport(lines)
            #expect(report.ready)
            #expect(report.acks.count == 1)
            #expect(report.malformed.isEmpty)
        }
    }
}
