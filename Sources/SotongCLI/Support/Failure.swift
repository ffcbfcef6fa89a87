import ArgumentParser
import Foundation
import SotongCore

/// Turns any error into one line on stderr and an exit code, never a stack trace.
enum Failure {
    static func exit(for error: any Error) -> ExitCode {
        let (message, code): (String, Int32) = switch error {
        case let error as EventStoreError: (error.message, error.code == .invalidEvent || error.code == .invalidBatch
                                                ? 2 : 3)
        case let error as ConcurrencyError: (error.description, 3)
        case let error as PayloadError: (error.description, 2)
        case let error as ExitCode: ("", error.rawValue)
        default: ("\(error)", 2)
        }
        if !message.isEmpty { Terminal.error(message) }
        return ExitCode(code)
    }

    /// Runs a command body, reporting failures the one-line way.
    static func guarding(_ body: () async throws -> Void) async throws {
        do { try await body() } catch let exit as ExitCode { throw exit } catch { throw Failure.exit(for: error) }
    }
}

/// Writing to the terminal: plain output, errors and progress.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("sotong: \(message)\n".utf8))
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var showsProgress: Bool { isatty(STDERR_FILENO) != 0 }

    /// Rewrites one progress line on stderr.
    static func progress(_ text: String) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    static func endProgress() {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
