import Foundation
import SotongCore
import SotongDomain
import Testing

@Suite struct InterchangeTests {
    let now = RFC3339.date(from: "2018-12-31T09:00:00Z")!

    func line(_ id: Int, type: String, payload: String, at: String = "2018-07-02T01:00:00.000Z",
              actor: String = "import:test", stream: String? = nil) -> String {
        let streamPart = stream.map { #""stream":"\#($0)","# } ?? ""
        return #"{"id":"00000000-0000-4000-8000-\#(String(format: "%012d", id))",\#(streamPart)"type":"\#(type)","schemaVersion":1,"occurredAt":"\#(at)","metadata":{"actor":"\#(actor)"},"payload":\#(payload)}"#
    }

    var scheme: String {
        #"{"year":2018,"areas":[{"area":"internal","items":[{"item":"communication-plan","weight":15,"maximum":10},{"item":"training-participation","weight":15,"maximum":10},{"item":"policy-customer-management","weight":15,"maximum":10},{"item":"system-improvement","weight":15,"maximum":10},{"item":"communication-management","weight":10,"maximum":10}]},{"area":"external","items":[{"item":"petition-handling","weight":15,"maximum":10},{"item":"field-communication","weight":15,"maximum":10}]}]}"#
    }

    var head: String {
        #"{"year":2018,"head":"head-transport","department":"transport-policy","title":"교통정책과장","grade":4}"#
    }

    func importer(_ store: InMemoryEventStore) -> Importer { Importer(store: store, clock: .fixed(now)) }

    @Test func importsValidLinesInOrderAndIsIdempotent() async throws {
        let store = InMemoryEventStore(clock: .fixed(now))
        let document = [
            line(1, type: "evaluation.scheme-adopted", payload: scheme, stream: "evaluation-2018"),
            "",
            line(2, type: "evaluation.head-registered", payload: head),
        ].joined(separator: "\n") + "\n"
        let report = try await importer(store).run(lines: Data(document.utf8))
        #expect(report.problems == [])
        #expect(report.appended == 2)
        #expect(report.blank == 1)
        let events = try await store.readAll().collect()
        #expect(events.map(\.type) == ["evaluation.scheme-adopted", "evaluation.head-registered"])
        #expect(events.map(\.stream) == ["evaluation-2018", "evaluation-2018"])
        #expect(events[0].metadata.actor == "import:test")
        #expect(events[0].occurredAt == RFC3339.date(from: "2018-07-02T01:00:00Z"))

        let again = try await importer(store).run(lines: Data(document.utf8))
        #expect(again.appended == 0)
        #expect(again.alreadyStored == 2)
        #expect(await store.head().position == 2)
    }

    @Test func reportsEveryBadLineAndAppendsNothing() async throws {
        let store = InMemoryEventStore(clock: .fixed(now))
        let document = [
            line(1, type: "evaluation.scheme-adopted", payload: scheme),
            "{not json",
            line(3, type: "evaluation.unknown", payload: "{}"),
            line(4, type: "evaluation.head-registered", payload: head.replacingOccurrences(of: #""grade":4"#, with: #""grade":5"#)),
            line(5, type: "evaluation.head-registered", payload: head.replacingOccurrences(of: "}", with: #","colour":"red"}"#)),
            line(6, type: "evaluation.head-registered", payload: head, stream: "evaluation-2019"),
            line(7, type: "evaluation.head-registered", payload: head, actor: " "),
            line(1, type: "evaluation.head-registered", payload: head),
            line(9, type: "evaluation.head-registered", payload: head, at: "2018-02-30T00:00:00Z"),
        ].joined(separator: "\n")
        let report = try await importer(store).run(lines: Data(document.utf8))
        #expect(report.appended == 0)
        #expect(await store.head() == .empty)
        let found = report.problems.map { "\($0.line) \($0.field)" }
        #expect(found == ["2 (line)", "3 type", "4 payload.grade", "5 payload.colour", "6 stream", "7 metadata.actor",
                          "8 id", "9 occurredAt"])
        #expect(report.problems[2].reason.contains("evaluation.grade-not-4"))
    }

    @Test func refusesInvalidUTF8AndHugeLines() async throws {
        let store = InMemoryEventStore(clock: .fixed(now))
        var document = Data([0xFF, 0xFE, 0x7B, 0x0A])
        document.append(Data(String(repeating: "x", count: Importer.maximumLineLength + 1).utf8))
        let report = try await importer(store).run(lines: document)
        #expect(report.problems.map(\.description) == [
            "line 1: (line): is not valid UTF-8",
            "line 2: (line): is longer than 1048576 bytes",
        ])
    }

    /// An over-long line is skipped without being held, and the lines after it are read; an endless
    /// one (`/dev/zero`) stops the reading after `maximumSkip` bytes.
    @Test func overLongLinesAreSkippedWithoutBeingHeld() throws {
        var document = Data(#"{"a":1}"#.utf8 + [0x0A])
        document.append(Data(repeating: 0, count: 3 * 1_000))
        document.append(Data("\nnext\n".utf8))
        document.append(Data(repeating: 0, count: 200 * 1_000))
        document.append(Data("\nnever read\n".utf8))
        var reader = LineReader(data: document, limit: 1_000)
        #expect(try reader.next() == .bytes(Data(#"{"a":1}"#.utf8)))
        #expect(try reader.next() == .tooLong)
        #expect(try reader.next() == .bytes(Data("next".utf8)))
        #expect(!reader.isStopped)
        #expect(try reader.next() == .tooLong)
        #expect(reader.lineNumber == 4)
        #expect(reader.isStopped)
        #expect(try reader.next() == nil)
    }

    /// Lines end at `\n` or `\r\n`; a last line without a line end is read; a line of exactly the
    /// limit is kept.
    @Test func linesAreSplitAsJSONLinesSays() throws {
        let long = Data(repeating: UInt8(ascii: "x"), count: 100)
        var document = Data("a\r\n\nb\n".utf8)
        document.append(long)
        var reader = LineReader(data: document, limit: 100)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        #expect(lines == [.bytes(Data("a".utf8)), .bytes(Data()), .bytes(Data("b".utf8)), .bytes(long)])
    }

    @Test func exportRoundTripsIntoTheSameEvents() async throws {
        let source = InMemoryEventStore(clock: .fixed(now))
        let document = [line(1, type: "evaluation.scheme-adopted", payload: scheme),
                        line(2, type: "evaluation.head-registered", payload: head)].joined(separator: "\n")
        _ = try await importer(source).run(lines: Data(document.utf8))
        let exported = try await Exporter(store: source).data()
        let target = InMemoryEventStore(clock: .fixed(now.addingTimeInterval(60)))
        let report = try await Importer(store: target, clock: .fixed(now)).run(lines: exported)
        #expect(report.appended == 2)
        let a = try await source.readAll().collect()
        let b = try await target.readAll().collect()
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a.map(\.payload) == b.map(\.payload))
        #expect(a.map(\.metadata) == b.map(\.metadata))
        #expect(a.map(\.occurredAt) == b.map(\.occurredAt))
        #expect(a.map(\.stream) == b.map(\.stream))
        #expect(try await Exporter(store: target).data().count == exported.count)
    }
}
