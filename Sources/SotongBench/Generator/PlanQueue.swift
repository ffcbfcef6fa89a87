/// One event the generator has planned but not emitted: when it happens, a tie-breaking order
/// (the order it was planned in, so one petition's steps keep their sequence) and what it is.
/// Small on purpose: the queue holds every planned step of every open petition.
struct PlannedEvent {
    /// Milliseconds since 1970 (the store's unit).
    var time: Int64
    var order: UInt64
    var item: PlanItem
}

/// What a planned event is: a step of one petition, or an event of the office.
enum PlanItem {
    /// `key` is year × 10,000,000 + the petition's number in that year.
    case petition(key: Int64, step: PetitionStep)
    case office(OfficeItem)
}

/// A binary min-heap of planned events by (time, order).
struct PlanQueue {
    private var items: [PlannedEvent] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    var first: PlannedEvent? { items.first }

    private static func before(_ a: PlannedEvent, _ b: PlannedEvent) -> Bool {
        a.time != b.time ? a.time < b.time : a.order < b.order
    }

    mutating func push(_ event: PlannedEvent) {
        items.append(event)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> PlannedEvent? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, Self.before(items[left], items[smallest]) { smallest = left }
            if right < items.count, Self.before(items[right], items[smallest]) { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
