import Foundation
import Sotong
import SotongTesting
import Testing

/// The embedders' pages cannot drift from code that compiles: each ```swift block is a snippet
/// region (verbatim, in order), and the snippets run here.
@Suite struct DocsSnippetTests {
    @Test(arguments: DocsSnippets.pages.map(\.page))
    func everySwiftBlockOfThePageIsACompiledSnippetInOrder(page: String) throws {
        let snippets = try #require(DocsSnippets.pages.first { $0.page == page }).snippets
        let blocks = DocsSnippets.swiftBlocks(ofPage: try DocsSnippets.text(page))
        let regions = DocsSnippets.regions(ofSnippets: try DocsSnippets.text(snippets))
        #expect(!blocks.isEmpty)
        #expect(blocks.count == regions.count, "\(page) has \(blocks.count) Swift blocks, \(snippets) \(regions.count) regions")
        for (index, (block, region)) in zip(blocks, regions).enumerated() where block != region.text {
            Issue.record("\(page), Swift block \(index + 1) differs from region '\(region.name)' of \(snippets)")
        }
    }

    @Test func theBlockExtractionFindsBlocksAndRegions() {
        let page = "Text\n\n```swift\nlet a = 1\n\nlet b = 2\n```\n\n```text\nno\n```\n```swift\nx()\n```\n"
        #expect(DocsSnippets.swiftBlocks(ofPage: page) == ["let a = 1\n\nlet b = 2", "x()"])
        let source = "func f() {\n    // docs:begin one\n    let a = 1\n\n    let b = 2\n    // docs:end\n}\n"
        #expect(DocsSnippets.regions(ofSnippets: source).map(\.text) == ["let a = 1\n\nlet b = 2"])
    }

    @Test func gettingStarted() async throws {
        let folder = try TemporaryDirectory(prefix: "sotong-docs-start")
        let (roster, report) = try await GettingStarted.tour(
            path: folder.path("office.sqlite"), fixtures: DocsSnippets.root.appendingPathComponent("Fixtures/incheon-2018"))
        #expect(roster.table("roster")?.cell(row: "total", column: "total")?.description == "17/18(2)")
        #expect(report.isIntact && report.eventsChecked == 4431 + 1)
    }
}
