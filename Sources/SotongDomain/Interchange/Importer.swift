public import Foundation
public import SotongCore

/// A line the import refused: where, which field, and why (never the field's value).
///
/// ```swift
/// for problem in report.problems { print(problem) }   // line 12: payload.subject: must not be empty
/// ```
public struct ImportProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public let line: Int
    /// The field at fault (`payload.subject`, `metadata.actor`, `type`, …), or `(line)`.
    public let field: String
    /// What is wrong, in English.
    public let reason: String

    /// A problem on a line.
    public init(line: Int, field: String, reason: String) {
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// `line N: field: reason`, as `sotong import` prints it.
    public var description: String { "line \(line): \(field): \(reason)" }
}

/// What an import did.
///
/// ```swift
/// let report = try await Importer(store: store, keys: keys).run(lines: data)
/// print("appended \(report.appended), already stored \(report.alreadyStored)")
/// ```
public struct ImportReport: Hashable, Sendable {
    /// Lines appended.
    public var appended = 0
    /// Lines whose event was already stored with identical content (skipped: imports are idempotent).
    public var alreadyStored = 0
    /// Blank lines skipped.
    public var blank = 0
    /// The refused lines; when any, nothing was appended.
    public var problems: [ImportProblem] = []

    /// An empty report.
    public init() {}
}

/// Imports interchange lines all or nothing: every line is decoded strictly and checked against
/// the office's rules (seeing the lines before it); if any line is bad, every bad line is reported
/// and nothing is appended. Plaintext personal fields are sealed with the subject keys in `keys`
/// (lines that carry them are refused without one); values already sealed, as an export writes
/// them, are imported as they are.
///
/// ```swift
/// let report = try await Importer(store: store, keys: keys).run(lines: data)
/// if !report.problems.isEmpty { for problem in report.problems { print(problem) } }
/// ```
public struct Importer: Sendable {
    /// The longest line accepted, in bytes.
    public static let maximumLineLength = 1 << 20

    /// The store it appends to.
    public let store: any EventStore
    /// "Now" for the rules.
    public let clock: StoreClock
    /// The data subjects' keys, for lines that carry personal data.
    public let keys: (any SubjectKeyStore)?

    /// An importer; without `keys`, lines with plaintext personal data are refused.
    public init(store: any EventStore, clock: StoreClock = .system, keys: (any SubjectKeyStore)? = nil) {
        self.store = store
        self.clock = clock
        self.keys = keys
    }

    /// Checks and appends a JSON Lines document.
    ///
    /// - Parameters:
    ///   - progress: called every 1,000 lines with the lines read so far.
    ///   - dryRun: check only; append nothing.
    public func run(
        lines data: Data, dryRun: Bool = false, progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> ImportReport {
        var report = ImportReport()
        var checker = RuleChecker(store: store, clock: clock, keys: keys)
        var batches: [StreamBatch] = []
        var seenIDs = Set<UUID>()
        var lineNumber = 0
        var slices = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if slices.last?.isEmpty == true { slices.removeLast() }
        for slice in slices {
            lineNumber += 1
            if lineNumber.isMultiple(of: 1_000) { progress?(lineNumber) }
            let bytes = slice.last == UInt8(ascii: "\r") ? slice.dropLast() : slice
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                report.blank += 1
                continue
            }
            do {
                guard let (event, line) = try await accept(Data(bytes), lineNumber: lineNumber, seen: &seenIDs,
                                                           report: &report) else { continue }
                let stored = try await checker.check(event, context: line.context)
                try Self.validateForStore(stored, stream: event.stream, line: lineNumber)
                if let last = batches.last, last.stream == event.stream {
                    batches[batches.count - 1].events.append(stored)
                } else {
                    batches.append(StreamBatch(stream: event.stream, events: [stored],
                                               expected: checker.expectedVersion(of: event.stream, batches: batches)))
                }
            } catch let problem as ImportProblem {
                report.problems.append(problem)
            } catch let error as DomainError {
                report.problems.append(ImportProblem(line: lineNumber, field: Self.lineField(of: error),
                                                     reason: "\(error.korean) — \(error.detail) [\(error.rule)]"))
            }
        }
        progress?(lineNumber)
        guard report.problems.isEmpty, !dryRun, !batches.isEmpty else { return report }
        report.appended = try await store.append(batches).reduce(0) { $0 + ($1.wasAlreadyStored ? 0 : $1.events.count) }
        return report
    }

