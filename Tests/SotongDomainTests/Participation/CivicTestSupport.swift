import Foundation
import SotongCore
import SotongDomain
import Testing

/// Helpers for the conflict and participation tests.
extension Scenario {
    /// Expects a refusal by `rule`, that the rule is published in the type's `rules`, and that the
    /// error names `field` when one is given.
    func expectCivicRefusal<Event: OfficeEvent>(
        _ event: Event, on occurredAt: Date, rule: String, field: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await expectRefused(event, on: occurredAt, rule: rule, sourceLocation: sourceLocation)
        #expect(Event.rules.contains { $0.hasPrefix(rule + ":") }, "\(rule) is not listed in \(Event.eventType)'s rules",
                sourceLocation: sourceLocation)
        if let field {
            do {
                try await office.record(event, context: context(occurredAt))
            } catch let error as DomainError {
                #expect(error.field == field, "\(error)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Records several events in one transaction, each on its own date.
    func givenAll(_ items: [(any OfficeEvent, Date)]) async throws {
        _ = try await office.record(items.map { ($0.0, context($0.1)) })
    }

    /// The types of the events in a stream, oldest first.
    func types(in stream: StreamID) async throws -> [String] {
        try await store.readStream(stream).map(\.type)
    }
}

/// An event whose values alone are invalid, with the refusal it must meet.
struct InvalidValueCase: Sendable, CustomTestStringConvertible {
    let event: any OfficeEvent
    let rule: String
    let field: String

    var testDescription: String { "\(type(of: event).eventType) \(field)" }

    /// Records the event on an empty store and checks the refusal, its field and its listing.
    func verify(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let scenario = Scenario()
        try await refuse(event, in: scenario, sourceLocation: sourceLocation)
    }

    private func refuse<Event: OfficeEvent>(_ event: Event, in scenario: Scenario,
                                            sourceLocation: SourceLocation) async throws {
        try await scenario.expectCivicRefusal(event, on: Scenario.at("2018-05-10"), rule: rule, field: field,
                                              sourceLocation: sourceLocation)
    }
}

/// Text of `count` characters.
func civicText(_ count: Int) -> String { String(repeating: "가", count: count) }
