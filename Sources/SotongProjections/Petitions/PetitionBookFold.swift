import Foundation
import SotongCore
import SotongDomain

extension PetitionBook {
    /// Applies one later event of the petition in row `row`, as ``PetitionState/apply(_:at:)`` does,
    /// and adds the fact it stands for to the notice trail when the book keeps one.
    mutating func apply(_ event: any OfficeEvent, at occurredAt: Date, row: Int32) {
        var record = records[Int(row)]
        switch event {
        case let assigned as PetitionAssigned:
            record.department = strings.intern(assigned.department.rawValue)
        case let transferred as PetitionTransferred:
            if let target = transferred.toDepartment { record.department = strings.intern(target.rawValue) }
            if let agency = transferred.toAgency {
                extras.agency[row] = strings.intern(agency)
                record.status = .transferredOut
            }
        case is PetitionConsultationHeld:
            extras.bump(.consultations, of: &record, row: row)
        case is PetitionMayorMeetingHeld:
            extras.bump(.mayorMeetings, of: &record, row: row)
        case is PetitionOutreachMeetingHeld:
            extras.bump(.outreachMeetings, of: &record, row: row)
        case let granted as PetitionExtensionGranted:
            if record.lastExtension != .none { extras.earlierExtensions[row, default: []].append(record.lastExtension) }
            record.lastExtension = CompactDay(granted.newDueDate)
        case let notice as PetitionNoticeSent:
            extras.bump(.notices(notice.kind), of: &record, row: row)
        case let recorded as PetitionOutcomeRecorded:
            record.outcome = recorded.outcome
            extras.reviewDate[row] = recorded.reviewDate.map(CompactDay.init)
            if recorded.outcome.isFinal {
                record.status = .answered
                record.answeredAt = Timestamp.milliseconds(occurredAt)
            } else {
                record.status = .underReview
            }
        case is PetitionCardUpdated:
            extras.bump(.cardUpdates, of: &record, row: row)
        case is PetitionReopened:
            record.status = .open
            record.outcome = nil
            extras.reviewDate[row] = nil
            extras.bump(.reopens, of: &record, row: row)
        case let closed as PetitionClosedAsRepeat:
            extras.repeatOf[row] = closed.earlierPetitions.isEmpty ? nil : closed.earlierPetitions
            record.status = .closedAsRepeat
        default:
            break
        }
        if trails != nil, let fact = NoticesOwed.Fact(event) {
            trails?.append(fact, offset: Timestamp.milliseconds(occurredAt) - record.receivedAt, row: Int(row))
        }
        records[Int(row)] = record
    }

    /// The petition in row `row` as the programme's fold gives it.
    func state(row: Int32) -> PetitionState {
        let record = records[Int(row)]
        let extensions = (extras.earlierExtensions[row] ?? []) + (record.lastExtension == .none ? [] : [record.lastExtension])
        var notices: [NoticeKind: Int] = [:]
        for kind in NoticeKind.allCases {
            let count = extras.count(.notices(kind), of: record, row: row)
            if count > 0 { notices[kind] = count }
        }
        return PetitionState(
            petitionID: record.key.id(in: strings), channel: record.channel, kind: record.kind, subject: strings[record.subject], district: District(caseIndex: record.district),
            receivedAt: record.receivedDate, status: record.status, department: DepartmentID(strings[record.department]),
            transferredToAgency: extras.agency[row].map { strings[$0] },
            extensionDueDates: extensions.compactMap(\.date), outcome: record.outcome,
            reviewDate: extras.reviewDate[row]?.date, answeredAt: record.answeredDate, repeatOf: extras.repeatOf[row] ?? [],
            consultationCount: extras.count(.consultations, of: record, row: row),
            mayorMeetingCount: extras.count(.mayorMeetings, of: record, row: row),
            outreachMeetingCount: extras.count(.outreachMeetings, of: record, row: row),
            noticesSent: notices, cardUpdateCount: extras.count(.cardUpdates, of: record, row: row),
            reopenCount: extras.count(.reopens, of: record, row: row))
    }
}
