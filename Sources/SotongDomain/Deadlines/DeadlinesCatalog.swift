extension OfficeCatalog {
    /// Statutory deadlines: the holiday calendar they skip.
    public static let deadlinesEventTypes: [any OfficeEvent.Type] = [
        HolidaysPublished.self,
    ]
}
