extension OfficeCatalog {
    /// The indicators programme: indicators (세부지표), their targets and historical actuals.
    public static let indicatorEventTypes: [any OfficeEvent.Type] = [
        IndicatorDefined.self,
        IndicatorTargetSet.self,
        IndicatorHistoricalActualRecorded.self,
    ]
}
