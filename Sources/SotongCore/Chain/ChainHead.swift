/// The end of the log: the last position and its hash (position 0 and the genesis hash when empty).
///
/// ```swift
/// let head = try await store.head()
/// print(head.position, head.hash)
/// ```
public struct ChainHead: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The last position (0 for an empty log).
    public var position: Int64
    /// The hash of the event at ``position`` (``ChainHash/genesis`` for an empty log).
    public var hash: ChainHash

    /// The head of an empty log.
    public static let empty = ChainHead(position: 0, hash: .genesis)

    /// A head at a position.
    public init(position: Int64, hash: ChainHash) {
        self.position = position
        self.hash = hash
    }

    /// `<position> <hash hex>`.
    public var description: String { "\(position) \(hash.hex)" }
}
