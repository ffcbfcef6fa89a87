/// A typed identifier: a petition id cannot be passed where a department id belongs.
/// Encodes as its raw string.
///
/// ```swift
/// let id: PetitionID = "2017-0001"
/// ```
public struct ID<Tag>: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The id as stored.
    public let rawValue: String

    /// An id with this text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// An id with this text.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// An id from a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id's text.
    public var description: String { rawValue }

    /// Orders ids by their text.
    public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard Self.isValid(raw) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "should be 1 to 100 characters without spaces or control characters")
        }
        rawValue = raw
    }

    /// Whether a text may be an id: 1 to 100 UTF-8 bytes, no white space, no control character.
    /// Ids are ASCII nearly always: their bytes are checked directly (white space there is 0x09–0x0D
    /// and 0x20, control characters 0x00–0x1F and 0x7F); other texts take the Unicode-property check,
    /// which gives the same answer for ASCII (`IDFastPathTests` compares both).
    static func isValid(_ raw: String) -> Bool {
        let verdict = raw.utf8.withContiguousStorageIfAvailable { asciiVerdict($0) } ?? asciiVerdict(raw.utf8)
        return verdict ?? isValidByProperties(raw)
    }

    /// The answer from the bytes when they decide it (empty, too long, or ASCII); `nil` otherwise.
    private static func asciiVerdict<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool? {
        guard !bytes.isEmpty, bytes.count <= 100 else { return false }
        var valid = true
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte <= 0x20 || byte == 0x7F { valid = false }
        }
        return valid
    }

    /// The check by Unicode properties, for any text.
    static func isValidByProperties(_ raw: String) -> Bool {
        !raw.isEmpty && raw.utf8.count <= 100
            && raw.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && $0.properties.generalCategory != .control })
    }

    /// Encodes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Tag of ``PetitionID``.
///
/// ```swift
/// let id: PetitionID = "2018-0042"
/// ```
public enum PetitionTag {}
/// Tag of ``StaffID``.
///
/// ```swift
/// let staff: StaffID = "S-1043"
/// ```
public enum StaffTag {}
/// Tag of ``DepartmentID``.
///
/// ```swift
/// let department: DepartmentID = "transport-policy"
/// ```
public enum DepartmentTag {}
/// Tag of ``ConflictID``.
///
/// ```swift
/// let conflict: ConflictID = "C-2018-003"
/// ```
public enum ConflictTag {}
/// Tag of ``ExpertID``.
///
/// ```swift
/// let expert: ExpertID = "EXP-2018-017"
/// ```
public enum ExpertTag {}
/// Tag of ``MemberID``.
///
/// ```swift
/// let member: MemberID = "ADV-Y1-012"
/// ```
public enum MemberTag {}
/// Tag of ``ProjectID``.
///
/// ```swift
/// let project: ProjectID = "p-academy"
/// ```
public enum ProjectTag {}
/// Tag of ``IndicatorID``.
///
/// ```swift
/// let indicator: IndicatorID = "academy-sessions"
/// ```
public enum IndicatorTag {}
/// Tag of ``HeadID``.
///
/// ```swift
/// let head: HeadID = "head-2018-transport-policy"
/// ```
public enum HeadTag {}
/// Tag of ``ActivityID``.
///
/// ```swift
/// let activity: ActivityID = "aein-2018-1"
/// ```
public enum ActivityTag {}
/// Tag of ``ProposalID``.
///
/// ```swift
/// let proposal: ProposalID = "P-2018-1-04"
/// ```
public enum ProposalTag {}
/// Tag of ``SubjectID``.
///
/// ```swift
/// let subject: SubjectID = "subject-2018-0042"
/// ```
public enum SubjectTag {}

/// A direct petition's public id, such as `2018-0042`; its stream is `petition-<id>`.
public typealias PetitionID = ID<PetitionTag>
/// A staff member of the office, such as `S-1043`.
public typealias StaffID = ID<StaffTag>
/// A city department (부서), such as `transport-policy` for 교통정책과.
public typealias DepartmentID = ID<DepartmentTag>
/// A conflict case (갈등과제).
public typealias ConflictID = ID<ConflictTag>
/// An expert of the conflict-mediation pool.
public typealias ExpertID = ID<ExpertTag>
/// A member of the network, the advisory group or the monitor group.
public typealias MemberID = ID<MemberTag>
/// A project (사업) of the plan's 총괄표.
public typealias ProjectID = ID<ProjectTag>
/// One of the plan's indicators (세부지표), such as `academy-sessions`.
public typealias IndicatorID = ID<IndicatorTag>
/// A department head (부서장) under a performance contract.
public typealias HeadID = ID<HeadTag>
/// One held activity: a meeting, session, forum, tour, field day…
public typealias ActivityID = ID<ActivityTag>
/// A proposal collected at a forum.
public typealias ProposalID = ID<ProposalTag>
/// A data subject: the person whose personal data an event carries (see ``Personal``).
public typealias SubjectID = ID<SubjectTag>
