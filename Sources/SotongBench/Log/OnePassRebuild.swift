import SotongCore
import SotongDomain
import SotongProjections

/// An experiment, not library code: every projection folded in ONE read of the log, each event
/// decoded once and applied to every projection that reads its type, with the public pieces the
/// runner itself uses (`readAll`, `OfficeCatalog.decode`, `apply`, `view`). It measures what a
/// shared rebuild in the kernel would gain over one runner pass per projection (decoding is the
/// largest part of a pass), and what it costs: every state is in memory at once.
struct OnePassRebuild {
    /// One projection's fold, type-erased so that different states sit in one array.
    private protocol Fold {
        var types: Set<String>? { get }
        mutating func apply(_ entry: History.Entry)
        func tables(_ runner: ProjectionRunner, position: Int64) -> Int
    }

    private struct TypedFold<P: Projection>: Fold {
        let projection: P
        var state: P.State
        var types: Set<String>? { projection.eventTypes }

        mutating func apply(_ entry: History.Entry) { projection.apply(entry, to: &state) }

        func tables(_ runner: ProjectionRunner, position: Int64) -> Int {
            runner.view(projection, folded: .init(state: state, position: position), cutoff: .position(position))
                .tables.count
        }
    }

    private static func fold<P: Projection>(_ projection: P) -> any Fold {
        TypedFold(projection: projection, state: projection.initialState())
    }

    /// Folds every projection through `position` in one pass and renders their tables.
    static func run(_ projections: [any Projection], runner: ProjectionRunner, through position: Int64) async throws {
        var folds = projections.map { fold($0) }
        let union: Set<String>? = folds.contains { $0.types == nil }
            ? nil : folds.reduce(into: Set<String>()) { $0.formUnion($1.types ?? []) }
        for try await recorded in runner.store.readAll(through: position, types: union) {
            guard let entry = try? OfficeCatalog.decode(recorded) else { continue }
            for index in folds.indices where folds[index].types?.contains(recorded.type) ?? true {
                folds[index].apply(entry)
            }
        }
        for fold in folds { _ = fold.tables(runner, position: position) }
    }
}
