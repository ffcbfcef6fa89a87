import Crypto
import Foundation
import SotongDomain

/// Seals the synthetic petitioners' personal fields as the office's log holds them (AES-GCM, the
/// stored form of `SealedValue`), but reproducibly: the subject's key is derived from the seed and
/// the subject, the nonce from the event id and field. A seed therefore gives the same bytes on
/// every run, and the benchmarked log carries sealed values of the real size, never plaintext.
struct BenchSealing {
    let seed: UInt64

    /// The subject's key: SHA-256 of the seed and the subject id.
    func key(for subject: SubjectID) -> Data {
        var hasher = SHA256()
        withUnsafeBytes(of: seed.littleEndian) { hasher.update(bufferPointer: $0) }
        hasher.update(data: Data(subject.rawValue.utf8))
        return Data(hasher.finalize())
    }

    /// `plaintext` sealed for one field of one event, as a `Personal` value.
    func seal(_ plaintext: String, subject: SubjectID, eventID: UUID, field: String) throws -> Personal {
        let nonce = Data(SHA256.hash(data: Data("\(eventID.uuidString)/\(field)".utf8)).prefix(12))
        return try Personal(sealed: SealedValue.seal(plaintext, key: key(for: subject), eventID: eventID,
                                                     field: field, nonce: nonce))
    }

    /// A petitioner with every personal field sealed (`sealed`) or in plaintext (for checking the
    /// generator's events against the office's rules, which read plaintext).
    func petitioner(subject: SubjectID, name: String, phone: String, address: String, eventID: UUID, sealed: Bool)
        throws -> Petitioner
    {
        guard sealed else {
            return Petitioner(subject: subject, name: Personal(name), phone: Personal(phone), address: Personal(address))
        }
        return Petitioner(subject: subject,
                          name: try seal(name, subject: subject, eventID: eventID, field: "petitioner.name"),
                          phone: try seal(phone, subject: subject, eventID: eventID, field: "petitioner.phone"),
                          address: try seal(address, subject: subject, eventID: eventID, field: "petitioner.address"))
    }
}
