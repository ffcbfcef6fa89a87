/// An append-only array kept in blocks of 65,536 elements: growing it copies at most one block, so
/// a book of millions of petitions never needs twice its size while it grows.
struct ChunkedArray<Element: Sendable>: Sendable, RandomAccessCollection {
    private static var shift: Int { 16 }
    private static var blockSize: Int { 1 << shift }
    private var blocks: [ContiguousArray<Element>] = []
    private(set) var count = 0

    init() {}

    /// `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        for _ in 0..<count { append(value) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// Appends an element at the end.
    mutating func append(_ element: Element) {
        if count & (Self.blockSize - 1) == 0 {
            blocks.append([])
        }
        blocks[blocks.count - 1].append(element)
        count += 1
    }

    subscript(index: Int) -> Element {
        get { blocks[index >> Self.shift][index & (Self.blockSize - 1)] }
        set { blocks[index >> Self.shift][index & (Self.blockSize - 1)] = newValue }
    }
}
