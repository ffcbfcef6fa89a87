import Foundation

/// Every file of a folder and its bytes: the store, its write-ahead log and shared memory, the key
/// file and any file a command might write. Two snapshots are equal only when no file was written,
/// created or removed ("refused means untouched").
struct FolderFiles: Equatable, CustomStringConvertible {
    let files: [String: Data]

    init(_ folder: URL) throws {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        self.files = files
    }

    /// What differs from `other`: files created, removed or changed.
    func changes(since other: FolderFiles) -> [String] {
        Set(files.keys).union(other.files.keys).sorted().compactMap { name in
            switch (other.files[name], files[name]) {
            case (nil, let now?): "\(name) created (\(now.count) B)"
            case (let then?, nil): "\(name) removed (\(then.count) B)"
            case (let then?, let now?) where then != now: "\(name) changed (\(then.count) B → \(now.count) B)"
            default: nil
            }
        }
    }

    var description: String { files.keys.sorted().map { "\($0) \(files[$0]!.count) B" }.joined(separator: ", ") }
}
