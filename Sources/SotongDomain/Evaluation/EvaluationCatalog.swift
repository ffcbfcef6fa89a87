extension OfficeCatalog {
    /// The communication performance evaluation (소통활동 성과평가), in catalog order.
    public static let evaluationEventTypes: [any OfficeEvent.Type] = [
        EvaluationSchemeAdopted.self,
        EvaluationHeadRegistered.self,
        EvaluationScored.self,
        EvaluationScoreCorrected.self,
        EvaluationRoundCompleted.self,
    ]
}
