import Foundation
package import SotongCore

/// One write through the office's rules — a `record`, a library call, a whole import — from the
/// check to the append. Each stream the rules read is loaded from the store once and then advanced
/// with every event the session accepts (``History``, ``StreamFold``), so a long write costs the
/// same per event at its end as at its start. New subject keys stay staged (``StagedKeys``) until
/// ``commit(to:)``, which saves them and then appends every accepted event in one transaction,
/// each stream expecting the version its rules saw.
package struct WriteSession: Sendable {
    /// What became of one event.
    package enum Outcome: Sendable {
        /// Checked and sealed; appended by ``WriteSession/commit(to:)``.
        case accepted(EventData)
        /// Its id is already stored with the same content: skipped (writes are idempotent).
        case alreadyStored(RecordedEvent)
    }

    /// What the rules read: the store itself, or a read-only view of it before the store is opened for writing.
    package let view: any EventStore
    /// "Now" for the rules.
    package let clock: StoreClock
    /// The subject keys, staged: nothing is saved before the commit.
    package let keys: StagedKeys?
    private var history = History()
    private var loadedVersions: [StreamID: Int64] = [:]
    private var pendingCounts: [StreamID: Int64] = [:]
    /// The accepted events, grouped into batches of consecutive events of one stream.
    package private(set) var batches: [StreamBatch] = []

    /// A session reading `view`; `keys` are needed only for events that carry personal data.
    package init(view: any EventStore, clock: StoreClock = .system, keys: (any SubjectKeyStore)?) {
        self.view = view
        self.clock = clock
        self.keys = keys.map(StagedKeys.init)
    }

    /// The number of events accepted so far.
    package var acceptedCount: Int { batches.reduce(0) { $0 + $1.events.count } }

    /// Checks one event against the rules (seeing the store and every event accepted before it),
    /// seals its personal fields and adds it to the batches; or finds it already stored.
    ///
    /// - Throws: ``DomainError`` when a rule refuses; ``EventStoreError`` when no store could keep
    ///   it (a field too long, …) or when its id is stored with other content.
    package mutating func write<Event: OfficeEvent>(_ event: Event, context: RecordContext) async throws -> Outcome {
        if let stored = try await view.event(id: context.eventID) {
            try await requireSameContent(event, context: context, stored: stored)
            return .alreadyStored(stored)
        }
        let data = try await check(event, context: context)
        try AppendRules.validate([data], stream: event.stream)
        let stream = event.stream
        if let last = batches.last, last.stream == stream {
            batches[batches.count - 1].events.append(data)
        } else {
            let version = (loadedVersions[stream] ?? 0) + (pendingCounts[stream] ?? 0)
            batches.append(StreamBatch(stream: stream, events: [data], expected: version == 0 ? .noStream : .exact(version)))
        }
        pendingCounts[stream, default: 0] += 1
        return .accepted(data)
    }

    /// Saves the keys the session made, then appends every accepted event in one transaction. The
    /// keys are saved only once the store shows it can take the write lock, so a locked or
    /// read-only store leaves the key store untouched; if the append still fails after that (the
    /// disk fills up, a lock is taken in the instant between), the new keys stay saved, unused.
    ///
    /// - Throws: ``WriteRace`` when another writer got in between (``WriteRetry`` re-checks and
    ///   tries again); any other store error.
    package func commit(to store: any EventStore) async throws -> [AppendResult] {
        guard !batches.isEmpty else { return [] }
        if let keys, await keys.hasNewKeys {
            // Keys are saved before the events they seal; a store that cannot take the write now
            // refuses before any key is saved.
            try await (store as? any WriteLockProbing)?.probeWriteLock()
            try await keys.commit()
        }
        do { return try await store.append(batches) } catch { throw WriteRace.classify(error) }
    }

    /// Checks one event and returns it ready to append, personal fields sealed; the history then includes it.
    private mutating func check<Event: OfficeEvent>(_ event: Event, context: RecordContext) async throws -> EventData {
        let now = clock.now()
        if context.occurredAt.timeIntervalSince(now) > Office.futureTolerance {
            throw DomainError(rule: "event.occurred-in-future", korean: "발생일시 오류",
                              detail: "occurred-at lies more than a day after the time of recording", field: "occurredAt")
        }
        if context.actor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(rule: "event.actor-required", korean: "기록자 누락",
                              detail: "every event needs an actor who records it", field: "metadata.actor")
        }
        let subject = PersonalFields.paths(of: Event.self).isEmpty ? nil
            : (event as? any PersonalDataCarrier)?.dataSubject
        let privacyStreams = subject.map { [$0.privacyStream] } ?? []
        for stream in [event.stream] + event.consultedStreams + privacyStreams where !history.hasLoaded(stream) {
            let recorded = try await view.readStream(stream)
            history.load(try recorded.map(OfficeCatalog.decode), for: stream)
            loadedVersions[stream] = recorded.last?.streamVersion ?? 0
        }
        if let subject, PrivacyGuard.isErased(subject, in: history) {
            throw DomainError(rule: "privacy.subject-erased", korean: "파기된 정보주체",
                              detail: "subject \(subject) was erased; its personal data cannot be recorded again")
        }
        try event.check(history, at: RuleContext(occurredAt: context.occurredAt, now: now))
        history.append(History.Entry(event: event, occurredAt: context.occurredAt, position: 0, id: context.eventID),
                       to: event.stream)
        var data = try EventData(event, id: context.eventID, occurredAt: context.occurredAt, metadata: context.metadata)
        try await PersonalFields.seal(&data, of: event, keys: keys)
        return data
    }
}

