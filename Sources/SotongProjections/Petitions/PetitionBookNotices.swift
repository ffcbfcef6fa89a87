public import Foundation
import SotongCore
public import SotongDomain

extension PetitionBook {
    /// The petitions that owe their petitioner a notice at `asOf`, by petition id, with the notices
    /// owed as ``NoticesOwed/compute(_:asOf:)`` tells from each stream. Only the notices projection's
    /// book (``NoticesOwedProjection/initialState()``) keeps the facts those rules read; any other
    /// book answers as if no notice had been sent and nothing had happened after each receipt.
    ///
    /// ```swift
    /// let book = try await store.fold(NoticesOwedProjection())
    /// book.noticesOwed(asOf: Date()).first?.notices   // [.receipt]
    /// ```
    public func noticesOwed(asOf: Date) -> [(petition: PetitionID, notices: [NoticeKind])] {
        var owed: [(petition: PetitionID, notices: [NoticeKind])] = []
        for row in records.indices {
            let notices = NoticesOwedProjection.owed(receivedAt: records[row].receivedDate,
                                                     facts: noticeFacts(row: row), asOf: asOf)
            if !notices.isEmpty { owed.append((id(row: Int32(row)), notices)) }
        }
        return owed.sorted { $0.petition < $1.petition }
    }

    /// The facts of row `row` the notice rules read, with their times, in stream order.
    func noticeFacts(row: Int) -> [(fact: NoticesOwed.Fact, at: Date)] {
        guard let trails else { return [] }
        let receivedAt = records[row].receivedAt
        return trails.facts(row: row).map { (fact: $0.fact, at: Timestamp.date(milliseconds: receivedAt + $0.offset)) }
    }
}
