import Foundation
import Sotong

/// Finds the notices owed to petitioners, sends them and records each as sent.
///
/// Two passes, both idempotent:
/// - events: it subscribes to the petition events after its checkpoint and, for each, checks that
///   petition's notices; the checkpoint is saved once they are sent and recorded (and every
///   ``saveEvery`` events otherwise);
/// - sweep: once caught up, it checks every petition, since a 30-day progress notice falls due by
///   the passing of time, not by an event.
///
/// Delivery is at least once (a kill between sending and recording sends again on restart);
/// recording is exactly once: each record's id is derived from (petition, kind, trigger), a record
/// already stored is never made again, and a concurrent copy's record is recognised as the same.
struct Dispatcher {
    let store: SotongStore
    let sender: any NoticeSender
    let checkpointURL: URL
    let actor: String
    let now: @Sendable () -> Date
    /// A pause after each notice (a slow gateway; the restart test uses it to be killed mid-run).
    let pace: Duration?

    /// What one run did.
    struct Summary: Equatable {
        var sent = 0
        var alreadyRecorded = 0
        var position: Int64 = 0
    }

    /// How many events without a notice may pass between two saves of the checkpoint.
    static let saveEvery = 200

    /// The event types a petition's notices depend on (those the notices projection reads).
    static let types = NoticesOwedProjection().eventTypes

    /// Handles the events after the checkpoint, then sweeps; with `once`, returns then, else waits
    /// for new events and sweeps again every `interval`.
    func run(once: Bool, interval: Duration = .seconds(1)) async throws -> Summary {
        var summary = Summary()
        var checkpoint = try await DispatchCheckpoint.load(from: checkpointURL, store: store)
        var unsaved = 0
        while true {
            subscription: for try await message in store.subscribe(after: checkpoint.position, types: Self.types) {
                switch message {
                case .event(let recorded):
                    let sentBefore = summary.sent
                    try await handle(recorded.stream, summary: &summary)
                    checkpoint = DispatchCheckpoint(position: recorded.position, hash: recorded.hash.hex)
                    unsaved += 1
                    // Saved after every event that led to a record, and every `saveEvery` events
                    // otherwise: a restart redoes at most that many quiet events, harmlessly.
                    if summary.sent > sentBefore || unsaved >= Self.saveEvery {
                        try checkpoint.save(to: checkpointURL)
                        unsaved = 0
                    }
                case .caughtUp:
                    break subscription
                }
            }
            if unsaved > 0 {
                try checkpoint.save(to: checkpointURL)
                unsaved = 0
            }
            try await sweep(summary: &summary)
            summary.position = checkpoint.position
            if once { return summary }
            try await Task.sleep(for: interval)
        }
    }

    /// Every petition that owes a notice now.
    func sweep(summary: inout Summary) async throws {
        let book = try await store.fold(NoticesOwedProjection())
        for owing in book.noticesOwed(asOf: now()) {
            try await handle(owing.petition.stream, summary: &summary)
        }
    }

    /// Sends and records the notices one petition owes; rereads the petition when another writer
    /// changed it meanwhile.
    func handle(_ stream: StreamID, summary: inout Summary) async throws {
        for attempt in 1...5 {
            do {
                let entries = try await store.office.history(of: stream)
                for notice in OwedNotice.compute(entries, now: now()) {
                    try await deliver(notice, entries: entries, summary: &summary)
                }
                return
            } catch is ConcurrencyError where attempt < 5 {
                continue
            }
        }
    }

    func deliver(_ notice: Notice, entries: [History.Entry], summary: inout Summary) async throws {
        if try await store.events.event(id: notice.recordID) != nil {
            summary.alreadyRecorded += 1
            return
        }
        var notice = notice
        if sender.needsPhoneNumber, let received = entries.first?.event as? PetitionReceived {
            notice.phone = try await phone(of: received)
        }
        try await sender.send(notice)
        summary.sent += 1
        let event = PetitionNoticeSent(petitionID: notice.petition, medium: sender.medium, kind: notice.kind)
        do {
            try await store.record(event, context: RecordContext(actor: actor, occurredAt: now(),
                                                                 eventID: notice.recordID,
                                                                 causationID: notice.trigger))
        } catch let error as EventStoreError where error.code == .duplicateEventID {
            summary.alreadyRecorded += 1   // a concurrent copy recorded the same notice first
        }
        if let pace { try await Task.sleep(for: pace) }
    }

    /// The petitioner's phone number, read with a stated purpose (the read is recorded first).
    func phone(of received: PetitionReceived) async throws -> String? {
        let records = try await store.readPersonalData(
            of: received.petitioner.subject, purpose: "민원 처리 통지 발송 (\(received.petitionID.rawValue))", actor: actor)
        return records.lazy.flatMap(\.fields).first { $0.path == "petitioner.phone" }?.value
    }
}
