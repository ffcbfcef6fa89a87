public import Foundation

/// Finds executables that the package builds (such as `sotong` or `SotongTestWriter`) from a test.
public enum TestProducts {
    /// The build folder the tests run from (`.build/debug` or similar).
    public static var directory: URL {
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        var folder = executable.deletingLastPathComponent()
        // On Linux the test binary sits in the build folder; on macOS inside a bundle there.
        while folder.pathComponents.count > 1 {
            if folder.pathExtension != "xctest", folder.lastPathComponent != "Contents",
               folder.lastPathComponent != "MacOS" { return folder }
            folder.deleteLastPathComponent()
        }
        return folder
    }

    /// The path of a built executable, or `nil` when it was not built.
    public static func executable(_ name: String) -> URL? {
        let url = directory.appendingPathComponent(name)
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }
}
