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
        var hasRepeat = false
        var written = false
    }

    private let window: Int64
    /// The contacts that name a client (the only ones that can repeat or be repeated), in the order read.
    private var entries: [Entry] = []
    /// Their places in `entries`, by client.
    private var places: [String: [Int]] = [:]
    /// The latest time of any contact read so far (every time once the file is read).
    private var latest = Int64.min
    /// The ids of contacts written without a repeat that a later row gave one.
    private(set) var late: [String] = []

    init(windowSeconds: Int64) {
        window = windowSeconds
    }

    /// A contact read from the file: its place, nil when it names no client (it has no repeat).
    mutating func add(id: String, _ contact: Contact) -> Int? {
        let instant = contact.occurredAt.instant
        latest = max(latest, instant)
        guard let ref = contact.clientRef else { return nil }
        var new = Entry(instant: instant, topics: contact.topics, id: id)
        for i in places[ref, default: []] {
            let other = entries[i]
            if !other.hasRepeat && other.instant < instant && instant <= other.instant + window && Self.shareATopic(other.topics, new.topics) {
                entries[i].hasRepeat = true
                if other.written { late.append(other.id) }
            }
            if !new.hasRepeat && instant < other.instant && other.instant <= instant + window && Self.shareATopic(other.topics, new.topics) {
                new.hasRepeat = true
            }
        }
        entries.append(new)
        places[ref, default: []].append(entries.count - 1)
        return entries.count - 1
    }

    private static func shareATopic(_ a: [String], _ b: [String]) -> Bool {
        a.contains { b.contains($0) }
    }

    /// The clients the import names, each once, in order.
    var clients: [String] { places.keys.sorted() }

    /// The file is read: no contact waits any longer.
    mutating func finish() {
        latest = .max
    }

    /// Whether a row still to come could give the contact at `place` a repeat.
    func waits(_ place: Int) -> Bool {
        !entries[place].hasRepeat && entries[place].instant + window >= latest
    }

    /// The contact at `place` is written: its flag.
    mutating func written(_ place: Int) -> Bool {
        entries[place].written = true
        return entries[place].hasRepeat
    }
}
