import Foundation
import Testing

/// Docs/PublicAPI.md lists exactly the public types of the library targets: a new public type is a
/// decision to write down (or to make `package`), and a type that stopped being public leaves the list.
@Suite struct PublicAPIListTests {
    static let targets = ["Sotong", "SotongCore", "SotongSQLite", "SotongPostgres", "SotongDomain", "SotongProjections"]

    /// The top-level public types, protocols and type aliases declared in the library targets.
    static func publicTypes() throws -> Set<String> {
        let declaration = /^(?:@[\w.]+(?:\([^)]*\))?\s+)*public\s+(?:final\s+)?(?:struct|enum|class|actor|protocol|typealias)\s+(\w+)/
        var names = Set<String>()
        for target in targets {
            let folder = DocsSnippets.root.appendingPathComponent("Sources/\(target)")
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard file.pathExtension == "swift" else { continue }
                for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                    if let match = line.firstMatch(of: declaration) { names.insert(String(match.1)) }
                }
            }
        }
        return names
    }

    /// The backticked type names of the section "The public types" (module names aside).
    static func listed() throws -> Set<String> {
        let page = try DocsSnippets.text("Docs/PublicAPI.md")
        let start = try #require(page.range(of: "### The public types"))
        let section = page[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        return Set(section[..<end].matches(of: /`([A-Z]\w*)`/).map { String($0.1) }).subtracting(targets)
    }

    @Test func everyPublicTypeIsListed() throws {
        let missing = try Self.publicTypes().subtracting(Self.listed()).sorted()
        #expect(missing.isEmpty, "public types missing from Docs/PublicAPI.md (list them, or make them package): \(missing)")
    }

    @Test func everyListedTypeIsPublic() throws {
        let stale = try Self.listed().subtracting(Self.publicTypes()).sorted()
        #expect(stale.isEmpty, "Docs/PublicAPI.md lists types that are not public: \(stale)")
    }
}
