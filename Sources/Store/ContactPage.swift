import Guidance

/// A contact's place in the list behind a figure, which is in the order (day, instant, id): unique, stable, and
/// the time order (a contact's day is its date as written, which never goes back as time goes on).
public struct ContactKey: Equatable, Sendable {
    public let day: CivilDate
    public let instant: Int64
    public let id: Int64

    public init(day: CivilDate, instant: Int64, id: Int64) {
        self.day = day
        self.instant = instant
        self.id = id
    }

    public init(_ logged: LoggedContact) {
        self.init(day: logged.contact.occurredAt.date, instant: logged.contact.occurredAt.instant, id: logged.id)
    }
}

/// Where a page of a list starts: keyset pagination ("after this key, N rows"), never an offset.
public enum PageStart<Key: Equatable & Sendable>: Equatable, Sendable {
    /// The list's first rows.
    case first
    /// The rows right after this one.
    case after(Key)
    /// The rows right before this one (given in the list's order).
    case before(Key)
    /// The list's last rows.
    case last
}

/// One page of the list behind a figure: the rows `start` asked for (at most the page's limit, in the list's order)
/// and, when asked, how many the whole list has.
public struct RecordPage<Record: Sendable, Key: Equatable & Sendable>: Sendable {
    public let start: PageStart<Key>
    public let records: [Record]
    public let total: Int?

    public init(start: PageStart<Key>, records: [Record], total: Int?) {
        self.start = start
        self.records = records
        self.total = total
    }
}

public typealias ContactPage = RecordPage<LoggedContact, ContactKey>

extension ContactLog {
    /// The most rows one page holds; a longer page is refused (`StoreError.pageTooLong` on SQLite, 22023 on PostgreSQL).
    public static var pageLimit: Int { 500 }

    /// Every contact behind the figure, page after page (the tests' and the bench's whole list; the screen reads a
    /// page at a time).
    public func contacts(from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, by actor: Actor) throws -> [LoggedContact] {
        var all: [LoggedContact] = []
        var start = PageStart<ContactKey>.first
        while true {
            let page = try contacts(from: from, to: to, point: point, matching: filter, page: start, limit: Self.pageLimit, by: actor)
            all += page
            guard page.count == Self.pageLimit, let last = page.last else { return all }
            start = .after(ContactKey(last))
        }
    }
}
