extension OfficeCatalog {
    /// Citizen participation (시민참여): the network, academy, forums, advisory and monitor groups,
    /// tours, field communication days and one-day field petition offices.
    public static let participationEventTypes: [any OfficeEvent.Type] = [
        NetworkMemberJoined.self,
        NetworkMemberLeft.self,
        NetworkAgendaRegistered.self,
        NetworkMeetingHeld.self,
        NetworkTaskProgressRecorded.self,
        AcademySessionHeld.self,
        ForumHeld.self,
        ForumProposalCollected.self,
        ForumProposalReflected.self,
        ForumProposalDeclined.self,
        AdvisoryCohortFormed.self,
        AdvisoryMemberAppointed.self,
        AdvisoryTermEnded.self,
        MonitorMemberJoined.self,
        MonitorMemberLeft.self,
        MonitorReportFiled.self,
        TourHeld.self,
        FieldDayHeld.self,
        FieldOfficeHeld.self,
    ]
}
