import ArgumentParser
import SotongCore
import SotongDomain
import SotongSQLite

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Walk the hash chain and report the first broken position.",
        discussion: """
            Opens the store read-only, recomputes every event's SHA-256 link and compares the end of the chain \
            with the store's recorded head. Prints `OK <head position> <head hash>` and exits 0, or \
            `BROKEN at position N: <reason>` and exits 1. A store that holds an unfinished `sotong copy` (killed \
            or stopped before its last batch) prints `INCOMPLETE <head position> of <source head position>: …` \
            and exits 1.

            With --checkpoint and --public-key it also proves the log still extends a signed checkpoint: \
            the signature verifies, the log is the checkpoint's origin, and position `size` still has the \
            checkpoint's hash. This catches a history rewritten with every hash recomputed, which the walk \
            alone cannot see. Any failure prints `CHECKPOINT FAILED: <reason>` and exits 1.

            Examples:
              sotong verify --db sotong.sqlite
              sotong verify --checkpoint 2018-12-31.checkpoint --public-key office-checkpoints.pub
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "A signed checkpoint file the log must still extend.") var checkpoint: String?
    @Option(name: .customLong("public-key"), help: "The public key file that signed the checkpoint.") var publicKey: String?

    func validate() throws {
        if (checkpoint == nil) != (publicKey == nil) {
            throw ValidationError("--checkpoint and --public-key go together")
        }
    }

    func run() async throws {
        try await Failure.guarding {
            let opened = try store.open(readOnly: true)
            if let checkpoint, let publicKey {
                let signed = try Checkpoint.parse(try readText(checkpoint))
                let key = try CheckpointPublicKey(fileText: try readText(publicKey))
                do {
                    let report = try await signed.check(opened, storeID: try await store.storeID(of: opened), publicKey: key)
                    try await refuseAnUnfinishedCopy(opened, head: report.head)
                    print("OK \(report.head.position) \(report.head.hash.hex) extends checkpoint \(signed.head.position) "
                        + signed.head.hash.hex)
                    return
                } catch let error as CheckpointError {
                    print("CHECKPOINT FAILED: \(error)")
                    throw ExitCode(1)
                }
            }
            let report = try await opened.verify { checked, total in
                Terminal.progress("verifying \(checked)/\(total)")
            }
            Terminal.endProgress()
            if let failure = report.failure {
                print("BROKEN at position \(failure.position): \(failure)")
                throw ExitCode(1)
            }
            try await refuseAnUnfinishedCopy(opened, head: report.head)
            print("OK \(report.head.position) \(report.head.hash.hex)")
        }
    }

    /// A store that holds an unfinished `sotong copy` is a sound chain but not the whole log: it
    /// prints `INCOMPLETE …` and exits 1.
    private func refuseAnUnfinishedCopy(_ store: any EventStore, head: ChainHead) async throws {
        guard let target = store as? any VerbatimCopyTarget, let source = try await target.unfinishedCopy() else { return }
        print("INCOMPLETE \(head.position) of \(source.position): an unfinished copy (sotong copy stopped before "
            + "its last batch); run the same sotong copy again to finish it")
        throw ExitCode(1)
    }
}
