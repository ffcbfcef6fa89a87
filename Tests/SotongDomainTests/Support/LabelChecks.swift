import SotongDomain
import Testing

/// What an import line or a CLI argument relies on when it names a value in Korean: each value's
/// label and code parse back to that value, and no two values share a label. (The labels
/// themselves are the plan's, checked once, against the fixture, in `CivicGoldenTests`.)
func expectLabelsNameTheirValues<Value: KoreanLabelled>(
    _ type: Value.Type, sourceLocation: SourceLocation = #_sourceLocation
) {
    for value in Value.allCases {
        #expect(!value.koreanLabel.isEmpty, "\(value)", sourceLocation: sourceLocation)
        #expect(Value.parse(value.koreanLabel) == value, "\(value.koreanLabel)", sourceLocation: sourceLocation)
        #expect(Value.parse(value.rawValue) == value, "\(value.rawValue)", sourceLocation: sourceLocation)
    }
    #expect(Set(Value.allCases.map(\.koreanLabel)).count == Value.allCases.count, "two values share a label",
            sourceLocation: sourceLocation)
}
