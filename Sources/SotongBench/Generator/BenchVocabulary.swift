import SotongDomain

/// The invented but realistic words the generator draws from: departments, petition subjects,
/// names and addresses (no real person), sites, and the published public holidays.
enum BenchVocabulary {
    /// City departments (부서): id and the head's post.
    static let departments: [(id: DepartmentID, post: String)] = [
        ("transport-policy", "교통정책과장"), ("road-management", "도로과장"), ("housing-policy", "주택정책과장"),
        ("welfare-policy", "복지정책과장"), ("elderly-welfare", "노인정책과장"), ("women-family", "여성가족과장"),
        ("environment-policy", "환경정책과장"), ("water-quality", "수질환경과장"), ("parks-green", "공원녹지과장"),
        ("urban-planning", "도시계획과장"), ("urban-regeneration", "도시재생과장"), ("building-permits", "건축과장"),
        ("economic-policy", "경제정책과장"), ("small-business", "소상공인정책과장"), ("jobs", "일자리정책과장"),
        ("culture-arts", "문화예술과장"), ("tourism", "관광진흥과장"), ("sports", "체육진흥과장"),
        ("education-support", "교육지원과장"), ("youth-policy", "청년정책과장"), ("health-policy", "건강증진과장"),
        ("food-safety", "식품안전과장"), ("disaster-safety", "재난안전과장"), ("fire-prevention", "예방안전과장"),
        ("taxation", "세정과장"), ("land-information", "토지정보과장"), ("public-transport", "버스정책과장"),
        ("parking", "교통관리과장"), ("port-logistics", "항만과장"), ("aviation", "항공과장"),
        ("island-policy", "섬정책과장"), ("agriculture", "농축산과장"), ("fisheries", "수산과장"),
        ("waste-resources", "자원순환과장"), ("climate-energy", "에너지정책과장"), ("animal-welfare", "동물보호과장"),
        ("disability-welfare", "장애인복지과장"), ("childcare", "보육정책과장"), ("multicultural", "외국인정책과장"),
        ("communication-office", "소통담당관"),
    ]

    /// Petition subjects (no personal data), about 20 characters each.
    static let subjects: [String] = [
        "버스정류장 이전 및 노선 조정 요청", "아파트 단지 앞 횡단보도 신호 연장 요청", "불법 주정차 단속 강화 요청",
        "공사장 소음 및 비산먼지 피해 민원", "노후 보도블록 교체 및 보행로 정비 요청", "어린이공원 놀이시설 보수 요청",
        "기초생활수급 자격 재심사 요청", "노인 일자리 사업 참여 기준 문의", "장애인 콜택시 배차 지연 개선 요청",
        "하수관 악취 및 역류 피해 신고", "재개발 구역 보상 절차 문의", "주택 임대차 분쟁 조정 요청",
        "전통시장 주차장 확충 건의", "소상공인 긴급 경영자금 지원 문의", "청년 주거 지원 사업 신청 자격 질의",
        "학교 앞 통학로 안전시설 설치 요청", "가로등 고장 및 야간 조명 보강 요청", "불법 현수막 철거 요청",
        "쓰레기 무단투기 단속 및 CCTV 설치 건의", "도서관 운영시간 연장 건의", "연안여객선 운항 횟수 확대 요청",
        "공항철도 환승 할인 적용 질의", "공공체육시설 사용료 감면 문의", "지방세 체납 분할납부 문의",
        "건축허가 처리 지연 민원", "도시가스 공급 배관 설치 요청", "상수도 수질 검사 요청",
        "반려동물 놀이터 조성 건의", "다문화가족 통역 지원 문의", "어린이집 입소 대기 순번 문의",
    ]

    static let surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"]
    static let givenNames = ["민준", "서연", "도윤", "지우", "하준", "서윤", "은우", "지민", "예준", "수아",
                             "영호", "순자", "정숙", "상철", "미경", "성민", "현주", "재훈", "경희", "동현"]
    static let streets = ["예시로", "가상대로", "시범길", "모의로", "견본길", "표본대로", "연습로", "샘플길"]

