public import SotongCore
public import SotongDomain

/// What a caller may pass to a projection by name (from `sotong show`, or a tool).
///
/// ```swift
/// let result = try await store.projection(named: "scores", parameters: ProjectionParameters(year: 2018, half: 1))
/// ```
public struct ProjectionParameters: Sendable, Hashable {
    /// `--year`: the year, for budget, equity and scores.
    public var year: Int?
    /// `--half`: 1 or 2, for scores.
    public var half: Int?
    /// `--stream`: the stream, for history.
    public var stream: StreamID?
    /// `--from`: the first receipt date, for petitions.
    public var from: LocalDate?
    /// `--to`: the last receipt date, for petitions.
    public var to: LocalDate?

    /// Parameters; each projection reads only those it takes.
    public init(year: Int? = nil, half: Int? = nil, stream: StreamID? = nil, from: LocalDate? = nil, to: LocalDate? = nil) {
        self.year = year
        self.half = half
        self.stream = stream
        self.from = from
        self.to = to
    }
}

/// A projection's parameters were missing or wrong.
///
/// ```swift
/// catch let error as ProjectionParameterError { print(error) }   // history needs --stream
/// ```
public struct ProjectionParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was missing or wrong, in one line.
    public let message: String
    /// An error with its message.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Every projection of the office by name, so the CLI and other tools can run any of them.
///
/// ```swift
/// let projection = try ProjectionCatalog.make("roster", ProjectionParameters())
/// let result = try await ProjectionRunner(store: store).result(projection)
/// ```
public enum ProjectionCatalog {
    /// A projection by name: what `sotong show NAME` and ``ProjectionRegistry/make(_:_:)`` run.
    ///
    /// ```swift
    /// let entry = ProjectionCatalog.Entry(name: "roster", summary: "staffing per team") { _ in RosterProjection() }
    /// ```
    public struct Entry: Sendable {
        /// The name it is looked up by (lowercase, with hyphens).
        public let name: String
        /// One line for listings such as `sotong show --help`.
        public let summary: String
        /// Makes the projection, configured by the caller's parameters.
        public let make: @Sendable (ProjectionParameters) throws -> any Projection

        /// An entry; `make` may throw ``ProjectionParameterError`` when a parameter is missing or wrong.
        public init(name: String, summary: String,
                    make: @escaping @Sendable (ProjectionParameters) throws -> any Projection) {
            self.name = name
            self.summary = summary
            self.make = make
        }
    }

    /// The entries in the order `sotong show --help` lists them.
    public static let entries: [Entry] = [
        Entry(name: "roster", summary: "staffing quota/current(returnees) per team and grade, job series, duties") { _ in
            RosterProjection()
        },
        Entry(name: "budget", summary: "the annual budget and the 총괄표 with the unallocated remainder (--year)") {
            parameters in BudgetProjection(year: parameters.year)
        },
        Entry(name: "indicators", summary: "the 12 indicators: actuals, targets, achievement and pace") { _ in
            IndicatorsProjection()
        },
        Entry(name: "petitions", summary: "the 직소민원 table and breakdowns (--from, --to on receipt date)") {
            parameters in
            if let from = parameters.from, let to = parameters.to, from > to {
                throw ProjectionParameterError("--from \(from) is after --to \(to)")
            }
            let period: ClosedRange<LocalDate>? = switch (parameters.from, parameters.to) {
            case (nil, nil): nil
            case (let from?, nil): from...LocalDate(year: 2999, month: 12, day: 31)!
            case (nil, let to?): LocalDate(year: 1900, month: 1, day: 1)!...to
            case (let from?, let to?): from...to
            }
            return PetitionStatusProjection(period: period)
        },
        Entry(name: "overdue", summary: "open petitions at risk of or past their statutory due date") { _ in
            OverdueProjection()
        },
        Entry(name: "notices", summary: "notices owed to petitioners but not sent") { _ in NoticesOwedProjection() },
        Entry(name: "advisory", summary: "advisory group by cohort and district, and members serving now") { _ in
            AdvisoryProjection()
        },
        Entry(name: "experts", summary: "the conflict-mediation expert pool by category") { _ in ExpertPoolProjection() },
        Entry(name: "network", summary: "the civil-society network, its agendas and meetings") { _ in NetworkProjection() },
        Entry(name: "mediation", summary: "mediation activity per conflict, and conflict trainings") { _ in
            MediationProjection()
        },
        Entry(name: "equity", summary: "field visits, advisors and petitions per district (--year)") { parameters in
            DistrictEquityProjection(year: parameters.year)
        },
        Entry(name: "scores", summary: "department communication scores per head and half-year (--year, --half)") {
            parameters in
            ScoresProjection(year: parameters.year, half: parameters.half)
        },
        Entry(name: "access-log", summary: "every read of decrypted personal data: who, when, subject, purpose") { _ in
            AccessLogProjection()
        },
        Entry(name: "retention", summary: "data subjects past their retention period and not yet erased") { _ in
            RetentionProjection()
        },
        Entry(name: "history", summary: "one stream's full history in order (--stream)") { parameters in
            guard let stream = parameters.stream else { throw ProjectionParameterError("history needs --stream") }
            return StreamHistoryProjection(stream: stream)
        },
    ]

    /// The built-in projections' names, in order.
    public static var names: [String] { entries.map(\.name) }

    /// The projection called `name`, configured.
    public static func make(_ name: String, _ parameters: ProjectionParameters) throws -> any Projection {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw ProjectionParameterError("unknown projection '\(name)'; known: \(names.joined(separator: ", "))")
        }
        return try entry.make(parameters)
    }
}

extension ProjectionRunner {
    /// Runs a projection whose type is known only at run time.
    public func result(of projection: any Projection, cutoff: Cutoff = .head) async throws -> ProjectionResult {
        try await result(projection, cutoff: cutoff)
    }

    /// Explains a cell of a projection whose type is known only at run time.
    public func explain(
        cell projection: any Projection, cutoff: Cutoff = .head, table: String, row: String, column: String
    ) async throws -> [RecordedEvent] {
        try await explain(projection, cutoff: cutoff, table: table, row: row, column: column)
    }
}
