extension OfficeCatalog {
    /// The budget and plan programme: annual budgets and the plan's goals, strategies, tasks and projects.
    public static let planEventTypes: [any OfficeEvent.Type] = [
        AnnualBudgetSet.self,
        PlanGoalRegistered.self,
        PlanStrategyRegistered.self,
        PlanTaskRegistered.self,
        PlanProjectRegistered.self,
    ]
}
