import Foundation
import SotongTesting

/// Faults of the file system, made for real: a small tmpfs (a full disk) or one remounted
/// read-only, inside a private mount namespace (`unshare --mount`, as root or through a user
/// namespace), so no mount outlives the script or shows outside it.
enum Sandbox {
    static let unshare = ["/usr/bin/unshare", "/bin/unshare"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether this machine lets a test mount a tmpfs in a private namespace (not every CI
    /// container does: then the tests that need it are skipped, and say why).
    static let canMount: Bool = {
        guard let folder = try? TemporaryDirectory(prefix: "sotong-probe"),
              let output = try? run(#"mount -t tmpfs -o size=64k tmpfs "$DIR" && touch "$DIR/x""#, ["DIR": folder.url.path]) ?? nil
        else { return false }
        return output.status == 0
    }()

    /// Runs `script` with `/bin/sh` in a private mount namespace; `variables` are its environment
    /// (with PATH). `nil` when there is no `unshare`.
    static func run(_ script: String, _ variables: [String: String]) throws -> ProcessOutput? {
        guard let unshare else { return nil }
        var environment = variables
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return try ProcessRunner.run(URL(fileURLWithPath: unshare), ["--mount", "--map-root-user", "/bin/sh", "-c", script],
                                     environment: environment)
    }
}
