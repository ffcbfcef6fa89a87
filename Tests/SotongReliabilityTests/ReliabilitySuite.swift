import Testing

/// The reliability suite (Docs/Reliability.md). Serialized: its tests time processes and kills,
/// and share two cores with each other; run one at a time they neither slow nor disturb each other.
@Suite("Reliability", .serialized) struct Reliability {}
