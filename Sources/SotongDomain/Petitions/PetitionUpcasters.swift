package import SotongCore

extension OfficeCatalog {
    /// Registers the upcasters of petition events: `petition.received` version 1 → 2.
    ///
    /// Version 1 carried the petitioner flat (`petitionerName`, optional `petitionerPhone`, no address and
    /// no data-subject id). Version 2 nests them under `petitioner`; the subject id of an upcast payload is
    /// `"subject-" + petitionID`.
    package static func registerPetitionUpcasters(in registry: inout EventRegistry) {
        registry.registerUpcaster(for: PetitionReceived.eventType, from: 1) { try upcastPetitionReceivedV1($0) }
    }

    /// Turns a version-1 `petition.received` payload into version 2.
    static func upcastPetitionReceivedV1(_ old: JSONValue) throws -> JSONValue {
        guard case .object(var members) = old else {
            throw PayloadError(field: "(payload)", reason: "should be an object")
        }
        guard case .string(let petitionID)? = members["petitionID"] else {
            throw PayloadError(field: "petitionID", reason: "is missing")
        }
        guard let name = members.removeValue(forKey: "petitionerName") else {
            throw PayloadError(field: "petitionerName", reason: "is missing")
        }
        var petitioner: [String: JSONValue] = ["subject": .string("subject-" + petitionID), "name": name]
        if let phone = members.removeValue(forKey: "petitionerPhone"), phone != .null {
            petitioner["phone"] = phone
        }
        members["petitioner"] = .object(petitioner)
        return .object(members)
    }
}
