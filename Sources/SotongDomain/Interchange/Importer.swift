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
    /// The positions the appended events got (one transaction: a contiguous range); `nil` when none was appended.
    public var positions: ClosedRange<Int64>?

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
        var reader = LineReader(data: data)
        return try await run(reading: &reader, dryRun: dryRun, progress: progress)
    }

    /// Checks and appends the lines of a reader (a file or standard input, read line by line).
    public func run(
        reading reader: inout LineReader, dryRun: Bool = false, progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> ImportReport {
        try await run(reading: &reader, dryRun: dryRun, writer: nil, progress: progress)
    }

    /// Checks every line against `store` — which may be a read-only view of the log — in one pass,
    /// then, when every line is accepted and there is something new, opens the store to write
    /// (`writer`; `store` itself when `nil`) and appends in one transaction. Nothing is opened for
    /// writing, and no key is saved, when a line is refused, in a dry run, or when every line is
    /// already stored. When another writer gets in between, the accepted lines are checked again
    /// against the new state and the append retried (``WriteRetry``).
    package func run(
        reading reader: inout LineReader, dryRun: Bool, writer: (@Sendable () async throws -> any EventStore)?,
        progress: (@Sendable (Int) -> Void)?
    ) async throws -> ImportReport {
        var report = ImportReport()
        var session = WriteSession(view: store, clock: clock, keys: keys)
        var accepted: [PendingLine] = []
        var parsed: [PendingLine] = []
        var parseProblems: [ImportProblem] = []
        var seenIDs = Set<UUID>()
        let headBefore = try await store.head()
        while let line = try reader.next() {
            let lineNumber = reader.lineNumber
            if lineNumber.isMultiple(of: 1_000) { progress?(lineNumber) }
            guard case .bytes(let bytes) = line else {
                let rest = reader.isStopped ? "; the input was not read past \(reader.maximumSkip) bytes of it" : ""
                parseProblems.append(ImportProblem(
                    line: lineNumber, field: "(line)", reason: "is longer than \(Self.maximumLineLength) bytes\(rest)"))
                report.problems.append(parseProblems[parseProblems.count - 1])
                continue
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                report.blank += 1
                continue
            }
            // After a refused line, later lines are still checked (nothing will be appended), so
            // that every bad line is reported in one run.
            let pending: PendingLine
            do {
                pending = try parse(bytes, lineNumber: lineNumber, seen: &seenIDs)
            } catch {
                let problem = try Self.problem(error, line: lineNumber)
                parseProblems.append(problem)
                report.problems.append(problem)
                continue
            }
            parsed.append(pending)
            do {
                try await Self.write(pending, into: &session, accepted: &accepted, report: &report)
            } catch {
                report.problems.append(try Self.problem(error, line: lineNumber))
            }
        }
        progress?(reader.lineNumber)
        // The rules read the store statement by statement: another writer that appended during the
        // pass (the same file imported at once) may have made a line look refused. Check the parsed
        // lines again, from the store as it is now, until a pass sees no other writer.
        var headSeen = headBefore
        var passes = 1
        while report.problems.count > parseProblems.count, passes < WriteRetry.maximumAttempts {
            let head = try await store.head()
            guard head != headSeen else { break }
            headSeen = head
            passes += 1
            var again = ImportReport()
            again.blank = report.blank
            (session, accepted) = try await check(parsed, against: store, report: &again)
            again.problems = (again.problems + parseProblems).sorted { $0.line < $1.line }
            report = again
        }
        return try await commit(session, accepted: accepted, report: report, dryRun: dryRun, writer: writer)
    }

    /// Checks events built in code (a `sotong record`) as the lines of an import are checked, and
    /// appends them the same way: one pipeline for every write.
    package func run(
        events: [(any OfficeEvent, RecordContext)], writer: (@Sendable () async throws -> any EventStore)?
    ) async throws -> ImportReport {
        var report = ImportReport()
        let lines = events.enumerated().map { PendingLine(event: $1.0, context: $1.1, line: $0 + 1) }
        let (session, accepted) = try await check(lines, against: store, report: &report)
        return try await commit(session, accepted: accepted, report: report, dryRun: false, writer: writer)
    }

    /// Appends what a session accepted, unless a line was refused or it is a dry run; after a race,
    /// checks the accepted lines again against the store and retries.
    private func commit(
        _ session: WriteSession, accepted: [PendingLine], report: ImportReport, dryRun: Bool,
        writer: (@Sendable () async throws -> any EventStore)?
    ) async throws -> ImportReport {
        var report = report
        guard report.problems.isEmpty else { return report }
        if dryRun {
            report.appended = accepted.count
            return report
        }
        guard !accepted.isEmpty else { return report }
        let target = try await writer?() ?? store
        let firstSession = session
        let checked = report
        return try await WriteRetry.run { attempt in
            var report = checked
            var session = firstSession
            if attempt > 1 {
                // Check the accepted lines again against what the other writer left.
                session = try await check(accepted, against: target, report: &report).session
                guard report.problems.isEmpty else { return report }
            }
            for result in try await session.commit(to: target) {
                if result.wasAlreadyStored {
                    report.alreadyStored += result.events.count
                } else {
                    report.appended += result.events.count
                    report.positions = (report.positions?.lowerBound ?? result.firstPosition)...result.lastPosition
                }
            }
            return report
        }
    }

    /// Checks parsed lines in a new session on `view`, counting and reporting into `report`.
    private func check(_ lines: [PendingLine], against view: any EventStore, report: inout ImportReport)
        async throws -> (session: WriteSession, accepted: [PendingLine])
    {
        var session = WriteSession(view: view, clock: clock, keys: keys)
        var accepted: [PendingLine] = []
        for pending in lines {
            do {
                try await Self.write(pending, into: &session, accepted: &accepted, report: &report)
            } catch {
                report.problems.append(try Self.problem(error, line: pending.line))
            }
        }
        return (session, accepted)
    }

    /// Checks one parsed line in the session: accepted, or counted as already stored.
    private static func write(
        _ pending: PendingLine, into session: inout WriteSession, accepted: inout [PendingLine],
        report: inout ImportReport
    ) async throws {
        switch try await session.write(pending.event, context: pending.context) {
        case .accepted: accepted.append(pending)
        case .alreadyStored: report.alreadyStored += 1
        }
    }

    /// A line's refusal as a problem naming its line and field; errors that are not about the line
    /// (the store cannot be read) are thrown.
    static func problem(_ error: any Error, line: Int) throws -> ImportProblem {
        switch error {
        case let problem as ImportProblem:
            return problem
        case let error as DomainError:
            return ImportProblem(line: line, field: lineField(of: error),
                                 reason: "\(error.korean) — \(error.detail) [\(error.rule)]")
        case let error as EventStoreError where error.code == .duplicateEventID:
            return ImportProblem(line: line, field: "id",
                                 reason: "is already stored at position \(error.position.map(String.init) ?? "?") with different content")
        case let error as EventStoreError where error.code == .invalidEvent || error.code == .invalidBatch:
            let field = error.field ?? "(line)"
            let prefix = "event 1 of the batch: \(field) "
            let reason = error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message
            return ImportProblem(line: line, field: field, reason: reason)
        default:
            throw error
        }
    }

    /// Decodes one line strictly into its typed event and context.
    private func parse(_ bytes: Data, lineNumber: Int, seen: inout Set<UUID>) throws -> PendingLine {
        func problem(_ field: String, _ reason: String) -> ImportProblem {
            ImportProblem(line: lineNumber, field: field, reason: reason)
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
        return PendingLine(event: event, context: line.context, line: lineNumber)
    }
}

/// A line decoded into its typed event, kept until the import commits (a race re-checks it).
struct PendingLine: Sendable {
    let event: any OfficeEvent
    let context: RecordContext
    let line: Int
}

extension Importer {
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
