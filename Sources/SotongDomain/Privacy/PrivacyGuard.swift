import Foundation
public import SotongCore

extension ID where Tag == SubjectTag {
    /// The data subject's privacy stream, `privacy-<subject>`: its erasure is recorded there.
    public var privacyStream: StreamID { StreamID("privacy-\(rawValue)") }
}

/// An event whose payload carries personal data (fields marked personal in the catalog) of one data
/// subject: the ``Office`` seals those fields with that subject's key before appending.
///
/// ```swift
/// extension PetitionReceived: PersonalDataCarrier {
///     public var dataSubject: SubjectID? { petitioner.subject }
/// }
/// ```
public protocol PersonalDataCarrier: OfficeEvent {
    /// The data subject the personal fields belong to.
    var dataSubject: SubjectID? { get }
}

/// The streams and checks the privacy events share.
enum PrivacyGuard {
    /// Every access to decrypted personal data, in one stream.
    static let accessStream: StreamID = "privacy-access"
    /// The retention policy.
    static let retentionStream: StreamID = "privacy-retention"
    /// The longest purpose or legal basis, in characters.
    static let textLimit = 500

    /// Refuses an empty or overlong free text.
    static func requireText(_ text: String, field: String, rulePrefix: String = "privacy") throws {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(rule: "\(rulePrefix).text-required", korean: "필수 항목 누락",
                              detail: "\(field) is required", field: field)
        }
        if text.count > textLimit {
            throw DomainError(rule: "\(rulePrefix).text-too-long", korean: "입력 길이 초과",
                              detail: "\(field) is longer than \(textLimit) characters", field: field)
        }
    }

    /// Whether the subject's erasure is in the history (its privacy stream must be loaded).
    static func isErased(_ subject: SubjectID, in history: History) -> Bool {
        !history.events(SubjectErased.self, in: subject.privacyStream).isEmpty
    }
}
