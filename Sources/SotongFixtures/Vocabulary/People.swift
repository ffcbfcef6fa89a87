import Foundation
import SotongDomain

/// Invented petitioners: names from invented syllable combinations, phone numbers in the
/// never-issued `010-0000-xxxx` range, addresses on invented streets (예시로, 가상길…). No real person.
enum People {
    private static let familyNames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"]
    private static let syllables = ["가", "온", "누", "리", "하", "람", "서", "율", "도", "빈", "새", "결", "아", "로", "다", "은",
                                    "솔", "미", "주", "현", "예", "린", "보", "담"]
    private static let streets = ["예시로", "가상길", "보기로", "샘플대로", "연습길", "본보기로"]

    /// An invented petitioner, data subject `subject`, living in `district`.
    static func petitioner(subject: SubjectID, district: District, random: SeededRandom) -> Petitioner {
        let name = random.pick(familyNames) + random.pick(syllables) + random.pick(syllables)
        let phone = "010-0000-" + String(format: "%04d", random.int(0...9999))
        let address = "인천광역시 \(district.koreanLabel) \(random.pick(streets)) \(random.int(1...99))번길 \(random.int(1...60))"
        return Petitioner(subject: subject, name: Personal(name), phone: Personal(phone),
                          address: random.chance(0.8) ? Personal(address) : nil)
    }

    /// Districts weighted roughly by population, for petitions.
    static let districtWeights: [(District, Int)] = [
        (.jung, 6), (.dong, 4), (.nam, 12), (.yeonsu, 10), (.namdong, 15), (.bupyeong, 16), (.gyeyang, 9),
        (.seo, 15), (.ganghwa, 3), (.ongjin, 2),
    ]
}

/// The words petitions are handled with: reasons, remedies, topics, card notes.
enum PetitionTexts {
    static let refusalReasons = [
        "사유지로 시 예산 투입이 불가함", "관계 법령상 허가 요건을 충족하지 않음", "국가 사무로 시 권한 밖의 사항임",
        "이미 확정된 도시계획에 반하여 수용이 어려움", "한정된 예산으로 연내 반영이 어려움", "관할 구청 소관 사무로 시 처리 불가",
    ]
    static let remedies = [
        "처분이 있음을 안 날부터 90일 이내 행정심판 청구 가능", "국민권익위원회 고충민원 신청 가능",
        "관할 구청에 재신청 가능", "내년도 예산 편성 시 재건의 가능",
    ]
    static let extensionReasons = [
        "관계기관 현장 확인이 필요함", "예산 확보 여부 검토가 필요함", "관련 부서 간 협의가 필요함",
        "법령 해석에 대한 질의 회신 대기",
    ]
    static let cardNotes = [
        "처리결과에 대한 민원인 만족 여부 전화 확인", "후속 보수공사 완료 여부 3개월 후 확인 예정",
        "유사 민원 사례집 수록 대상으로 분류", "관련 부서 후속조치 계획 접수",
    ]
    static let reviewNotes = ["예산 확보 후 재검토", "관계기관 협의 결과에 따라 재검토", "용역 결과 확인 후 재검토"]

    /// A topic for a consultation between departments on `subject`.
    static func consultationTopic(_ subject: String) -> String {
        "\(subject) 관련 소관 조정 및 처리방안 협의"
    }
}
