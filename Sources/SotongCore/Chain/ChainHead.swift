/// The end of the log: the last position and its hash (position 0 and the genesis hash when empty).
///
/// ```swift
/// let head = try await store.head()
/// print(head.position, head.hash)
/// ```
public struct ChainHead: Hashable, Sendable, Codable, CustomStringConvertible {
    public var position: Int64
    public var hash: ChainHash

    public static let empty = ChainHead(position: 0, hash: .genesis)

    public init(position: Int64, hash: ChainHash) {
        self.position = position
        self.hash = hash
    }

    public var description: String { "\(position) \(hash.hex)" }
}
