import ArgumentParser
import SotongDomain

struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Print the event catalog (Docs/EventCatalog.md) from the code.",
        discussion: """
            Every event type with its fields, the rules that guard it and an example line.

            Example:
              sotong catalog > Docs/EventCatalog.md
            """)

    func run() async throws {
        print(CatalogDocument.markdown(), terminator: "")
    }
}
