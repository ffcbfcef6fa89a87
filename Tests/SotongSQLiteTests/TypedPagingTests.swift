import Foundation
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

/// Pages filtered by type come from one index range per type, merged by position
/// (Docs/Performance.md): they must give exactly the filtered log, in order, across page boundaries.
@Suite("Reading pages of some types") struct TypedPagingTests {
    @Test func typedPagesAreTheFilteredLogInOrder() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteEventStore(path: folder.path("log.sqlite"))
        let types = ["a.one", "b.two", "c.three", "d.four"]
        var random = SystemRandomNumberGenerator()
        for round in 0..<12 {
            let events = (0..<Int.random(in: 1...9, using: &random)).map { index in
                SampleEvents.batch(1, from: round * 10 + index + 1, type: types.randomElement(using: &random)!)[0]
            }
            try await store.append(events, to: StreamID("s-\(round % 3)"), expecting: .any)
        }
        let all = try await store.readAll().collect()
        for chosen in [["a.one"], ["b.two", "d.four"], types, ["c.three", "absent"]] {
            let expected = all.filter { chosen.contains($0.type) }
            for pageSize in [1, 2, 3, 7, 1_000] {
                let read = try await store.readAll(types: Set(chosen), pageSize: pageSize).collect()
                #expect(read == expected, "types \(chosen), pages of \(pageSize)")
            }
            for after in [0, 5, 17, Int64(all.count)] {
                let page = try await store.readPage(after: after, limit: 4, types: Set(chosen))
                #expect(page == Array(expected.filter { $0.position > after }.prefix(4)))
            }
        }
    }
}
