import Foundation

/// Whole lines on standard output, one `write` each, so that lines from several tasks never
/// interleave and a process killed mid-run leaves only complete lines (or one partial last line).
final class Output: @unchecked Sendable {
    // @unchecked: every write holds `lock`.
    private let lock = NSLock()

    func line(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        lock.withLock {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data("SotongTestWriter: \(text)\n".utf8))
    }
}

/// Limits the size of any file this process writes (RLIMIT_FSIZE); a write past it then fails with
/// EFBIG instead of killing the process (SIGXFSZ is ignored). Stands in for a full disk.
func limitFileSize(to bytes: Int) -> Bool {
    signal(SIGXFSZ, SIG_IGN)
    var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
    #if os(Linux)
    return setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0
    #else
    return setrlimit(RLIMIT_FSIZE, &limit) == 0
    #endif
}

/// Replaces this process with `arguments[0]`, under the file size limit (never returns on success).
func execute(_ arguments: [String], fileSizeLimit: Int) -> Never {
    guard limitFileSize(to: fileSizeLimit) else {
        FileHandle.standardError.write(Data("SotongTestWriter: setrlimit failed\n".utf8))
        exit(70)
    }
    var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
    pointers.append(nil)
    execv(arguments[0], pointers)
    FileHandle.standardError.write(Data("SotongTestWriter: cannot run \(arguments[0])\n".utf8))
    exit(127)
}
