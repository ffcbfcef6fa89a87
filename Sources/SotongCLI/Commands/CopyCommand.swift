import ArgumentParser
import SotongCore
import SotongPostgres

struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole log into an empty store, every hash unchanged.",
        discussion: """
            Moves a log between stores — a SQLite file and a PostgreSQL database, either way — with the same \
            positions, recorded-at times and hashes, so `sotong verify` prints the same head on both. The target \
            must be empty (it is created when missing). Events are copied in batches, each in one transaction; \
            every event is checked before it is stored (it follows the one before, its previous hash links, its \
            hash matches its contents), so a damaged source stops the copy at the first broken position: it \
            prints `BROKEN at position N: …` and exits 1, leaving the checked events before it in the target.

            Until its last batch is stored, the target is marked as holding an unfinished copy: `sotong verify` \
            reports it (`INCOMPLETE …`, exit 1). Running the same copy again resumes after the target's last \
            event when those events are the start of the source; an unfinished copy of another log is refused.

            Examples:
              sotong copy --from sqlite:sotong.sqlite --to postgres://sotong@db.local/sotong
              sotong copy --from postgres://auditor@replica.local/sotong --to sqlite:audit-2018.sqlite
            """)

    @Option(help: ArgumentHelp("The store to read (opened read-only).", valueName: "location")) var from: String
    @Option(help: ArgumentHelp("The empty store to write (or an unfinished copy to resume).", valueName: "location")) var to: String
    @Option(help: "How many events each transaction copies.") var batch: Int = 500

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be 1 or more") }
    }

    func run() async throws {
        // The source is only read: leave its folder as it was (no -wal or -shm left behind).
        let tidySource = StoreLocation.sideFileTidier(from)
        defer { tidySource() }
        try await Failure.guarding {
            let source = try StoreLocation.open(from, readOnly: true)
            // A target that must be refused is refused before it is opened for writing: opening a
            // SQLite file so alone writes to it (GRDB starts an empty write-ahead log).
            do {
                try await StoreLocation.checking(to) { existing in
                    guard let existing = existing as? any VerbatimCopyTarget else { return }
                    _ = try await resumePoint(in: existing, source: source, sourceHead: try await source.head())
                }
            } catch let refusal as ExitCode {
                await StoreLocation.close(source)
                throw refusal
            } catch {
                // Not readable as it is (missing, a new PostgreSQL schema, an older schema): the copy decides.
            }
            guard let target = try StoreLocation.open(to, readOnly: false) as? any VerbatimCopyTarget else {
                throw ValidationError("\(to) cannot take a verbatim copy")
            }
            do {
                try await copy(from: source, to: target)
            } catch {
                await StoreLocation.close(source, target)
                throw error
            }
            await StoreLocation.close(source, target)
        }
    }

    private func copy(from source: any EventStore, to target: any VerbatimCopyTarget) async throws {
        let head = try await source.head()
        var cursor = try await resumePoint(in: target, source: source, sourceHead: head)
        let resumedAfter = cursor
        do {
            while cursor < head.position {
                let page = try await source.readPage(after: cursor, limit: batch, types: nil)
                    .filter { $0.position <= head.position }
                guard let last = page.last else { break }
                // Until the last batch, the target is marked as holding an unfinished copy.
                try await target.appendVerbatim(page, copying: head)
                cursor = last.position
                Terminal.progress("copying \(cursor)/\(head.position)")
            }
            Terminal.endProgress()
            if resumedAfter > 0, resumedAfter == head.position {
                try await target.appendVerbatim([], copying: head)  // nothing was left to copy: finish it
            }
            let copied = try await target.head()
            guard copied == head else {
                throw EventStoreError(code: .corrupt, message: "the source ends before its recorded head",
                                      position: copied.position + 1)
            }
        } catch let error as EventStoreError where error.code == .corrupt {
            Terminal.endProgress()
            print("BROKEN at position \(error.position ?? cursor + 1): \(error.message)")
            throw ExitCode(1)
        }
        if resumedAfter > 0 {
            print("resumed an unfinished copy after position \(resumedAfter)")
        }
        print("copied \(head.position) events; head \(head.position) \(head.hash.hex)")
    }

    /// Where the copy starts: after the target's head when the target holds an unfinished copy
    /// whose events are the start of the source (its head is the source's event at that position),
    /// else at the beginning of an empty target. Any other target is refused (exit 2).
    private func resumePoint(in target: any VerbatimCopyTarget, source: any EventStore, sourceHead: ChainHead)
        async throws -> Int64
    {
        let existing = try await target.head()
        let unfinished = try await target.unfinishedCopy()
        guard existing.position > 0 else { return 0 }
        guard unfinished != nil else {
            Terminal.error("the target already holds \(existing.position) events; copy only into an empty store")
            throw ExitCode(2)
        }
        var same: RecordedEvent?
        if existing.position <= sourceHead.position {
            same = try await source.readPage(after: existing.position - 1, limit: 1, types: nil).first
        }
        guard let same, same.position == existing.position, same.hash == existing.hash else {
            Terminal.error("the target holds an unfinished copy of another log (its \(existing.position) events are not "
                + "the start of \(from)); remove it (a SQLite file) or drop its schema (PostgreSQL), then copy again")
            throw ExitCode(2)
        }
        return existing.position
    }
}

extension StoreLocation {
    /// Closes stores that hold connections (PostgreSQL); files need nothing.
    static func close(_ stores: any EventStore...) async {
        for store in stores {
            if let store = store as? PostgresEventStore { await store.close() }
        }
    }
}
