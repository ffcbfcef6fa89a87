extension OfficeCatalog {
    /// The organisation programme: teams, quotas and staff (인력 현황), in catalog order.
    public static let organisationEventTypes: [any OfficeEvent.Type] = [
        TeamEstablished.self,
        TeamQuotaSet.self,
        StaffAssigned.self,
        StaffTransferred.self,
        StaffLeft.self,
        StaffTrainingDispatched.self,
        StaffTrainingReturned.self,
    ]
}
