import Foundation
import Sotong

/// One notice to send: what it tells the petitioner, and the id its record will have.
struct Notice: Sendable, Hashable {
    /// The petition it is about.
    let petition: PetitionID
    /// Receipt, extension, progress or result.
    let kind: NoticeKind
    /// The event that made it owed (the receipt, the extension, the final outcome).
    let trigger: UUID
    /// The id of its `petition.notice-sent` record, derived from (petition, kind, trigger).
    let recordID: UUID
    /// The message, without personal data.
    let text: String
    /// The petitioner's phone number: read (and the read recorded) only for a sender that needs it.
    var phone: String?
}

/// Where notices go: the console and a file here; an SMS gateway implements the same protocol.
/// A sender may be called again for a notice it already sent (after a crash between sending and
/// recording): delivery is at least once.
protocol NoticeSender: Sendable {
    /// How the notice reaches the petitioner, as recorded in `petition.notice-sent`.
    var medium: NoticeMedium { get }
    /// Whether it needs the petitioner's phone number. The dispatcher then reads it through
    /// `PersonalDataReader`, which records the access (who, when, which subject, why) first.
    var needsPhoneNumber: Bool { get }
    /// Delivers the notice; throws when it could not (nothing is recorded then, and it is retried).
    func send(_ notice: Notice) async throws
}

/// Writes each notice as one line on standard output (unbuffered, so a kill loses no line).
struct ConsoleSender: NoticeSender {
    let medium = NoticeMedium.sms
    let needsPhoneNumber: Bool

    func send(_ notice: Notice) async throws {
        FileHandle.standardOutput.write(Data((NoticeLine.format(notice) + "\n").utf8))
    }
}

/// Appends each notice as one line to a file (one write per line, so a kill never leaves half a line).
struct FileSender: NoticeSender {
    let medium = NoticeMedium.sms
    let needsPhoneNumber: Bool
    let path: String

    func send(_ notice: Notice) async throws {
        if !FileManager.default.fileExists(atPath: path), !FileManager.default.createFile(atPath: path, contents: nil) {
            throw DispatchFailure("cannot create \(path)")
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw DispatchFailure("cannot write to \(path)")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((NoticeLine.format(notice) + "\n").utf8))
    }
}

/// The text form both senders use: `<record id> <petition> <kind> <recipient> <message>`.
enum NoticeLine {
    static func format(_ notice: Notice) -> String {
        let recipient = notice.phone ?? "petitioner-of-\(notice.petition.rawValue)"
        return "\(notice.recordID.uuidString.lowercased()) \(notice.petition.rawValue) \(notice.kind.rawValue) "
            + "\(recipient) \(notice.text)"
    }
}

/// A failure the dispatcher reports in one line.
struct DispatchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
