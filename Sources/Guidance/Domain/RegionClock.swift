import Foundation

/// The region's clock (CONTRACT §3): now as a local time in the region's time zone — the database's `timezone`
/// setting, an IANA name — whatever the machine's `TZ` or the database server's zone. It decides a contact's stamp
/// (its offset), its day and its hour, and "today" everywhere: Today, the board, the kiosk, `--from today`, the demo.
public struct RegionClock: Sendable {
    /// The setting's default, and the zone of a command that has no database to ask.
    public static let defaultZoneName = "Europe/Helsinki"

    public let timeZone: TimeZone
    /// The instant now: the real one, or a fixed one in tests.
    private let instant: @Sendable () -> Date

    public init(timeZone: TimeZone, instant: @escaping @Sendable () -> Date = { Date() }) {
        self.timeZone = timeZone
        self.instant = instant
    }

    /// The clock of a zone by its IANA name (`Europe/Helsinki`); nil for a name that is not a time zone.
    public init?(zoneName: String, instant: @escaping @Sendable () -> Date = { Date() }) {
        guard let zone = Self.zone(named: zoneName) else { return nil }
        self.init(timeZone: zone, instant: instant)
    }

    /// The default zone's clock (`Europe/Helsinki`).
    public static func helsinki(instant: @escaping @Sendable () -> Date = { Date() }) -> RegionClock {
        RegionClock(zoneName: defaultZoneName, instant: instant)!
    }

    /// A time zone by its IANA name: `Europe/Helsinki`, `UTC`; nil for anything else (an abbreviation such as `EET`
    /// or an offset such as `GMT+2` is not a region's clock: it knows no summer time).
    public static func zone(named name: String) -> TimeZone? {
        guard !name.isEmpty, !name.contains(where: \.isWhitespace), let zone = TimeZone(identifier: name) else { return nil }
        guard name.contains("/") || name == "UTC" else { return nil }
        return zone
    }

    /// The zone's IANA name.
    public var zoneName: String { timeZone.identifier }

    /// The same clock stopped at `date` (tests, a fixed `NEUVO_NOW`).
    public func stopped(at date: Date) -> RegionClock { RegionClock(timeZone: timeZone, instant: { date }) }

    /// Now, as the region's local time with its offset.
    public func now() -> Timestamp { stamp(instant()) }

    /// The region's today.
    public var today: CivilDate { now().date }

    /// `date` as the region's local time with the offset in force then.
    public func stamp(_ date: Date) -> Timestamp {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let offsetSeconds = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let local = seconds + Int64(offsetSeconds)
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secondOfDay = Int(local - Int64(days) * 86_400)
        return Timestamp(
            date: CivilDate(daysSinceEpoch: days), hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60,
            second: secondOfDay % 60, offsetMinutes: offsetSeconds / 60)
    }

    /// The same instant as the region writes it (`2026-01-15T23:30:00Z` → `2026-01-16T01:30:00+02:00`).
    public func stamp(_ timestamp: Timestamp) -> Timestamp {
        stamp(Date(timeIntervalSince1970: TimeInterval(timestamp.instant)))
    }

    /// The offset in minutes of a local wall time in this zone: the one in force at that time. A time the spring
    /// change skips (03.30 on the last Sunday of March in Helsinki) takes the offset before the change; an hour the
    /// autumn change repeats, the first (summer) one.
    public func offsetMinutes(on day: CivilDate, hour: Int, minute: Int) -> Int {
        let wall = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60)
        // The offsets in force a day either side of the wall time: the instant is wall − offset for one of them.
        let candidates = [-86_400, 86_400].map { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall + Int64($0)))) }
        let fitting = candidates.filter { offset in
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall - Int64(offset)))) == offset
        }
        return (fitting.max() ?? candidates[0]) / 60
    }
}
