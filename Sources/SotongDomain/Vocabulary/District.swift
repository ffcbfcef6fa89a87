/// Incheon's ten districts (구·군), in the plan's order.
///
/// ```swift
/// District.jung.koreanLabel                // "중구"
/// District.parse("중구")            // .jung, as District.parse("jung-gu")
/// ```
public enum District: String, KoreanLabelled {
    /// 중구.
    case jung = "jung-gu"
    /// 동구.
    case dong = "dong-gu"
    /// 남구.
    case nam = "nam-gu"
    /// 연수구.
    case yeonsu = "yeonsu-gu"
    /// 남동구.
    case namdong = "namdong-gu"
    /// 부평구.
    case bupyeong = "bupyeong-gu"
    /// 계양구.
    case gyeyang = "gyeyang-gu"
    /// 서구.
    case seo = "seo-gu"
    /// 강화군.
    case ganghwa = "ganghwa-gun"
    /// 옹진군.
    case ongjin = "ongjin-gun"

    /// The plan's Korean label.
    public var koreanLabel: String {
        switch self {
        case .jung: "중구"
        case .dong: "동구"
        case .nam: "남구"
        case .yeonsu: "연수구"
        case .namdong: "남동구"
        case .bupyeong: "부평구"
        case .gyeyang: "계양구"
        case .seo: "서구"
        case .ganghwa: "강화군"
        case .ongjin: "옹진군"
        }
    }
}
