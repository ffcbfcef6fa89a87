public import SotongCore

extension ID where Tag == PetitionTag {
    /// The petition's stream, `petition-<id>`: the id is public, never personal data.
    public var stream: StreamID { StreamID(Self.streamPrefix + rawValue) }

    /// What every petition stream id starts with: `petition-`.
    package static let streamPrefix = "petition-"
}

/// The checks every petition event shares, with the sentences the catalog publishes for them.
enum PetitionGuard {
    static let receivedRule = "The petition must have been received: its stream petition-<petitionID> exists."
    static let afterReceiptRule = "The event cannot happen before the petition was received."
    static let notTransferredRule = "The petition must not have been transferred to another agency (이송)."
    static let notClosedRule = "The petition must not have been closed as a repeat; reopen it first."
    static let notAnsweredRule = "The petition must not have a final outcome (완료/불가); reopen it first."
    /// The rules of an event that continues the handling of an open or under-review petition.
    static let handlingRules = [receivedRule, afterReceiptRule, notTransferredRule, notClosedRule, notAnsweredRule]

    /// The longest free text, in characters.
    static let textLimit = 500
    /// The longest short text (a subject, a site, an agency), in characters.
    static let shortTextLimit = 200
    /// The longest personal item (a name, a phone number), in characters.
    static let personalLimit = 100

    /// The petition as its stream stands, refusing an unknown petition or an event before its receipt.
    static func state(of petitionID: PetitionID, in history: History, at context: RuleContext) throws
        -> PetitionState
    {
        guard let state = PetitionState(history.entries(in: petitionID.stream)) else {
            throw DomainError(rule: "petition.not-received", korean: "미접수 민원",
                              detail: "petition \(petitionID) has not been received", field: "petitionID")
        }
        if context.occurredAt < state.receivedAt {
            throw DomainError(rule: "petition.before-receipt", korean: "접수 전 처리",
                              detail: "the event happens before petition \(petitionID) was received",
                              field: "petitionID")
        }
        return state
    }

    /// The petition as its stream stands, refusing it unless the office still handles it.
    static func stateInHandling(of petitionID: PetitionID, in history: History, at context: RuleContext) throws
        -> PetitionState
    {
        let state = try state(of: petitionID, in: history, at: context)
        try requireNotEnded(state)
        if state.status == .answered {
            throw DomainError(rule: "petition.answered", korean: "처리결과 기록됨",
                              detail: "petition \(petitionID) has a final outcome; reopen it first",
                              field: "petitionID")
        }
        return state
    }

    /// Refuses a petition transferred to another agency or closed as a repeat.
    static func requireNotEnded(_ state: PetitionState) throws {
        switch state.status {
        case .transferredOut:
            throw DomainError(rule: "petition.transferred-out", korean: "이송 종결",
                              detail: "petition \(state.petitionID) was transferred to another agency",
                              field: "petitionID")
        case .closedAsRepeat:
            throw DomainError(rule: "petition.closed", korean: "반복민원 종결",
                              detail: "petition \(state.petitionID) was closed as a repeat; reopen it first",
                              field: "petitionID")
        case .open, .underReview, .answered:
            return
        }
    }

    /// Refuses empty or overlong text. The message names the field, never its value.
    static func requireText(_ value: String, field: String, limit: Int, petition: PetitionID) throws {
        if value.allSatisfy(\.isWhitespace) {
            throw DomainError(rule: "petition.text-required", korean: "필수 항목 누락",
                              detail: "\(field) of petition \(petition) is empty", field: field)
        }
        if value.count > limit {
            throw DomainError(rule: "petition.text-too-long", korean: "글자 수 초과",
                              detail: "\(field) of petition \(petition) is longer than \(limit) characters",
                              field: field)
        }
    }

    /// Refuses optional text that is given but empty or overlong.
    static func requireText(_ value: String?, field: String, limit: Int, petition: PetitionID) throws {
        if let value { try requireText(value, field: field, limit: limit, petition: petition) }
    }
}
