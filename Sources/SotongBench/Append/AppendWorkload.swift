import Foundation
import SotongCore
import SotongDomain

/// The append workloads' events: realistic petition events (about 300-byte canonical JSON payloads,
/// full metadata: actor, correlation and causation ids, legal basis) spread at random over a fixed
/// number of streams, each append expecting the stream's exact version as a careful appender does.
/// The store checks no domain rule, so the events need not make sense as petitions.
struct AppendWorkload {
    let streams: Int
    let seed: UInt64
    /// Random ids (version 4, seeded) instead of the library's default, time-ordered ones (version 7
    /// layout), for comparison: random ids insert at random places in the store's id index.
    let randomIDs: Bool
    private var random: BenchRandom
    private var versions: [Int64]
    private var serial: UInt64 = 0

    init(streams: Int, seed: UInt64, randomIDs: Bool = false) {
        self.streams = streams
        self.seed = seed
        self.randomIDs = randomIDs
        random = BenchRandom(seed: BenchRandom.mix(seed ^ 0xA99E_0D))
        versions = Array(repeating: 0, count: streams)
    }

    /// The next `count` events as stream batches (consecutive events of one stream share a batch).
    mutating func next(_ count: Int) throws -> [StreamBatch] {
        var batches: [StreamBatch] = []
        for _ in 0..<count {
            let stream = random.below(streams)
            let data = try event(stream: stream, version: versions[stream] + 1)
            let id = Self.stream(stream)
            if batches.last?.stream == id {
                batches[batches.count - 1].events.append(data)
            } else {
                let expected: ExpectedVersion = versions[stream] == 0 ? .noStream : .exact(versions[stream])
                batches.append(StreamBatch(stream: id, events: [data], expected: expected))
            }
            versions[stream] += 1
        }
        return batches
    }

    static func stream(_ index: Int) -> StreamID {
        let number = String(index + 1)
        return StreamID("petition-2018-\(String(repeating: "0", count: max(0, 7 - number.count)))\(number)")
    }

    private mutating func event(stream: Int, version: Int64) throws -> EventData {
        serial += 1
        let key = Int64(2018 * 10_000_000 + stream + 1)
        let traits = PetitionTraits(seed: seed, key: key)
        let occurredAt = BenchDays.date(BenchDays.epochMilliseconds + Int64(serial) * 1_000)
        let metadata = EventMetadata(
            actor: "clerk:petition-desk-\(stream % 8 + 1)",
            correlationID: BenchRandom.uuid(seed: seed, UInt64(key), .max),
            causationID: BenchRandom.uuid(seed: seed, UInt64(key), 0),
            reason: "민원 처리에 관한 법률 제27조 (처리결과의 통지)")
        // The id a caller gets by default (`EventData`'s, `RecordContext`'s), or a seeded random one.
        let id = randomIDs ? BenchRandom.uuid(seed: seed, 0xA99E_0D00, serial) : TimeOrderedID.next()
        if version == 1 {
            let district = BenchVocabulary.districts[traits.district]
            let received = PetitionReceived(
                petitionID: traits.petitionID, channel: .online, kind: traits.kind,
                subject: BenchVocabulary.subjects[traits.subject], district: district,
                department: BenchVocabulary.departments[traits.department].id,
                petitioner: try BenchSealing(seed: seed).petitioner(
                    subject: SubjectID("subject-\(traits.petitionID)"),
                    name: BenchVocabulary.surnames[traits.name.0] + BenchVocabulary.givenNames[traits.name.1],
                    phone: "010-\(1000 + traits.phone % 9000)-\(1000 + traits.phone / 9000 % 9000)",
                    address: "인천광역시 \(district.koreanLabel) \(BenchVocabulary.streets[traits.address.0]) "
                        + "\(traits.address.1)번길",
                    eventID: id, sealed: true))
            return try EventData(received, id: id, occurredAt: occurredAt, metadata: metadata)
        }
        let outcome = PetitionOutcomeRecorded(
            petitionID: traits.petitionID, outcome: .notPossible,
            reason: BenchVocabulary.refusalReasons[Int(serial % 3)], remedy: BenchVocabulary.remedy)
        return try EventData(outcome, id: id, occurredAt: occurredAt, metadata: metadata)
    }
}
