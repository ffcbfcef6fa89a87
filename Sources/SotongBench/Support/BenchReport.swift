import Foundation

/// One measured result, printed as the issue fixes it:
/// `mode=<name> events=<n> seconds=<s> rate=<events/s>` and ` peak_rss_mb=<m>` where memory is measured.
struct BenchResult {
    var mode: String
    var events: Int
    var seconds: Double
    var peakRSSMegabytes: Double?

    var rate: Double { seconds > 0 ? Double(events) / seconds : 0 }

    var line: String {
        var line = "mode=\(mode) events=\(events) seconds=\(String(format: "%.3f", seconds)) rate=\(String(format: "%.0f", rate))"
        if let peakRSSMegabytes { line += " peak_rss_mb=\(String(format: "%.1f", peakRSSMegabytes))" }
        return line
    }

    /// Prints the line on standard output at once (results are read by scripts and the smoke test).
    @discardableResult
    func print() -> BenchResult {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
        return self
    }
}

/// Notes for the person running the bench (what is being built, reused, skipped) go to standard
/// error, so that standard output holds only result lines.
func note(_ text: String) {
    FileHandle.standardError.write(Data(("# " + text + "\n").utf8))
}

/// Elapsed time, measured with the monotonic clock.
struct Stopwatch {
    private var total: Duration = .zero
    private var started: ContinuousClock.Instant?

    mutating func start() { started = ContinuousClock.now }

    mutating func stop() {
        if let started { total += ContinuousClock.now - started }
        started = nil
    }

    /// Times one piece of work and adds it to the total.
    mutating func measure<T>(_ body: () async throws -> T) async rethrows -> T {
        start()
        defer { stop() }
        return try await body()
    }

    var seconds: Double {
        let (whole, fraction) = total.components
        return Double(whole) + Double(fraction) / 1e18
    }
}

/// Peak resident memory, read by hand from `/proc/self/status` (`VmHWM`) rather than through a
/// benchmark framework: the issue fixes the output format, Linux already keeps the figure, and
/// `/proc/self/clear_refs` lets one process measure several phases separately. Elsewhere (macOS)
/// there is no such file and memory is simply not reported.
enum PeakMemory {
    /// The peak resident set size since the process started or the last ``reset()``, in MB.
    static func megabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kilobytes = Double(fields[1]) else { return nil }
            return kilobytes / 1024
        }
        return nil
    }

    /// Resets the peak to the current resident size (writing 5 to clear_refs; Linux 4.0 and later),
    /// after handing freed memory back to the system, so that one phase's peak does not include
    /// what an earlier phase freed but malloc kept.
    static func reset() {
        #if os(Linux)
        _ = trimMalloc(0)
        #endif
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        defer { try? handle.close() }
        try? handle.write(contentsOf: Data("5".utf8))
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in malloc.h, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func trimMalloc(_ pad: Int) -> Int32
#endif
