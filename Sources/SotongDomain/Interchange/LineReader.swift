public import Foundation

/// Reads JSON Lines from a file, standard input or bytes in memory, one line at a time, with
/// bounded memory: a line longer than the limit is reported with its number and skipped without
/// being held whole, and an endless one (`/dev/zero`) stops the reading after ``maximumSkip``
/// bytes, so no input costs more memory than about the limit.
///
/// ```swift
/// var reader = LineReader(fileDescriptor: STDIN_FILENO)
/// while let line = try reader.next() { … }
/// ```
public struct LineReader: Sendable {
    /// One line, without its line end (`\n` or `\r\n`).
    public enum Line: Sendable, Equatable {
        /// The line's bytes.
        case bytes(Data)
        /// The line was longer than the limit (its bytes were skipped).
        case tooLong
    }

    private enum Source: Sendable {
        case memory(Data)
        case descriptor(Int32)
    }

    private let source: Source
    private let limit: Int
    private var buffer = Data()
    private var start = 0
    private var offset = 0
    private var ended = false
    /// The number of the line last returned (1-based).
    public private(set) var lineNumber = 0
    /// Bytes read from the source so far.
    public private(set) var bytesRead = 0
    /// Whether the reading stopped in a line that ran on past ``maximumSkip`` (the rest is unread).
    public private(set) var isStopped = false

    /// Lines of `data`.
    public init(data: Data, limit: Int = Importer.maximumLineLength) {
        source = .memory(data)
        self.limit = limit
    }

    /// Lines read from an open file descriptor (it stays open).
    public init(fileDescriptor: Int32, limit: Int = Importer.maximumLineLength) {
        source = .descriptor(fileDescriptor)
        self.limit = limit
    }

    /// The next line, or `nil` at the end. A line longer than the limit is skipped to its end
    /// without being held, and returned as ``Line/tooLong``; one that runs on past
    /// ``maximumSkip`` bytes (`/dev/zero` never ends) stops the reading there.
    ///
    /// - Throws: ``LineReaderError`` when the source cannot be read.
    public mutating func next() throws -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                compact()
                lineNumber += 1
                let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
                return skipped > 0 || bytes.count > limit ? .tooLong : .bytes(Data(bytes))
            }
            if buffer.count - start > limit + 1 {
                // Over the limit with no line end yet: drop what is held and read on to the line end.
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                if skipped > maximumSkip {
                    lineNumber += 1
                    isStopped = true
                    ended = true
                    return .tooLong
                }
            }
            guard try fill() else {
                guard buffer.count > start || skipped > 0 else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return skipped > 0 || line.count > limit ? .tooLong : .bytes(Data(line))
            }
        }
    }

    /// How far an over-long line is read on for its end before the reading stops: 64 times the limit.
    public var maximumSkip: Int { limit * 64 }

    /// Moves the unread bytes to the front once the read ones take most of the buffer.
    private mutating func compact() {
        guard start > 1 << 16, start * 2 > buffer.count else { return }
        buffer.removeSubrange(0..<start)
        start = 0
    }

    /// Reads more of the source; `false` at its end.
    private mutating func fill() throws -> Bool {
        guard !ended else { return false }
        switch source {
        case .memory(let data):
            let chunk = data[(data.startIndex + offset)...].prefix(1 << 16)
            offset += chunk.count
            bytesRead += chunk.count
            if chunk.isEmpty { ended = true; return false }
            buffer.append(contentsOf: chunk)
            return true
        case .descriptor(let descriptor):
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw LineReaderError(errno: errno) }
                if count == 0 { ended = true; return false }
                bytesRead += count
                buffer.append(contentsOf: chunk[0..<count])
                return true
            }
        }
    }
}

/// The input could not be read.
///
/// ```swift
/// do { _ = try reader.next() } catch let error as LineReaderError { print(error) }   // cannot read the input: …
/// ```
public struct LineReaderError: Error, Sendable, CustomStringConvertible {
    /// The system's error number.
    public let errno: Int32

    /// A read error.
    public init(errno: Int32) { self.errno = errno }

    /// What the system says.
    public var description: String { "cannot read the input: \(String(cString: strerror(errno)))" }
}