extension WriteSession {
    /// Refuses an event whose id is stored with other content. Personal fields compare by their
    /// plaintext (each seal is unique), so a line imported again, or an event another writer stored
    /// first with its own seal, is the same event.
    private func requireSameContent<Event: OfficeEvent>(_ event: Event, context: RecordContext, stored: RecordedEvent)
        async throws
    {
        var data = try EventData(event, id: context.eventID, occurredAt: context.occurredAt, metadata: context.metadata)
        if try await samePersonalContent(event, stored: stored) { data.payload = stored.payload }
        guard data.hasSameContent(as: stored, stream: event.stream) else {
            throw EventStoreError.duplicateEventID(context.eventID, position: stored.position)
        }
    }

    /// For an event already stored: whether the given one says the same, comparing personal fields
    /// by their plaintext (the given plaintext against the stored value opened; sealed values must
    /// match exactly). A field whose key is gone (an erased subject) matches anything: the data is
    /// erased, and writing it again must neither fail nor bring it back. Nothing opened leaves this function.
    private func samePersonalContent(_ event: any OfficeEvent, stored: RecordedEvent) async throws -> Bool {
        let type = type(of: event)
        guard !PersonalFields.paths(of: type).isEmpty, let keys,
              let subject = (event as? any PersonalDataCarrier)?.dataSubject,
              let storedEntry = try? OfficeCatalog.decode(stored),
              (storedEntry.event as? any PersonalDataCarrier)?.dataSubject == subject else { return false }
        let mine = try CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(event))
        let theirs = try CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(storedEntry.event))
        var left = mine, right = theirs
        let opened = Dictionary(try await PersonalFields.open(storedEntry.event, id: stored.id, subject: subject, keys: keys)
            .map { ($0.path, $0.value) }, uniquingKeysWith: { first, _ in first })
        for path in PersonalFields.paths(of: type) {
            guard case .string(let given)? = mine.value(at: path), case .string(let kept)? = theirs.value(at: path) else {
                continue
            }
            switch opened[path] {
            case .some(.none):
                left.setValue(.null, at: path)
                right.setValue(.null, at: path)
            case .some(.some(let value)) where !given.hasPrefix(SealedValue.prefix):
                right.setValue(.string(value), at: path)
            default:
                right.setValue(.string(kept), at: path)
            }
        }
        return left == right
    }
}
