import Foundation
import SotongCore
import SotongDomain
import SotongSQLite
import SotongTesting

/// The bad-input corpus in Corpus/ (written by Scripts/make-bad-input-corpus.py): malformed
/// import lines, the field each must be refused for, and the seeded office they run against.
enum Corpus {
    struct Entry: Sendable, CustomStringConvertible {
        let line: Int
        let field: String
        let category: String
        let note: String
        let bytes: Data

        var description: String { "line \(line) (\(category): \(note))" }

        /// The line alone, at its own line number: the lines before it are blank, which the
        /// importer counts and skips, so its report must name this corpus line.
        var document: Data { Data(repeating: UInt8(ascii: "\n"), count: line - 1) + bytes + Data("\n".utf8) }
    }

    static func file(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Corpus/\(name)", withExtension: nil) else {
            throw TamperingError("Corpus/\(name) is not in the test bundle")
        }
        return try Data(contentsOf: url)
    }

    /// Every bad line with its expectation, in corpus order.
    static func badLines() throws -> [Entry] {
        var lines = try file("bad-lines.jsonl").split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        let expected = String(decoding: try file("bad-lines.expected"), as: UTF8.self)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init) }
        guard expected.count == lines.count else {
            throw TamperingError("bad-lines.expected has \(expected.count) entries for \(lines.count) lines")
        }
        return try zip(lines, expected).enumerated().map { index, pair in
            let (bytes, columns) = pair
            guard columns.count == 4, Int(columns[0]) == index + 1 else {
                throw TamperingError("bad-lines.expected: entry \(index + 1) is malformed")
            }
            return Entry(line: index + 1, field: columns[1], category: columns[2], note: columns[3], bytes: Data(bytes))
        }
    }

    /// The subject keys of the seeded office: the same store seals the seed and opens it when a
    /// line repeats a stored id (without them, personal fields cannot be compared).
    static let keys = InMemorySubjectKeyStore()

    /// A SQLite store holding the seeded office (Corpus/seed.jsonl, imported), its WAL folded
    /// into the main file.
    static func seededStore(in folder: TemporaryDirectory, name: String = "seeded.sqlite") async throws -> SQLiteEventStore {
        let store = try SQLiteEventStore(path: folder.path(name))
        let report = try await Importer(store: store, keys: keys).run(lines: try file("seed.jsonl"))
        guard report.problems.isEmpty, report.appended == 28 else {
            throw TamperingError("the seed did not import: \(report.problems.prefix(3)), appended \(report.appended)")
        }
        try await store.checkpointWAL()
        return store
    }
}
