public import SotongCore

/// Who hosted a field communication day (동네방네 현장소통의 날).
///
/// ```swift
/// FieldDayHost.mayor.koreanLabel           // "시장"
/// FieldDayHost.parse("시장")        // .mayor, as FieldDayHost.parse("mayor")
/// ```
public enum FieldDayHost: String, KoreanLabelled {
    /// 시장: the mayor, as needed.
    case mayor
    /// 부시장: the vice-mayor, with the city council, at least monthly.
    case viceMayor = "vice-mayor"
    /// 실·국장: a director, monthly, for their own department.
    case director
    /// 부서장: a department head, monthly, for their own department.
    case departmentHead = "department-head"

    /// The plan's label.
    public var koreanLabel: String {
        switch self {
        case .mayor: "시장"
        case .viceMayor: "부시장"
        case .director: "실·국장"
        case .departmentHead: "부서장"
        }
    }

    /// Whether a day with this host names the host's department.
    public var needsDepartment: Bool { self == .director || self == .departmentHead }
}

/// A field communication day (동네방네 현장소통의 날) was held on site.
///
/// ```swift
/// let event = FieldDayHeld(host: .departmentHead, hostDepartment: "road-management", district: .gyeyang,
///     site: "계산동 통학로 보도 정비 현장", withCityCouncil: false)
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct FieldDayHeld: OfficeEvent {
    /// The stored type name.
    public static let eventType = "field-day.held"
    /// The stream of all field communication days.
    public static let fieldDaysStream: StreamID = "field-days"

    /// Who hosted the day.
    public let host: FieldDayHost
    /// The host's department, for a director or a department head.
    public let hostDepartment: DepartmentID?
    /// The district visited.
    public let district: District
    /// The site visited.
    public let site: String
    /// Whether the day was held with the city council (the vice-mayor's days are).
    public let withCityCouncil: Bool

    /// Creates the event.
    public init(host: FieldDayHost, hostDepartment: DepartmentID? = nil, district: District, site: String,
                withCityCouncil: Bool) {
        self.host = host
        self.hostDepartment = hostDepartment
        self.district = district
        self.site = site
        self.withCityCouncil = withCityCouncil
    }

    /// The catalog sentence.
    public static let summary = "A field communication day (동네방네 현장소통의 날) was held on site in a district."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("host", "who hosted: \(FieldDayHost.codeList) (시장, 부시장, 실·국장, 부서장)"),
        CatalogField("hostDepartment", "the host's department; present exactly when the host is director or department-head"),
        CatalogField("district", "the district (구·군) visited: \(District.codeList)"),
        CatalogField("site", "the site visited, 1–200 characters"),
        CatalogField("withCityCouncil", "true when held with the city council (시의회), as the vice-mayor's days are"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "field-day.invalid-value: the site is 1–200 characters and the host department, when given, is a valid id.",
        "field-day.host-department-mismatch: a host department is named exactly when the host is a director (실·국장) or a department head (부서장).",
    ]
    /// An invented example.
    public static let example = FieldDayHeld(host: .departmentHead, hostDepartment: "road-management", district: .gyeyang,
                                             site: "계산동 통학로 보도 정비 현장", withCityCouncil: false)

    /// `field-days`.
    public var stream: StreamID { Self.fieldDaysStream }

    /// Refuses invalid values and a host department that does not fit the host.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "field-day")
        try values.text(site, "site", limit: 200)
        if let hostDepartment { try values.id(hostDepartment, "hostDepartment") }
        if host.needsDepartment != (hostDepartment != nil) {
            let detail = host.needsDepartment
                ? "a day hosted by a \(host.rawValue) names the host's department"
                : "a day hosted by the \(host.rawValue) names no host department"
            throw DomainError(rule: "field-day.host-department-mismatch", korean: "주관부서 오류", detail: detail,
                              field: "hostDepartment")
        }
    }
}

/// A one-day field petition office (1일 현장민원실) took petitions on the spot at a busy place.
///
/// ```swift
/// let event = FieldOfficeHeld(district: .bupyeong, place: "부평역 지하상가 분수대 광장", petitionsTaken: 37,
///     departmentsAccompanying: ["transport-policy", "housing-policy"])
/// try await office.record(event, context: RecordContext(actor: "staff:S-6333", occurredAt: Date()))
/// ```
public struct FieldOfficeHeld: OfficeEvent {
    /// The stored type name.
    public static let eventType = "field-office.held"
    /// The stream of all one-day field petition offices.
    public static let fieldOfficesStream: StreamID = "field-offices"

    /// The district where the office stood.
    public let district: District
    /// The busy place where it stood.
    public let place: String
    /// How many petitions were taken on the spot.
    public let petitionsTaken: Int
    /// The departments that came along for the district's issues.
    public let departmentsAccompanying: [DepartmentID]

    /// Creates the event.
    public init(district: District, place: String, petitionsTaken: Int, departmentsAccompanying: [DepartmentID]) {
        self.district = district
        self.place = place
        self.petitionsTaken = petitionsTaken
        self.departmentsAccompanying = departmentsAccompanying
    }

    /// The catalog sentence.
    public static let summary =
        "A one-day field petition office (현장에서 듣다. 1일 현장민원실) took petitions on the spot at a busy place."
    /// The payload fields.
    public static let fields: [CatalogField] = [
        CatalogField("district", "the district (구·군): \(District.codeList)"),
        CatalogField("place", "the busy place (다중집합장소), 1–200 characters"),
        CatalogField("petitionsTaken", "how many petitions were taken on the spot, 0–10000"),
        CatalogField("departmentsAccompanying", "the departments that came along (관련부서 협조 동행), each once"),
    ]
    /// The rules `check` enforces.
    public static let rules = [
        "field-office.invalid-value: the place is 1–200 characters, petitionsTaken is 0–10000 and departmentsAccompanying lists valid department ids, each once.",
    ]
    /// An invented example.
    public static let example = FieldOfficeHeld(district: .bupyeong, place: "부평역 지하상가 분수대 광장", petitionsTaken: 37,
                                                departmentsAccompanying: ["transport-policy", "housing-policy"])

    /// `field-offices`.
    public var stream: StreamID { Self.fieldOfficesStream }

    /// Refuses invalid values.
    public func check(_ history: History, at context: RuleContext) throws {
        let values = CivicValueCheck(prefix: "field-office")
        try values.text(place, "place", limit: 200)
        try values.count(petitionsTaken, "petitionsTaken", in: 0...10_000)
        try values.ids(departmentsAccompanying, "departmentsAccompanying")
    }
}
