extension OfficeCatalog {
    /// The direct-petition programme (직소민원): every event type, in the order a petition meets them.
    public static let petitionsEventTypes: [any OfficeEvent.Type] = [
        PetitionReceived.self,
        PetitionAssigned.self,
        PetitionTransferred.self,
        PetitionConsultationHeld.self,
        PetitionMayorMeetingHeld.self,
        PetitionOutreachMeetingHeld.self,
        PetitionExtensionGranted.self,
        PetitionNoticeSent.self,
        PetitionOutcomeRecorded.self,
        PetitionCardUpdated.self,
        PetitionReopened.self,
        PetitionClosedAsRepeat.self,
    ]
}
