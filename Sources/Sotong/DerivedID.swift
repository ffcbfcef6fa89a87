import Crypto
public import Foundation

/// Event ids derived from what an event is about, so that recording it again — after a crash, a
/// retry, or by a second copy of a tool — is recognised as the same event and stored once.
///
/// The id is a name-based UUID (RFC 9562 version 5, SHA-1) in Sotong's namespace
/// `e4e3e5dc-0a92-40bb-ba0b-1b45c15d8df7`, over the parts joined by U+001F (unit separator); any
/// UUID library computes the same id, e.g. Python's `uuid.uuid5(namespace, "\x1f".join(parts))`.
///
/// ```swift
/// let id = DerivedID.uuid(["notice-dispatcher", "2018-0042", "receipt", trigger.uuidString])
/// try await store.record(notice, context: RecordContext(actor: "tool:notices", occurredAt: Date(), eventID: id))
/// ```
public enum DerivedID {
    /// Sotong's namespace for derived ids.
    public static let namespace = UUID(uuidString: "E4E3E5DC-0A92-40BB-BA0B-1B45C15D8DF7")!

    /// The version-5 UUID of `parts` in ``namespace``: the same parts always give the same id.
    ///
    /// ```swift
    /// DerivedID.uuid(["a", "b"]) == DerivedID.uuid(["a", "b"])   // true
    /// ```
    public static func uuid(_ parts: [String]) -> UUID {
        let name = Data(parts.joined(separator: "\u{1F}").utf8)
        let space = withUnsafeBytes(of: namespace.uuid) { Data($0) }
        var bytes = Array(Insecure.SHA1.hash(data: space + name).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
