import Foundation

/// The writer's command line. Every flag is optional except `--db` (and `--stream` or `--task`).
struct Options: Sendable {
    /// What one appending task writes to.
    enum Plan: Equatable, Sendable {
        /// One named stream.
        case stream(String)
        /// Each batch goes to one of `shared-0` … `shared-(K-1)`, picked at random: several tasks
        /// (and processes) contend on these.
        case shared(Int)
        /// The task's own stream, `own-WRITER-TASK`: nobody else writes it.
        case own
    }

    var db = ""
    var plans: [Plan] = []
    /// Events per task; 0 appends until the process is killed.
    var count = 0
    var batchSizes = 1...1
    var retry = false
    var writer = "w"
    var seed: UInt64 = 1
    var payloadBytes = 0
    var synchronousNormal = false
    var busyTimeout: Duration = .seconds(10)
    var limitFileSize: Int?
    var holdLockSeconds: Double?
    var exec: [String] = []

    static let usage = """
        usage: SotongTestWriter --db PATH (--stream NAME | --task own|shared:K|stream:NAME ...) [--count N]
                                [--batch B | --batch-range A-B] [--retry] [--writer ID] [--seed S]
                                [--payload-bytes P] [--synchronous normal] [--busy-timeout-ms T]
                                [--limit-file-size BYTES]
               SotongTestWriter --db PATH --hold-lock SECONDS
               SotongTestWriter --limit-file-size BYTES --exec PROGRAM [ARGUMENTS...]

        """

    /// Parses the arguments; `nil` when they make no sense.
    init?(_ arguments: [String]) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "--exec" {
                exec = Array(rest)
                break
            }
            if flag == "--retry" { retry = true; continue }
            guard let value = rest.popFirst() else { return nil }
            switch flag {
            case "--db": db = value
            case "--stream": plans.append(.stream(value))
            case "--task":
                if value == "own" { plans.append(.own) }
                else if value.hasPrefix("shared:"), let k = Int(value.dropFirst(7)), k > 0 { plans.append(.shared(k)) }
                else if value.hasPrefix("stream:") { plans.append(.stream(String(value.dropFirst(7)))) }
                else { return nil }
            case "--count": guard let n = Int(value), n >= 0 else { return nil }; count = n
            case "--batch": guard let n = Int(value), n > 0 else { return nil }; batchSizes = n...n
            case "--batch-range":
                let parts = value.split(separator: "-").compactMap { Int($0) }
                guard parts.count == 2, parts[0] > 0, parts[0] <= parts[1] else { return nil }
                batchSizes = parts[0]...parts[1]
            case "--writer": writer = value
            case "--seed": guard let n = UInt64(value) else { return nil }; seed = n
            case "--payload-bytes": guard let n = Int(value), n >= 0 else { return nil }; payloadBytes = n
            case "--synchronous": synchronousNormal = value == "normal"
            case "--busy-timeout-ms": guard let n = Int(value), n >= 0 else { return nil }; busyTimeout = .milliseconds(n)
            case "--limit-file-size": guard let n = Int(value), n > 0 else { return nil }; limitFileSize = n
            case "--hold-lock": guard let s = Double(value), s > 0 else { return nil }; holdLockSeconds = s
            default: return nil
            }
        }
        guard let checked = check() else { return nil }
        self = checked
    }

    private func check() -> Options? {
        if !exec.isEmpty { return limitFileSize == nil ? nil : self }
        if db.isEmpty { return nil }
        if holdLockSeconds != nil { return self }
        return plans.isEmpty ? nil : self
    }
}

/// A small deterministic generator (SplitMix64), so a seed reproduces a run's batch sizes and streams.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
