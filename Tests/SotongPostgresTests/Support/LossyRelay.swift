import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP relay between a store under test and the test server that can lose the server's answer to
/// a COMMIT: the transaction commits on the server, then the relay cuts the connection instead of
/// passing the answer on, so the store cannot know whether its append was stored. The fault lives
/// here, in the tests, on the wire; the store's code has no hook for it.
///
/// ```swift
/// let relay = try LossyRelay(to: scratch.url)
/// let store = try PostgresEventStore(url: relay.url)        // the same schema, through the relay
/// relay.loseNextCommitAcknowledgement()
/// let result = try await store.append(events, to: "p", expecting: .noStream)
/// #expect(result.wasAlreadyStored && relay.acknowledgementsLost == 1)
/// ```
///
/// It reads the unencrypted protocol, so the server URL must say `sslmode=disable` (`.ci/run`'s does).
final class LossyRelay: @unchecked Sendable {
    /// `url` with the relay's host and port in place of the server's.
    let url: String
    private let listener: Int32
    private let target: (host: String, port: Int)
    // @unchecked: the members below are guarded by `lock`.
    private let lock = NSLock()
    private var pendingLosses = 0
    private var lost = 0
    private var connections: [Connection] = []
    private var stopped = false

    /// The server's CommandComplete message for COMMIT: 'C', length 11, "COMMIT\0".
    private static let commitComplete: [UInt8] = [0x43, 0, 0, 0, 11] + Array("COMMIT".utf8) + [0]

    /// A relay on a free loopback port to the server that `serverURL` names.
    init(to serverURL: String) throws {
        guard var components = URLComponents(string: serverURL), let host = components.host, let port = components.port
        else { throw RelayError("cannot read the host and port of \(serverURL)") }
        target = (host, port)
        let listener = socket(AF_INET, Self.streamType, 0)
        guard listener >= 0 else { throw RelayError("socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            close(listener)
            throw RelayError("bind/listen: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        components.host = "127.0.0.1"
        components.port = Int(UInt16(bigEndian: address.sin_port))
        guard let url = components.string else { throw RelayError("cannot rewrite \(serverURL)") }
        self.url = url
        Thread { [self] in acceptConnections() }.start()
    }

    /// The server's answer to the next `times` COMMITs (on any connection) is lost, and each of
    /// those connections is cut.
    func loseNextCommitAcknowledgement(times: Int = 1) {
        lock.withLock { pendingLosses += times }
    }

    /// How many answers to a COMMIT the relay has lost so far.
    var acknowledgementsLost: Int { lock.withLock { lost } }

    /// Stops accepting and cuts every relayed connection. Call it when done: until then the relay
    /// keeps a thread waiting for connections.
    func stop() {
        let open: [Connection] = lock.withLock {
            guard !stopped else { return [] }
            stopped = true
            shutdown(listener, Int32(SHUT_RDWR))
            return connections
        }
        for connection in open { connection.cut() }
    }

    private func acceptConnections() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            guard let server = connectToTarget() else {
                close(client)
                continue
            }
            let connection = Connection(client: client, server: server)
            let accepted = lock.withLock {
                guard !stopped else { return false }
                connections.append(connection)
                return true
            }
            guard accepted else {
                connection.cut()
                continue
            }
            Thread { [self] in pump(from: client, to: server, connection, watchingForCommit: false) }.start()
            Thread { [self] in pump(from: server, to: client, connection, watchingForCommit: true) }.start()
        }
    }

    /// Copies one direction until either side closes; from the server, loses a COMMIT's answer when asked.
    private func pump(from source: Int32, to destination: Int32, _ connection: Connection, watchingForCommit: Bool) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var tail: [UInt8] = []
        copying: while true {
            let count = read(source, &buffer, buffer.count)
            if count <= 0 { break }
            let chunk = Array(buffer[0..<count])
            if watchingForCommit {
                let seen = tail + chunk
                if Self.contains(seen, Self.commitComplete), takePendingLoss() { break copying }
                tail = Array(seen.suffix(Self.commitComplete.count - 1))
            }
            var sent = 0
            while sent < chunk.count {
                let written = chunk[sent...].withUnsafeBytes { send(destination, $0.baseAddress, $0.count, Self.noSignal) }
                if written <= 0 { break copying }
                sent += written
            }
        }
        connection.cut()
        connection.finishPump()
    }

    private func takePendingLoss() -> Bool {
        lock.withLock {
            guard pendingLosses > 0 else { return false }
            pendingLosses -= 1
            lost += 1
            return true
        }
    }

    private func connectToTarget() -> Int32? {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Self.streamType
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(target.host, "\(target.port)", &hints, &found) == 0, let first = found else { return nil }
        defer { freeaddrinfo(first) }
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if descriptor >= 0 {
                if connect(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 {
                    #if canImport(Darwin)
                    var on: Int32 = 1
                    setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
                    #endif
                    return descriptor
                }
                close(descriptor)
            }
            candidate = info.pointee.ai_next
        }
        return nil
    }

    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in bytes[start..<(start + pattern.count)].elementsEqual(pattern) }
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    private static let streamType = SOCK_STREAM
    private static let noSignal: Int32 = 0
    #endif

    /// Both sockets of one relayed connection; closed once both directions have stopped.
    private final class Connection: @unchecked Sendable {
        // @unchecked: `running` and `closed` are guarded by `lock`; the descriptors never change.
        let client: Int32
        let server: Int32
        private let lock = NSLock()
        private var running = 2
        private var closed = false

        init(client: Int32, server: Int32) {
            self.client = client
            self.server = server
        }

        /// Ends both directions (each pump's read or send then fails).
        func cut() {
            lock.withLock {
                // Once closed, the numbers may already name other sockets of this process.
                guard !closed else { return }
                shutdown(client, Int32(SHUT_RDWR))
                shutdown(server, Int32(SHUT_RDWR))
            }
        }

        func finishPump() {
            lock.withLock {
                running -= 1
                guard running == 0 else { return }
                closed = true
                close(client)
                close(server)
            }
        }
    }

    struct RelayError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
