import ArgumentParser
import Foundation
import SotongCore
import SotongDomain
import SotongSQLite

struct KeygenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make an Ed25519 key pair for signing checkpoints.",
        discussion: """
            Writes PREFIX.key (the private key, file mode 0600; keep it off the machine that holds the log \
            if you can) and PREFIX.pub (the public key, for auditors). Formats: Docs/Security.md.

            Example:
              sotong keygen --out office-checkpoints
            """)

    @Option(help: "The path prefix of the two files.") var out: String
    @Flag(help: "Replace existing files.") var force = false

    func run() async throws {
        try await Failure.guarding {
            let key = CheckpointSigningKey()
            let privatePath = out + ".key", publicPath = out + ".pub"
            for path in [privatePath, publicPath] where !force && FileManager.default.fileExists(atPath: path) {
                throw ValidationError("\(path) exists; pass --force to replace it")
            }
            try? FileManager.default.removeItem(atPath: privatePath)
            guard FileManager.default.createFile(atPath: privatePath, contents: Data(key.fileText.utf8),
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw ValidationError("cannot write \(privatePath)")
            }
            try Data(key.publicKey.fileText.utf8).write(to: URL(fileURLWithPath: publicPath))
            print("wrote \(privatePath) (private, mode 0600) and \(publicPath) (public)")
        }
    }
}

struct CheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Sign the log's head: origin, size and head hash.",
        discussion: """
            Opens the store read-only, verifies the chain (a broken log is never signed), and writes the \
            signed checkpoint text (Docs/Security.md) to --out or standard output. Publish it: later, \
            `sotong verify --checkpoint FILE --public-key FILE` proves the log still extends it.

            Example:
              sotong checkpoint --key office-checkpoints.key --out 2018-12-31.checkpoint
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "The private key file (from keygen).") var key: String
    @Option(help: "Where to write the checkpoint (default: standard output).") var out: String?

    func run() async throws {
        try await Failure.guarding {
            let signingKey = try CheckpointSigningKey(fileText: try readText(key))
            let opened = try store.open(readOnly: true)
            let report = try await opened.verify()
            if let failure = report.failure {
                print("BROKEN at position \(failure.position): \(failure)")
                throw ExitCode(1)
            }
            let checkpoint = try Checkpoint.sign(origin: try await store.storeID(of: opened), head: report.head, time: Date(),
                                                 key: signingKey)
            if let out {
                try Data(checkpoint.text.utf8).write(to: URL(fileURLWithPath: out))
                print("signed \(report.head.position) \(report.head.hash.hex) into \(out)")
            } else {
                print(checkpoint.text, terminator: "")
            }
        }
    }
}

/// Reads a small text file, or fails with a usage error naming it.
func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        throw ValidationError("cannot read \(path)")
    }
    return text
}
