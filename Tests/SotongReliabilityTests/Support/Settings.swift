import Foundation

/// The counts of the reliability suite: short in CI, long on demand (Scripts/reliability-long-run.sh
/// sets the environment variables), and the figures each test reports.
enum Settings {
    /// Writer processes killed with SIGKILL (`SOTONG_CRASH_RUNS`, CI: 50).
    static var crashRuns: Int { count("SOTONG_CRASH_RUNS", default: 50) }
    /// Generated inputs per property (`SOTONG_GENERATED_CASES`, CI: 1,000; four properties).
    static var generatedCases: Int { count("SOTONG_GENERATED_CASES", default: 1_000) }
    /// Random mutations of the 100,000-event log on top of the fixed list (`SOTONG_TAMPER_MUTATIONS`, CI: 0).
    static var randomMutations: Int { count("SOTONG_TAMPER_MUTATIONS", default: 0) }
    /// The seed of the suite's own random choices (`SOTONG_SEED`, else a fresh one, printed on failure).
    static let seed: UInt64 = {
        if let text = ProcessInfo.processInfo.environment["SOTONG_SEED"], let seed = UInt64(text) { return seed }
        return UInt64.random(in: 1...UInt64(UInt32.max))
    }()

    private static func count(_ name: String, default value: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment[name], let number = Int(text), number >= 0 else {
            return value
        }
        return number
    }

    /// Reports a figure: printed, and appended to `$SOTONG_RELIABILITY_REPORT` when set (the
    /// long-run script collects these lines into its summary).
    static func report(_ line: String) {
        print("reliability: \(line)")
        guard let path = ProcessInfo.processInfo.environment["SOTONG_RELIABILITY_REPORT"] else { return }
        let data = Data((line + "\n").utf8)
        if let handle = FileHandle(forWritingAtPath: path) {
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: data)
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: data)
        }
    }
}

/// SplitMix64: the suite's reproducible random choices.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
