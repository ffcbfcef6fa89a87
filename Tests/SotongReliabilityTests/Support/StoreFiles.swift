import Foundation

/// The bytes of a SQLite store as they lie on disk: the main file and its write-ahead log.
/// Two snapshots are equal only when not one byte was written.
struct StoreFiles: Equatable, CustomStringConvertible {
    let main: Data
    let wal: Data

    init(_ path: String) throws {
        main = try Data(contentsOf: URL(fileURLWithPath: path))
        wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
    }

    /// FNV-1a over both files, for messages.
    var checksum: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in main + wal {
            hash ^= UInt64(byte)
            hash &*= 0x0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    var description: String { "main \(main.count) B + wal \(wal.count) B, fnv \(checksum)" }
}

/// Size and modification time of the store's files: a cheap "was anything written?" for loops
/// of thousands of imports, where comparing every byte each time would dominate.
struct StoreStamp: Equatable {
    let stamps: [String]

    init(_ path: String) {
        stamps = [path, path + "-wal"].map { file in
            var info = stat()
            guard stat(file, &info) == 0 else { return "absent" }
            #if os(Linux)
            return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            #else
            return "\(info.st_size) \(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
            #endif
        }
    }
}
