extension OfficeCatalog {
    /// Conflict management (갈등관리): the expert pool, conflict cases, mediation and training.
    public static let conflictEventTypes: [any OfficeEvent.Type] = [
        ExpertRegistered.self,
        ExpertWithdrawn.self,
        ConflictRegistered.self,
        ConflictDiagnosed.self,
        ConflictResponsePlanAdopted.self,
        ConflictMediationConvened.self,
        ConflictCouncilFormed.self,
        ConflictCouncilMet.self,
        ConflictMediationConcluded.self,
        ConflictTrainingHeld.self,
    ]
}
