import Foundation
import SotongCore
import SotongDomain

/// Turns planned events into the events the store appends: typed office events encoded as
/// canonical JSON by `EventData(_:id:occurredAt:metadata:)`, with full metadata (actor, correlation
/// and causation ids, and a legal basis where one applies). Ids are pure functions of the plan.
struct Materialiser {
    let seed: UInt64
    /// Whether petitioners' personal fields are sealed, as in a real log (plaintext only for
    /// checking the events against the office's rules).
    var sealed = true

    func event(_ planned: PlannedEvent) throws -> (StreamID, EventData) {
        switch planned.item {
        case .petition(let key, let step): try petitionEvent(key: key, step: step, planned: planned)
        case .office(let item): try officeEvent(item, planned: planned)
        }
    }

    private func data<Event: OfficeEvent>(_ event: Event, id: UUID, at time: Int64, _ metadata: EventMetadata) throws
        -> (StreamID, EventData)
    {
        (event.stream, try EventData(event, id: id, occurredAt: BenchDays.date(time), metadata: metadata))
    }

    private func petitionEvent(key: Int64, step: PetitionStep, planned: PlannedEvent) throws -> (StreamID, EventData) {
        let traits = PetitionTraits(seed: seed, key: key)
        let petition = traits.petitionID
        let receiptID = BenchRandom.uuid(seed: seed, UInt64(bitPattern: key), 0)
        var metadata = EventMetadata(actor: "clerk:petition-desk-\(key % 8 + 1)",
                                     correlationID: BenchRandom.uuid(seed: seed, UInt64(bitPattern: key), .max),
                                     causationID: receiptID)
        let id = BenchRandom.uuid(seed: seed, UInt64(bitPattern: key), planned.order)
        let department = { (index: UInt16) in BenchVocabulary.departments[Int(index)].id }
        let pick = Int(BenchRandom.mix(planned.order) % 1_000)
        switch step {
        case .received(let channel):
            metadata.causationID = nil
            let district = BenchVocabulary.districts[traits.district]
            let phone = String(traits.phone + 100_000_000).dropFirst()
            let petitioner = try BenchSealing(seed: seed).petitioner(
                subject: SubjectID("subject-\(petition)"),
                name: BenchVocabulary.surnames[traits.name.0] + BenchVocabulary.givenNames[traits.name.1],
                phone: "010-\(phone.prefix(4))-\(phone.suffix(4))",
                address: "인천광역시 \(district.koreanLabel) \(BenchVocabulary.streets[traits.address.0]) "
                    + "\(traits.address.1)번길 \(traits.address.1 % 37 + 1)",
                eventID: receiptID, sealed: sealed)
            return try data(PetitionReceived(
                petitionID: petition, channel: channel, kind: traits.kind, subject: BenchVocabulary.subjects[traits.subject],
                district: district, department: BenchVocabulary.departments[traits.department].id,
                petitioner: petitioner), id: receiptID, at: planned.time, metadata)
        case .assigned(let to):
            return try data(PetitionAssigned(petitionID: petition, department: department(to)), id: id, at: planned.time, metadata)
        case .consultation(let first, let second):
            return try data(PetitionConsultationHeld(petitionID: petition, departments: [department(first), department(second)],
                                                     topic: BenchVocabulary.consultationTopic), id: id, at: planned.time, metadata)
        case .mayorMeeting:
            return try data(PetitionMayorMeetingHeld(petitionID: petition, with: pick < 300 ? .mayor : .viceMayor),
                            id: id, at: planned.time, metadata)
        case .outreach(let at):
            return try data(PetitionOutreachMeetingHeld(petitionID: petition, site: BenchVocabulary.sites[pick % 10],
                                                        department: department(at)), id: id, at: planned.time, metadata)
        case .extensionGranted(let newDueDay, let consent):
            metadata.reason = "민원 처리에 관한 법률 시행령 제21조 (처리기간의 연장)"
            return try data(PetitionExtensionGranted(petitionID: petition, reason: BenchVocabulary.extensionReason,
                                                     newDueDate: BenchDays.uncachedDate(Int(newDueDay)), petitionerConsent: consent),
                            id: id, at: planned.time, metadata)
        case .notice(let kind):
            let medium = [NoticeMedium.sms, .phone, .letter][pick < 700 ? 0 : pick < 900 ? 1 : 2]
            return try data(PetitionNoticeSent(petitionID: petition, medium: medium, kind: kind), id: id, at: planned.time, metadata)
        case .transferredToAgency:
            metadata.reason = "민원 처리에 관한 법률 제16조 (민원문서의 이송)"
            return try data(PetitionTransferred(petitionID: petition, toAgency: BenchVocabulary.agencies[pick % 4]),
                            id: id, at: planned.time, metadata)
        case .outcome(let outcome, let reviewDay):
            var event = PetitionOutcomeRecorded(petitionID: petition, outcome: outcome)
            switch outcome {
            case .notPossible:
                metadata.reason = "민원 처리에 관한 법률 제27조 (처리결과의 통지)"
                event.reason = BenchVocabulary.refusalReasons[pick % 3]
                event.remedy = BenchVocabulary.remedy
            case .underReview:
                event.reviewDate = BenchDays.uncachedDate(Int(reviewDay))
            case .completed:
                break
            }
            return try data(event, id: id, at: planned.time, metadata)
        }
    }
}
