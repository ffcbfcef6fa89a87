/// Incheon's ten districts (구·군), in the plan's order.
///
/// ```swift
/// District.jung.koreanLabel                // "중구"
/// District.parse("중구")            // .jung, as District.parse("jung-gu")
/// ```
public enum District: String, KoreanLabelled {
    case jung = "jung-gu"
    case dong = "dong-gu"
    case nam = "nam-gu"
    case yeonsu = "yeonsu-gu"
    case namdong = "namdong-gu"
    case bupyeong = "bupyeong-gu"
    case gyeyang = "gyeyang-gu"
    case seo = "seo-gu"
    case ganghwa = "ganghwa-gun"
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
