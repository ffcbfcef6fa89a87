public import Foundation

/// A fresh folder under the system's temporary directory, removed when the value goes away.
///
/// ```swift
/// let folder = try TemporaryDirectory()
/// let store = try SQLiteEventStore(path: folder.path("test.sqlite"))
/// ```
public final class TemporaryDirectory: Sendable {
    public let url: URL

    public init(prefix: String = "sotong-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString.lowercased())", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file inside the folder.
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
