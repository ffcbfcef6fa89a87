import ArgumentParser
import Foundation
import SotongCore
import SotongDomain
import SotongProjections

struct EraseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a data subject: record the legal basis, then destroy the subject's key.",
        discussion: """
            Records privacy.subject-erased (stream privacy-<subject>) with the basis, then deletes the subject's \\
            key from the key file and vacuums it, so every sealed field of the subject becomes unreadable for \\
            good; the log and its hash chain are untouched and still verify. Running it again finishes an \\
            interrupted erasure. A subject with no key in the key file and no event naming it is refused \\
            (exit 2), and nothing is recorded. Backups of the key file taken before remain a risk: see Docs/Security.md.

            Example:
              sotong erase --subject subject-2008-0042 --basis "보유기간(10년) 경과" --actor privacy:officer
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var keys: KeyStoreOptions
    @Option(help: "The data-subject id.") var subject: String
    @Option(help: "The legal basis of the erasure (required).") var basis: String
    @Option(help: "Who erases (default: $SOTONG_ACTOR).") var actor: String?

    func run() async throws {
        try await Failure.guarding {
            let actor = try requiredActor(actor)
            let keyStore = try keys.open(forStore: store.path, create: false)
            // An unknown subject is refused before the store is opened for writing: opening it so
            // alone writes to it (GRDB starts an empty write-ahead log), and a refusal changes no byte.
            do {
                try await StoreLocation.checking(store.location) { reader in
                    try await SubjectEraser(store: reader, keys: keyStore).requireKnown(SubjectID(subject))
                }
            } catch let error as EventStoreError where error.code == .missing {
                // No store yet: no event names anyone, the key file alone decides.
                try await SubjectEraser(store: InMemoryEventStore(), keys: keyStore).requireKnown(SubjectID(subject))
            }
            let opened = try store.open(readOnly: false)
            switch try await SubjectEraser(store: opened, keys: keyStore).erase(
                subject: SubjectID(subject), basis: basis, actor: actor) {
            case .erased(let position): print("erased \(subject) at position \(position); its key is destroyed")
            case .alreadyErased: print("\(subject) was already erased; its key is destroyed")
            }
        }
    }
}

struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Retention periods of personal data.",
        subcommands: [RetentionDueCommand.self])
}

struct RetentionDueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List data subjects past their retention period and not yet erased.",
        discussion: """
            A subject is due when every one of its petitions has ended (answered, closed as a repeat, \\
            transferred out) and the latest ending lies more than the period before --as-of (default today). \\
            The period is the latest privacy.retention-period-set for the petition register, else 10 years. \\
            Opens the log read-only; the key file is not needed.

            Example:
              sotong retention due --as-of 2029-01-01
            """)

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to judge on (KST).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() async throws {
        try await Failure.guarding {
            let cutoff: Cutoff
            if let asOf {
                guard let date = try? LocalDate(asOf) else {
                    throw ValidationError("--as-of '\(asOf)' is not a real date (YYYY-MM-DD)")
                }
                cutoff = .date(date)
            } else {
                cutoff = .head
            }
            let result = try await ProjectionRunner(store: try store.open(readOnly: true))
                .result(of: RetentionProjection(), cutoff: cutoff)
            print(TableRenderer.render(result, as: format.rendererFormat), terminator: "")
        }
    }
}

/// `show petitioner`: the one command that prints decrypted personal data.
struct PetitionerReading {
    let store: StoreOptions
    let keys: KeyStoreOptions
    let subject: String?
    let purpose: String?
    let actor: String?

    func run() async throws {
        guard let subject else { throw ValidationError("show petitioner needs --subject") }
        guard let purpose, !purpose.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("show petitioner needs --purpose: reading personal data requires a stated purpose")
        }
        let actor = try requiredActor(actor)
        let opened = try store.open(readOnly: false)
        let keyStore = try keys.open(forStore: store.path, create: false)
        let records = try await PersonalDataReader(store: opened, keys: keyStore)
            .read(subject: SubjectID(subject), purpose: purpose, actor: actor)
        print("access recorded: \(actor) read \(subject) for: \(purpose)")
        if records.isEmpty { print("no event holds personal data of \(subject)") }
        for record in records {
            print("\(record.stream)\tposition \(record.position)\t\(EventLine.formatter.string(from: record.occurredAt))\t\(record.type)")
            for field in record.fields { print("  \(field.path)\t\(field.value ?? "삭제됨 (erased)")") }
        }
    }
}

/// The actor from --actor or $SOTONG_ACTOR; every recorded event needs one.
func requiredActor(_ actor: String?) throws -> String {
    guard let actor = actor ?? ProcessInfo.processInfo.environment["SOTONG_ACTOR"],
          !actor.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw ValidationError("--actor (or SOTONG_ACTOR) is required: every event records who recorded it")
    }
    return actor
}
