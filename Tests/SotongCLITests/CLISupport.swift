import Foundation
import SotongTesting
import Testing

/// Runs the built `sotong` executable, as a user would.
struct CLI {
    let folder: TemporaryDirectory
    var db: String { folder.path("cli.sqlite") }

    init() throws { folder = try TemporaryDirectory(prefix: "sotong-cli") }

    static var executable: URL {
        get throws { try #require(TestProducts.executable("sotong"), "the sotong executable was not built") }
    }

    /// `sotong ARGS` with `--db` pointing at this test's store (unless `db: false`).
    func run(_ arguments: [String], input: String? = nil, db useDB: Bool = true) throws -> ProcessOutput {
        var environment = ProcessInfo.processInfo.environment
        environment["SOTONG_DB"] = useDB ? db : nil
        environment["SOTONG_ACTOR"] = nil
        return try ProcessRunner.run(try Self.executable, arguments, input: input.map { Data($0.utf8) },
                                     environment: environment)
    }

    /// Writes a file in the test folder; returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
