package import Foundation

/// Every failure of a store other than a concurrency conflict. Messages name fields, positions and
/// paths, never payload contents, so they are safe to log (petitioners' data stays out).
///
/// ```swift
/// catch let error as EventStoreError where error.code == .duplicateEventID { … }
/// ```
public struct EventStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is; compare against the static members.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The stable code, such as `duplicate-event-id`.
        public let name: String
        /// The code's name.
        public var description: String { name }

        /// An event in the batch is not acceptable (see ``EventStoreError/field``).
        public static let invalidEvent = Code(name: "invalid-event")
        /// The batch is empty, or names one event id twice.
        public static let invalidBatch = Code(name: "invalid-batch")
        /// An event id is already stored with different content.
        public static let duplicateEventID = Code(name: "duplicate-event-id")
        /// The store was opened read-only.
        public static let readOnly = Code(name: "read-only")
        /// There is no store at the path (and it was not to be created).
        public static let missing = Code(name: "missing")
        /// The file exists but is not a Sotong store.
        public static let notAStore = Code(name: "not-a-store")
        /// The store was written by a newer Sotong whose schema this one does not know.
        public static let newerSchema = Code(name: "newer-schema")
        /// The file is damaged.
        public static let corrupt = Code(name: "corrupt")
        /// Another process held the store locked for longer than the busy timeout.
        public static let locked = Code(name: "locked")
        /// The disk or file system refused the write (full, read-only, permissions).
        public static let storage = Code(name: "storage")
        /// The store was closed.
        public static let closed = Code(name: "closed")
    }

    /// What kind of failure.
    public let code: Code
    /// A clerk- and log-safe sentence.
    public let message: String
    /// The field at fault, when one is (`type`, `metadata.actor`, …).
    public let field: String?
    /// The index of the event within its batch, when one is at fault.
    public let index: Int?
    /// The log position at fault, when one is (an unreadable stored row).
    public let position: Int64?

    /// An error of a kind, with a log-safe message.
    public init(code: Code, message: String, field: String? = nil, index: Int? = nil, position: Int64? = nil) {
        self.code = code
        self.message = message
        self.field = field
        self.index = index
        self.position = position
    }

    /// The message.
    public var description: String { message }

    package static func invalidEvent(index: Int, field: String, reason: String) -> EventStoreError {
        EventStoreError(code: .invalidEvent, message: "event \(index + 1) of the batch: \(field) \(reason)",
                        field: field, index: index)
    }

    package static func duplicateEventID(_ id: UUID, position: Int64) -> EventStoreError {
        EventStoreError(code: .duplicateEventID,
                        message: "event id \(id.uuidString.lowercased()) is already stored at position \(position) with different content",
                        field: "id")
    }
}
