import Foundation

/// The Swift blocks of the embedders' pages and the snippet regions they must equal.
enum DocsSnippets {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Each page with the snippet file that holds its blocks.
    static let pages: [(page: String, snippets: String)] = [
        ("Docs/GettingStarted.md", "Tests/SotongDocsTests/Snippets/GettingStartedSnippets.swift"),
        ("Docs/Embedding.md", "Tests/SotongDocsTests/Snippets/EmbeddingSnippets.swift"),
        ("Docs/WritingAProjection.md", "Tests/SotongDocsTests/Snippets/WritingAProjectionSnippets.swift"),
        ("Docs/AuditingALog.md", "Tests/SotongDocsTests/Snippets/AuditingALogSnippets.swift"),
    ]

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The ```swift blocks of a Markdown page, in order.
    static func swiftBlocks(ofPage markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in markdown.components(separatedBy: "\n") {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```swift" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return blocks
    }

    /// The regions between `// docs:begin NAME` and `// docs:end` of a snippet file, dedented, in order.
    static func regions(ofSnippets source: String) -> [(name: String, text: String)] {
        var regions: [(String, String)] = []
        var current: (name: String, lines: [String])?
        for line in source.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("// docs:begin ") {
                current = (String(trimmed.dropFirst("// docs:begin ".count)), [])
            } else if trimmed == "// docs:end", let region = current {
                regions.append((region.name, dedent(region.lines)))
                current = nil
            } else if current != nil {
                current!.lines.append(line)
            }
        }
        return regions
    }

    /// Removes the indentation the lines share (blank lines aside).
    static func dedent(_ lines: [String]) -> String {
        let indents = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.prefix { $0 == " " }.count }
        let common = indents.min() ?? 0
        return lines.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "" : String($0.dropFirst(common)) }
            .joined(separator: "\n")
    }
}
