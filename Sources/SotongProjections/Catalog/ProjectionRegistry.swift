/// The projections a tool can run by name: the office's built-in ones (``ProjectionCatalog``) and
/// the tool's own, registered from outside the package. A value, not a global: each tool (or each
/// store it opens) keeps its own registry, so registering never races and never leaks between tools.
///
/// ```swift
/// var registry = ProjectionRegistry()                       // the built-in projections
/// try registry.register(name: "subjects-by-district", summary: "recurring subjects per district") { _ in
///     SubjectsByDistrictProjection()
/// }
/// let projection = try registry.make("subjects-by-district")
/// ```
public struct ProjectionRegistry: Sendable {
    /// The entries in registration order: the built-in ones first.
    public private(set) var entries: [ProjectionCatalog.Entry]

    /// A registry holding the office's built-in projections (``ProjectionCatalog/entries``).
    public init() {
        entries = ProjectionCatalog.entries
    }

    /// The names that ``make(_:_:)`` accepts, in order.
    public var names: [String] { entries.map(\.name) }

    /// Adds a projection under a new name.
    ///
    /// - Throws: ``ProjectionParameterError`` when the name is empty or already taken (a tool cannot
    ///   shadow a built-in projection: `roster` always means the office's roster).
    ///
    /// ```swift
    /// try registry.register(name: "open-petitions", summary: "petitions still being handled") { _ in
    ///     OpenPetitionsProjection()
    /// }
    /// ```
    public mutating func register(
        name: String, summary: String, make: @escaping @Sendable (ProjectionParameters) throws -> any Projection
    ) throws {
        guard !name.isEmpty, !name.contains(where: \.isWhitespace) else {
            throw ProjectionParameterError("a projection name is one word, not '\(name)'")
        }
        guard !names.contains(name) else {
            throw ProjectionParameterError("a projection named '\(name)' is already registered")
        }
        entries.append(ProjectionCatalog.Entry(name: name, summary: summary, make: make))
    }

    /// The projection called `name`, configured with `parameters`.
    ///
    /// - Throws: ``ProjectionParameterError`` for an unknown name or a wrong parameter.
    ///
    /// ```swift
    /// let budget = try registry.make("budget", ProjectionParameters(year: 2018))
    /// ```
    public func make(_ name: String, _ parameters: ProjectionParameters = ProjectionParameters()) throws
        -> any Projection
    {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw ProjectionParameterError("unknown projection '\(name)'; known: \(names.joined(separator: ", "))")
        }
        return try entry.make(parameters)
    }
}
