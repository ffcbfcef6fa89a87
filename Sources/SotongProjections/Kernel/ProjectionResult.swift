import Crypto
import Foundation

/// A projection's view at a moment, with a digest two auditors can compare in one line.
///
/// ```swift
/// let result = try await store.projection(NetworkProjection())
/// print(result.digest)                                              // same log, same moment: same digest
/// result.table("network")?.cell(row: "total", column: "members")    // .integer(22)
/// ```
public struct ProjectionResult: Codable, Hashable, Sendable {
    /// The projection's name.
    public let projection: String
    /// The date and position it shows.
    public let moment: ProjectionMoment
    /// Its tables, in order.
    public let tables: [ProjectionTable]

    /// A result.
    public init(projection: String, moment: ProjectionMoment, tables: [ProjectionTable]) {
        self.projection = projection
        self.moment = moment
        self.tables = tables
    }

    /// SHA-256 of the canonical JSON of the tables and the moment (lowercase hex).
    /// Replaying the same log to the same moment gives the same digest on any machine.
    public var digest: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(DigestInput(projection: projection, moment: moment, tables: tables))) ?? Data()
        return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The table with this key.
    public func table(_ key: String) -> ProjectionTable? { tables.first { $0.key == key } }

    private struct DigestInput: Encodable {
        let projection: String
        let moment: ProjectionMoment
        let tables: [ProjectionTable]
    }
}