    /// Decodes one line; `nil` when its event is already stored identically.
    private func accept(
        _ bytes: Data, lineNumber: Int, seen: inout Set<UUID>, report: inout ImportReport
    ) async throws -> (any OfficeEvent, InterchangeLine)? {
        func problem(_ field: String, _ reason: String) -> ImportProblem {
            ImportProblem(line: lineNumber, field: field, reason: reason)
        }
        guard bytes.count <= Self.maximumLineLength else {
            throw problem("(line)", "is longer than \(Self.maximumLineLength) bytes")
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw problem("(line)", "is not valid UTF-8") }
        if let fault = JSONSyntax.problem(in: bytes) { throw problem(fault.field, fault.reason) }
        let line: InterchangeLine
        do {
            line = try CanonicalJSON.decodeStrictly(InterchangeLine.self, from: bytes)
        } catch let error as PayloadError {
            throw problem(error.field == "(payload)" ? "(line)" : error.field, error.reason)
        }
        guard seen.insert(line.id).inserted else { throw problem("id", "repeats the id of an earlier line") }
        let registry = OfficeCatalog.registry
        guard registry.knows(line.type) else { throw problem("type", "'\(line.type)' is not a known event type") }
        let decoded: any DomainEvent
        do {
            decoded = try registry.decodeStrictly(type: line.type, schemaVersion: line.schemaVersion,
                                                  payload: try CanonicalJSON.encode(line.payload))
        } catch let error as PayloadError {
            switch error.field {
            case "schemaVersion": throw problem("schemaVersion", error.reason)
            case "(payload)": throw problem("payload", error.reason)
            default: throw problem("payload." + error.field, error.reason)
            }
        }
        guard let event = decoded as? any OfficeEvent else { throw problem("type", "is not an office event") }
        if let stream = line.stream, stream != event.stream {
            throw problem("stream", "is '\(stream)', but this event belongs to '\(event.stream)'")
        }
        if line.metadata.actor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw problem("metadata.actor", "is required")
        }
        if let stored = try await store.event(id: line.id) {
            var data = try EventData(event, id: line.id, occurredAt: line.occurredAt, metadata: line.context.metadata)
            if try await samePersonalContent(event, line: line.id, stored: stored) { data.payload = stored.payload }
            guard data.hasSameContent(as: stored, stream: event.stream) else {
                throw problem("id", "is already stored at position \(stored.position) with different content")
            }
            report.alreadyStored += 1
            return nil
        }
        return (event, line)
    }
}

extension Importer {
    /// For an event already stored: whether the line says the same, comparing personal fields by
    /// their plaintext (a line's plaintext against the stored value opened; sealed values must match
    /// exactly). A field whose key is gone (an erased subject) matches anything: the data is erased,
    /// and importing it again must neither fail nor bring it back. Nothing opened leaves this function.
    func samePersonalContent(_ event: any OfficeEvent, line id: UUID, stored: RecordedEvent) async throws -> Bool {
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

    /// Checks a line's event as the store will at append, so that a value no store can keep is a
    /// refused line (naming it), not a failure of the whole import.
    static func validateForStore(_ event: EventData, stream: StreamID, line: Int) throws {
        do { try AppendRules.validate([event], stream: stream) } catch let error as EventStoreError {
            let field = error.field ?? "(line)"
            let prefix = "event 1 of the batch: \(field) "
            let reason = error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message
            throw ImportProblem(line: line, field: field, reason: reason)
        }
    }

    /// The line's field a refusal names: the office's checks of occurred-at and actor name the
    /// line's own members; every other rule names a payload field.
    static func lineField(of error: DomainError) -> String {
        guard let field = error.field else { return "(rules)" }
        return ["occurredAt", "metadata.actor"].contains(field) ? field : "payload." + field
    }
}

extension RecordContext {
    /// The metadata stored with an event recorded in this context.
    public var metadata: EventMetadata {
        EventMetadata(actor: actor, correlationID: correlationID, causationID: causationID, reason: reason)
    }
}
