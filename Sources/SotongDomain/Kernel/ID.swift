/// A typed identifier: a petition id cannot be passed where a department id belongs.
/// Encodes as its raw string.
///
/// ```swift
/// let id: PetitionID = "2017-0001"
/// ```
public struct ID<Tag>: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard !raw.isEmpty, raw.utf8.count <= 100,
              raw.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && $0.properties.generalCategory != .control })
        else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "should be 1 to 100 characters without spaces or control characters")
        }
        rawValue = raw
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public enum PetitionTag {}
public enum StaffTag {}
public enum DepartmentTag {}
public enum ConflictTag {}
public enum ExpertTag {}
public enum MemberTag {}
public enum ProjectTag {}
public enum IndicatorTag {}
public enum HeadTag {}
public enum ActivityTag {}
public enum ProposalTag {}
public enum SubjectTag {}

public typealias PetitionID = ID<PetitionTag>
public typealias StaffID = ID<StaffTag>
/// A city department (부서), such as `transport-policy` for 교통정책과.
public typealias DepartmentID = ID<DepartmentTag>
public typealias ConflictID = ID<ConflictTag>
public typealias ExpertID = ID<ExpertTag>
/// A member of the network, the advisory group or the monitor group.
public typealias MemberID = ID<MemberTag>
public typealias ProjectID = ID<ProjectTag>
public typealias IndicatorID = ID<IndicatorTag>
/// A department head (부서장) under a performance contract.
public typealias HeadID = ID<HeadTag>
/// One held activity: a meeting, session, forum, tour, field day…
public typealias ActivityID = ID<ActivityTag>
public typealias ProposalID = ID<ProposalTag>
/// A data subject: the person whose personal data an event carries (see ``Personal``).
public typealias SubjectID = ID<SubjectTag>
