import Foundation

/// A child process whose output is read while it runs, so a test can wait for a line (`ready`),
/// kill it at a chosen moment, and then read everything it printed.
final class LiveProcess: Sendable {
    private let process: Process
    private let output = Output()

    /// What the child printed so far; filled by two reader threads until the pipes close.
    private final class Output: @unchecked Sendable {
        // @unchecked: every member is guarded by `condition`.
        let condition = NSCondition()
        var stdout = Data()
        var stderr = Data()
        var openPipes = 2
    }

    init(_ executable: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        Self.drain(out.fileHandleForReading, output) { $0.stdout.append($1) }
        Self.drain(err.fileHandleForReading, output) { $0.stderr.append($1) }
    }

    /// A process the test left running (a failed expectation on the way) does not outlive it.
    deinit {
        if process.isRunning { kill(SIGKILL) }
    }

    private static func drain(_ handle: FileHandle, _ output: Output, _ append: @escaping @Sendable (Output, Data) -> Void) {
        Thread {
            while true {
                let chunk = handle.availableData
                output.condition.withLock {
                    if chunk.isEmpty { output.openPipes -= 1 } else { append(output, chunk) }
                    output.condition.broadcast()
                }
                if chunk.isEmpty { return }
            }
        }.start()
    }

    /// Waits until standard output holds a line equal to `line`; false after `timeout` or at exit.
    func wait(forLine line: String, timeout: TimeInterval = 30) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        let wanted = Data((line + "\n").utf8)
        return output.condition.withLock {
            while true {
                let stdout = output.stdout
                if stdout.starts(with: wanted) || stdout.range(of: Data("\n".utf8) + wanted) != nil { return true }
                if output.openPipes == 0 || !output.condition.wait(until: deadline) { return false }
            }
        }
    }

    func kill(_ signal: Int32 = SIGKILL) {
        _ = Foundation.kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end and for its output to be read to the end.
    func finish() -> Finished {
        process.waitUntilExit()
        return output.condition.withLock {
            while output.openPipes > 0 { output.condition.wait() }
            return Finished(status: process.terminationStatus,
                            killedBySignal: process.terminationReason == .uncaughtSignal,
                            stdout: String(decoding: output.stdout, as: UTF8.self),
                            stderr: String(decoding: output.stderr, as: UTF8.self))
        }
    }

    /// ``wait(forLine:timeout:)`` off the cooperative thread pool.
    func ready(_ line: String = "ready", timeout: TimeInterval = 30) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.wait(forLine: line, timeout: timeout)) }
        }
    }

    /// ``finish()`` off the cooperative thread pool.
    func finished() async -> Finished {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.finish()) }
        }
    }

    struct Finished: Sendable {
        let status: Int32
        let killedBySignal: Bool
        let stdout: String
        let stderr: String

        /// The complete lines of standard output (a line cut off by a kill is left out).
        var lines: [Substring] {
            var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast()  // after the last newline: empty, or a partial line
            return lines
        }
    }
}
