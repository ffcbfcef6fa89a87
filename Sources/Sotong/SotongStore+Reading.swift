extension SotongStore {
    /// A projection's tables as of a cutoff: the head, a log position, or the end of an office date.
    /// Works for the office's projections and for any ``Projection`` a tool defines itself.
    ///
    /// ```swift
    /// let roster = try await store.projection(RosterProjection(), cutoff: .date(try LocalDate("2017-12-31")))
    /// roster.table("roster")?.cell(row: "total", column: "grade-4")
    /// ```
    public func projection<P: Projection>(_ projection: P, cutoff: Cutoff = .head) async throws -> ProjectionResult {
        try await runner.result(projection, cutoff: cutoff)
    }

    /// The projection registered under `name` in ``projections`` (built-in or the tool's own), as of a cutoff.
    ///
    /// - Throws: ``ProjectionParameterError`` for an unknown name or a wrong parameter.
    ///
    /// ```swift
    /// let budget = try await store.projection(named: "budget", parameters: ProjectionParameters(year: 2018))
    /// ```
    public func projection(
        named name: String, parameters: ProjectionParameters = ProjectionParameters(), cutoff: Cutoff = .head
    ) async throws -> ProjectionResult {
        try await runner.result(of: try projections.make(name, parameters), cutoff: cutoff)
    }

    /// A projection's folded state as of a cutoff, for a tool that wants the data rather than the tables.
    ///
    /// ```swift
    /// let book = try await store.fold(NoticesOwedProjection())      // every petition with its events
    /// ```
    public func fold<P: Projection>(_ projection: P, cutoff: Cutoff = .head) async throws -> P.State {
        try await runner.fold(projection, cutoff: cutoff).state
    }

    /// The events after a checkpoint (the last position the tool has handled), then live ones as
    /// they are appended, also by other processes. Decode office events with ``OfficeCatalog/decode(_:)``.
    ///
    /// ```swift
    /// for try await message in store.subscribe(after: checkpoint) {
    ///     if case .event(let recorded) = message { checkpoint = recorded.position }
    /// }
    /// ```
    public func subscribe(after checkpoint: Int64 = 0, types: Set<String>? = nil) -> EventSubscription {
        events.subscribe(after: checkpoint, types: types)
    }

    /// Walks the whole log recomputing every hash: the first broken position, or intact up to the head.
    ///
    /// ```swift
    /// let report = try await store.verify()
    /// print(report.isIntact ? "OK \(report.head)" : "BROKEN \(report.failure!)")
    /// ```
    public func verify() async throws -> ChainVerification {
        try await events.verify()
    }
}
