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

            Examples:
              sotong copy --from sqlite:sotong.sqlite --to postgres://sotong@db.local/sotong
              sotong copy --from postgres://auditor@replica.local/sotong --to sqlite:audit-2018.sqlite
            """)

    @Option(help: ArgumentHelp("The store to read (opened read-only).", valueName: "location")) var from: String
    @Option(help: ArgumentHelp("The empty store to write.", valueName: "location")) var to: String
    @Option(help: "How many events each transaction copies.") var batch: Int = 500

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be 1 or more") }
    }

    func run() async throws {
        try await Failure.guarding {
            let source = try StoreLocation.open(from, readOnly: true)
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
        let existing = try await target.head()
        guard existing.position == 0 else {
            Terminal.error("the target already holds \(existing.position) events; copy only into an empty store")
            throw ExitCode(2)
        }
        let head = try await source.head()
        var cursor: Int64 = 0
        do {
            while cursor < head.position {
                let page = try await source.readPage(after: cursor, limit: batch, types: nil)
                    .filter { $0.position <= head.position }
                guard let last = page.last else { break }
                try await target.appendVerbatim(page)
                cursor = last.position
                Terminal.progress("copying \(cursor)/\(head.position)")
            }
            Terminal.endProgress()
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
        print("copied \(head.position) events; head \(head.position) \(head.hash.hex)")
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
