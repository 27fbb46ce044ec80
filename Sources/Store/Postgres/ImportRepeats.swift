import Guidance

/// The repeat flags of the owner's import's own contacts, known before each contact's row is written, so that no row is
/// written twice (v24: `refresh_repeats`' UPDATE after the COPY rewrote every flagged row and left its dead version).
/// `neuvo.refresh_repeats`' rule over the import's rows: a contact has a repeat when a contact of the same client at
/// most the window later, strictly, shares a topic with it. A contact a later row could still flag waits until the file
/// has gone past its window, so a file in time order holds back only its last window's contacts of clients; a row out
/// of time order that flags a contact already written leaves it in `late`, for the import to set. The contacts the
/// clients had before the import are `neuvo.import_repeats`' part.
struct ImportRepeats {
    private struct Entry {
        let instant: Int64
        let topics: [String]
        let id: String
        var hasRepeat: Bool
        var written = false
    }

    private let window: Int64
    /// The contacts that name a client (the only ones that can repeat or be repeated), by client.
    private var clients: [String: [Entry]] = [:]
    /// The contacts not yet written, in the file's order; `slot` is a client's contact's place in `clients`.
    private var waiting: [(id: String, contact: Contact, slot: Int?)] = []
    /// The latest time of any contact read so far.
    private var latest = Int64.min
    /// The ids of contacts written without a repeat that a later row gave one.
    private(set) var late: [String] = []

    init(windowSeconds: Int64) {
        window = windowSeconds
    }

    mutating func add(id: String, _ contact: Contact) {
        let instant = contact.occurredAt.instant
        latest = max(latest, instant)
        guard let ref = contact.clientRef else {
            waiting.append((id, contact, nil))
            return
        }
        let slot = Self.add(Entry(instant: instant, topics: contact.topics, id: id, hasRepeat: false), to: &clients[ref, default: []], window, &late)
        waiting.append((id, contact, slot))
    }

    /// Adds `new` to its client's contacts, flagging those it repeats and itself when one of them repeats it; its place.
    private static func add(_ new: Entry, to entries: inout [Entry], _ window: Int64, _ late: inout [String]) -> Int {
        var new = new
        for i in entries.indices {
            let other = entries[i]
            if other.instant < new.instant && new.instant <= other.instant + window && !other.hasRepeat && shareATopic(other.topics, new.topics) {
                entries[i].hasRepeat = true
                if other.written { late.append(other.id) }
            }
            if new.instant < other.instant && other.instant <= new.instant + window && !new.hasRepeat && shareATopic(other.topics, new.topics) {
                new.hasRepeat = true
            }
        }
        entries.append(new)
        return entries.count - 1
    }

    private static func shareATopic(_ a: [String], _ b: [String]) -> Bool {
        a.contains { b.contains($0) }
    }

    /// The contacts whose flag no row to come can change (every one left, at the file's end), in the file's order, each
    /// with its flag; the rest wait.
    mutating func settled(all: Bool) -> [(id: String, contact: Contact, hasRepeat: Bool)] {
        var ready: [(id: String, contact: Contact, hasRepeat: Bool)] = []
        var still: [(id: String, contact: Contact, slot: Int?)] = []
        for item in waiting {
            guard let slot = item.slot, let ref = item.contact.clientRef else {
                ready.append((item.id, item.contact, false))
                continue
            }
            let entry = clients[ref]![slot]
            if all || entry.hasRepeat || entry.instant + window < latest {
                clients[ref]![slot].written = true
                ready.append((item.id, item.contact, entry.hasRepeat))
            } else {
                still.append(item)
            }
        }
        waiting = still
        return ready
    }
}
