import SotongDomain

/// An invented city department (부서): a stable id, its Korean name, and what its petitions are about.
struct Department {
    let id: DepartmentID
    let name: String
    /// Petition subjects (no personal data) and the kind of site an outreach meeting visits.
    let subjects: [String]
    let site: String
    /// How often petitions land here, relatively.
    let weight: Int

    /// The head's post, such as 교통정책과장.
    var headTitle: String { name + "장" }
}

/// The departments, bureaus and outside bodies the fixtures name. All ids are invented.
enum Departments {
    static let communicationOffice: DepartmentID = "communication-office"

    static let all: [Department] = [
        Department(id: "transport-policy", name: "교통정책과",
                   subjects: ["시내버스 노선 조정 요청", "버스정류장 이전 요청", "마을버스 배차간격 단축 건의", "택시 승차거부 단속 강화 건의",
                              "교통유발부담금 부과 기준 문의"],
                   site: "버스정류장 일대", weight: 14),
        Department(id: "road-management", name: "도로과",
                   subjects: ["이면도로 포장 파손 보수 요청", "보도블록 정비 요청", "도로 확장공사 소음 민원", "가로등 고장 수리 요청", "도로점용 허가 절차 문의"],
                   site: "도로 정비 구간", weight: 13),
        Department(id: "urban-regeneration", name: "도시재생과",
                   subjects: ["원도심 빈집 정비 요청", "재개발 구역 해제 건의", "주거환경개선사업 조속 추진 요청"],
                   site: "원도심 골목", weight: 8),
        Department(id: "housing-policy", name: "주택정책과",
                   subjects: ["임대주택 입주 자격 문의", "아파트 관리비 부과 고충", "공동주택 하자보수 지연 민원"],
                   site: "공동주택 단지", weight: 8),
        Department(id: "welfare-policy", name: "복지정책과",
                   subjects: ["기초생활수급 자격 재검토 요청", "긴급복지 지원 신청 고충", "복지관 프로그램 확대 건의"],
                   site: "종합사회복지관", weight: 9),
        Department(id: "elderly-welfare", name: "노인정책과",
                   subjects: ["경로당 냉난방비 지원 요청", "노인일자리 참여 기준 문의", "치매안심센터 접근성 개선 건의"],
                   site: "경로당", weight: 6),
        Department(id: "environment-policy", name: "환경정책과",
                   subjects: ["공장 악취 민원", "미세먼지 측정소 설치 건의", "소음·진동 측정 요청"],
                   site: "산업단지 인근 주거지", weight: 7),
        Department(id: "resource-circulation", name: "자원순환과",
                   subjects: ["생활폐기물 수거 지연 민원", "재활용 선별장 악취 민원", "대형폐기물 처리 절차 문의"],
                   site: "폐기물 처리시설 인근", weight: 6),
        Department(id: "parks-green", name: "공원녹지과",
                   subjects: ["근린공원 운동기구 교체 요청", "가로수 가지치기 요청", "공원 야간조명 설치 건의"],
                   site: "근린공원", weight: 6),
        Department(id: "economic-policy", name: "경제정책과",
                   subjects: ["전통시장 주차장 확충 건의", "지역화폐 가맹점 확대 건의", "소상공인 경영자금 지원 문의"],
                   site: "전통시장", weight: 6),
        Department(id: "culture-arts", name: "문화예술과",
                   subjects: ["문화예술회관 대관 기준 문의", "지역 축제 소음 민원", "작은도서관 운영 지원 건의"],
                   site: "문화예술회관", weight: 4),
        Department(id: "safety-policy", name: "안전정책과",
                   subjects: ["통학로 안전펜스 설치 요청", "침수 우려 지역 배수시설 점검 요청", "CCTV 추가 설치 건의"],
                   site: "통학로", weight: 6),
        Department(id: "building-management", name: "건축과",
                   subjects: ["인근 공사장 안전관리 민원", "불법 건축물 단속 요청"],
                   site: "공사 현장", weight: 4),
        Department(id: "public-health", name: "보건정책과",
                   subjects: ["보건소 진료시간 연장 건의", "감염병 예방접종 일정 문의"],
                   site: "보건지소", weight: 3),
        Department(id: "tax-policy", name: "세정과",
                   subjects: ["지방세 부과 이의 고충", "자동차세 환급 절차 문의"],
                   site: "구청 민원실", weight: 3),
        Department(id: "islands-development", name: "섬발전지원과",
                   subjects: ["연안여객선 운항 횟수 증편 건의", "섬 지역 상수도 공급 요청"],
                   site: "여객선 터미널", weight: 3),
    ]

    /// The department with `id`.
    static func named(_ id: DepartmentID) -> Department {
        all.first { $0.id == id }!
    }

    /// The twelve departments whose 4급 heads are under a 2018 performance contract and evaluated.
    static let evaluated: [DepartmentID] = [
        "transport-policy", "road-management", "urban-regeneration", "housing-policy", "welfare-policy",
        "elderly-welfare", "environment-policy", "resource-circulation", "parks-green", "economic-policy",
        "culture-arts", "safety-policy",
    ]

    /// Bureaus (실·국) whose directors host field communication days: an id and the Korean name.
    static let bureaus: [(DepartmentID, String)] = [
        ("planning-office", "기획조정실"), ("bureau-transport", "교통국"), ("bureau-urban", "도시균형건설국"),
        ("bureau-welfare", "보건복지국"), ("bureau-environment", "환경녹지국"), ("bureau-economy", "경제산업국"),
        ("bureau-culture", "문화관광체육국"), ("bureau-safety", "시민안전본부"),
    ]
}
