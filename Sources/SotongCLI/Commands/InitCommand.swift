import ArgumentParser
import SotongCore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store's tables, or bring an existing store's schema up to date.",
        discussion: """
            Opens the store for writing, which creates a missing SQLite file or PostgreSQL schema and applies \
            any schema migration this Sotong knows, then prints `ready <head position> <head hash>`. On \
            PostgreSQL, run it as the role that owns the schema before granting the writer and auditor roles \
            their rights (Docs/Deployment.md): they cannot create or alter tables themselves.

            Example:
              sotong init --db postgres://sotong_owner@db.local/sotong?schema=office
            """)

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Failure.guarding {
            let opened = try store.open(readOnly: false)
            let head = try await opened.head()
            await StoreLocation.close(opened)
            print("ready \(head.position) \(head.hash.hex)")
        }
    }
}
