import ArgumentParser
import SotongCore

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Walk the hash chain and report the first broken position.",
        discussion: """
            Opens the store read-only, recomputes every event's SHA-256 link and compares the end of the chain \
            with the store's recorded head. Prints `OK <head position> <head hash>` and exits 0, or \
            `BROKEN at position N: <reason>` and exits 1.

            Example:
              sotong verify --db sotong.sqlite
            """)

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Failure.guarding {
            let opened = try store.open(readOnly: true)
            let report = try await opened.verify { checked, total in
                Terminal.progress("verifying \(checked)/\(total)")
            }
            Terminal.endProgress()
            if let failure = report.failure {
                print("BROKEN at position \(failure.position): \(failure)")
                throw ExitCode(1)
            }
            print("OK \(report.head.position) \(report.head.hash.hex)")
        }
    }
}
