import Foundation
import SotongCore
import SotongDomain

/// Several projections folded in one read of the log: each event is read and decoded once, then
/// applied to every projection whose ``Projection/eventTypes`` hold its type. Decoding is the larger
/// part of a rebuild, so N projections together cost far less than N passes; every state is held at
/// once, so the memory is the sum of theirs.
extension ProjectionRunner {
    /// The views of several projections at one cutoff, in one read of the log: the same results, in
    /// the same order, as ``result(_:cutoff:)`` gives one projection at a time.
    ///
    /// ```swift
    /// let results = try await runner.results([RosterProjection(), NetworkProjection()], cutoff: .head)
    /// results[1].table("network")
    /// ```
    public func results(_ projections: [any Projection], cutoff: Cutoff = .head) async throws -> [ProjectionResult] {
        let folds = projections.map { Self.sharedFold($0) }
        let position = try await foldShared(folds, cutoff: cutoff)
        let asOf = asOfDate(cutoff)
        return folds.map { $0.result(asOf: asOf, headBound: position) }
    }

    /// Folds every fold through the cutoff in one read; returns the bound every fold's position reaches.
    private func foldShared(_ folds: [any SharedFold], cutoff: Cutoff) async throws -> Int64 {
        let (limit, end) = (cutoff.lastPosition, cutoff.endInstant)
        let headPosition = try await store.head().position
        let bound = Swift.min(limit ?? headPosition, headPosition)
        guard !folds.isEmpty else { return bound }
        let everything = folds.contains { $0.types == nil }
        let union = everything ? nil : folds.reduce(into: Set<String>()) { $0.formUnion($1.types ?? []) }
        var routes: [String: [any SharedFold]] = [:]
        func readers(of type: String) -> [any SharedFold] {
            if let known = routes[type] { return known }
            let found = folds.filter { $0.types?.contains(type) ?? true }
            routes[type] = found
            return found
        }
        var pages = DecodedPages(store: store, after: 0, through: limit ?? headPosition, end: end, types: union)
        defer { pages.cancel() }
        while let page = try await pages.next() {
            for item in page {
                for fold in readers(of: item.type) {
                    fold.position = item.position
                    if let entry = item.entry { fold.apply(entry) }
                }
            }
        }
        return bound
    }

    private static func sharedFold<P: Projection>(_ projection: P) -> any SharedFold {
        TypedSharedFold(projection)
    }
}

/// One projection's part of a shared fold: its state, and the last position of an event it reads.
/// A reference, so that the fold updates each state in place (never a copy on write).
private protocol SharedFold: AnyObject {
    var types: Set<String>? { get }
    var position: Int64 { get set }
    func apply(_ entry: History.Entry)
    func result(asOf: LocalDate, headBound: Int64) -> ProjectionResult
}

private final class TypedSharedFold<P: Projection>: SharedFold {
    let projection: P
    let types: Set<String>?
    var state: P.State
    var position: Int64 = 0

    init(_ projection: P) {
        self.projection = projection
        types = projection.eventTypes
        state = projection.initialState()
    }

    func apply(_ entry: History.Entry) { projection.apply(entry, to: &state) }

    /// The view as ``ProjectionRunner/fold(_:cutoff:from:)`` ends it: at the later of the last event
    /// read and the cutoff's bound.
    func result(asOf: LocalDate, headBound: Int64) -> ProjectionResult {
        let moment = ProjectionMoment(asOf: asOf, position: Swift.max(position, headBound))
        return ProjectionResult(projection: P.name, moment: moment, tables: projection.view(of: state, at: moment))
    }
}
