import Foundation
import SotongSQLite
import SotongTesting
import Testing

extension Reliability.BadInputCorpus {
    /// A sample of the corpus through the `sotong` binary: one clear line per bad line on stderr,
    /// exit code 2, the store file untouched.
    @Test func aSampleThroughTheCLIGivesOneLineEachAndExitCode2() async throws {
        let sotong = try #require(TestProducts.executable("sotong"), "sotong was not built")
        let folder = try TemporaryDirectory(prefix: "sotong-corpus-cli")
        let path = try await { try await Corpus.seededStore(in: folder).path }()  // closed again: as the CLI finds it
        let before = try StoreFiles(path)
        let entries = try Corpus.badLines()
        // The first two of each category, and every 16th line.
        var sample: [Corpus.Entry] = []
        for entry in entries where entry.line.isMultiple(of: 16)
            || sample.filter({ $0.category == entry.category }).count < 2 { sample.append(entry) }
        var wrong: [String] = []
        for entry in sample {
            let file = folder.path("line-\(entry.line).jsonl")
            try entry.document.write(to: URL(fileURLWithPath: file))
            let output = try ProcessRunner.run(sotong, ["import", "--db", path, file])
            let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            let expected = "sotong: line \(entry.line): \(entry.field): "
            if output.status != 2 || !output.stdout.isEmpty || lines.count != 3 || !lines[0].hasPrefix(expected)
                || lines[1] != "sotong: 1 bad line(s); nothing was appended" {
                wrong.append("\(entry): status \(output.status), stderr \(output.stderr.prefix(300))")
            }
            if try StoreFiles(path) != before { wrong.append("\(entry): the store's bytes changed") }
        }
        #expect(wrong == [])
        #expect(sample.count >= 30)
        Settings.report("bad input through the CLI: \(sample.count) corpus lines, exit code 2 and one line each")
    }
}
