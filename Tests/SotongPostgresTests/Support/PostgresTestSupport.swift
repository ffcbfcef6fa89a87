import Foundation
import SotongCore
@_spi(Testing) import SotongPostgres
import SotongTesting
import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test only when `SOTONG_TEST_POSTGRES_URL` names a server (`.ci/run` starts one);
    /// otherwise Swift Testing lists it as skipped, with this reason.
    static var needsPostgres: Self {
        .enabled(if: PostgresScratch.serverURL != nil,
                 "SOTONG_TEST_POSTGRES_URL is not set: PostgreSQL tests are skipped (.ci/run starts a server and sets it)")
    }
}

/// The server URL, for tests marked ``Trait/needsPostgres``.
func serverURL() throws -> String {
    try #require(PostgresScratch.serverURL, "SOTONG_TEST_POSTGRES_URL is not set")
}

/// What a child process printed, and how it ended.
struct ChildOutput: Sendable {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Child processes that really run at the same time: started without blocking a thread of the
/// cooperative pool (there are only as many as cores), output collected in files.
enum ChildProcesses {
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) async throws
        -> ChildOutput
    {
        let folder = try TemporaryDirectory(prefix: "sotong-child")
        let outURL = folder.url.appendingPathComponent("stdout")
        let errURL = folder.url.appendingPathComponent("stderr")
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return ChildOutput(status: status, stdout: try String(contentsOf: outURL, encoding: .utf8),
                           stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Runs every command at once and waits for all of them; outputs in the order given.
    static func runAll(_ executable: URL, _ argumentLists: [[String]]) async throws -> [ChildOutput] {
        try await withThrowingTaskGroup(of: (Int, ChildOutput).self) { group in
            for (index, arguments) in argumentLists.enumerated() {
                group.addTask { (index, try await run(executable, arguments)) }
            }
            var outputs = [ChildOutput?](repeating: nil, count: argumentLists.count)
            for try await (index, output) in group { outputs[index] = output }
            return outputs.compactMap { $0 }
        }
    }
}

/// Events with every optional field set and non-ASCII text, so that copies are checked field by field.
enum RichEvents {
    static func batch(_ count: Int, from first: Int = 1) -> [EventData] {
        (first..<(first + count)).map { number in
            EventData(
                type: "sample.noted", schemaVersion: 1 + number % 3,
                payload: Data(#"{"number":\#(number),"text":"민원 \#(number)호"}"#.utf8),
                occurredAt: SampleEvents.baseTime.addingTimeInterval(Double(number) * 61.5),
                metadata: EventMetadata(
                    actor: "clerk:김\(number % 4)", correlationID: number.isMultiple(of: 2) ? UUID() : nil,
                    causationID: number.isMultiple(of: 3) ? UUID() : nil,
                    reason: number.isMultiple(of: 5) ? "민원 처리에 관한 법률 제\(number)조" : nil))
        }
    }
}