    /// The city-level districts, for addresses (the enum's order).
    static let districts: [District] = [.jung, .dong, .nam, .yeonsu, .namdong, .bupyeong, .gyeyang, .seo,
                                        .ganghwa, .ongjin]

    static let sites: [String] = [
        "구월동 전통시장 상인회 사무실", "부평역 지하상가 분수대 광장", "송도 센트럴파크 방문자센터", "영종도 운서역 광장",
        "계산동 통학로 보도 정비 현장", "만석동 공장지대 주민센터", "강화 풍물시장 앞", "연안부두 여객터미널",
        "청라 호수공원 관리사무소", "주안역 남광장",
    ]

    static let refusalReasons: [String] = [
        "관계 법령상 허가 요건을 충족하지 못하여 요청하신 사항의 처리가 어려움",
        "해당 부지가 사유지로 공공시설 설치를 위한 부지 확보가 불가능함",
        "예산 및 사업 우선순위 검토 결과 금년도 반영이 어려움",
    ]
    static let remedy = "처분이 있음을 안 날부터 90일 이내 행정심판 또는 행정소송 청구 가능"
    static let extensionReason = "관계 부서 및 유관기관 협의와 현장 확인에 추가 기간이 필요함"
    static let consultationTopic = "소관 부서 간 업무 범위 및 처리 방안 실무 협의"
    static let agencies = ["국토교통부 수도권광역교통청", "인천지방경찰청", "한국토지주택공사 인천지역본부", "인천교육청"]

    /// The public holidays of the years the generator publishes (from Fixtures/calendar).
    static let holidays: [Int: [(String, String)]] = [
        2018: [("2018-01-01", "1월 1일"), ("2018-02-15", "설날 전날"), ("2018-02-16", "설날"),
               ("2018-02-17", "설날 다음 날"), ("2018-03-01", "삼일절"), ("2018-05-05", "어린이날"),
               ("2018-05-07", "대체공휴일 (어린이날)"), ("2018-05-22", "부처님 오신 날"), ("2018-06-06", "현충일"),
               ("2018-06-13", "제7회 전국동시지방선거일"), ("2018-08-15", "광복절"), ("2018-09-23", "추석 전날"),
               ("2018-09-24", "추석"), ("2018-09-25", "추석 다음 날"), ("2018-09-26", "대체공휴일 (추석)"),
               ("2018-10-03", "개천절"), ("2018-10-09", "한글날"), ("2018-12-25", "기독탄신일")],
        2019: [("2019-01-01", "1월 1일"), ("2019-02-04", "설날 전날"), ("2019-02-05", "설날"),
               ("2019-02-06", "설날 다음 날"), ("2019-03-01", "삼일절"), ("2019-05-05", "어린이날"),
               ("2019-05-06", "대체공휴일 (어린이날)"), ("2019-05-12", "부처님 오신 날"), ("2019-06-06", "현충일"),
               ("2019-08-15", "광복절"), ("2019-09-12", "추석 전날"), ("2019-09-13", "추석"),
               ("2019-09-14", "추석 다음 날"), ("2019-10-03", "개천절"), ("2019-10-09", "한글날"),
               ("2019-12-25", "기독탄신일")],
    ]

    /// The publication of a year's holidays, for the years the bench knows.
    static func publication(year: Int) -> HolidaysPublished? {
        guard let known = self.holidays[year] else { return nil }
        let holidays = known.compactMap { date, name in
            (try? LocalDate(date)).map { Holiday(date: $0, name: name) }
        }
        return HolidaysPublished(year: year, holidays: holidays,
                                 source: "관공서의 공휴일에 관한 규정 (대통령령) and announcements; compiled for Sotong")
    }
}
