import ArgumentParser
import Foundation
import Guidance
import Store

extension Context {
    /// The region's clock on `log`: its `timezone` setting (CONTRACT §3), whatever the machine's `TZ` or the server's
    /// zone. A stored name that is no time zone stops the command with the fix.
    func clock(of log: any ContactLog) throws -> RegionClock {
        let name = try log.timeZoneName()
        guard let clock = RegionClock(zoneName: name) else {
            throw Failure(message: strings(.settingsTimeZoneStoredBad, ["zone": name]))
        }
        return clock
    }

    /// `clock` stopped at `$NEUVO_NOW` when it is set (an ISO timestamp with its offset, `2026-11-23T15:00:00+02:00`,
    /// for tests only): the kiosk's day, the mood question's hour, the board's now and a command's `today`. The screens
    /// keep the real clock.
    static func testNow(_ clock: RegionClock, environment: [String: String] = ProcessInfo.processInfo.environment) -> RegionClock {
        guard let text = environment["NEUVO_NOW"], let now = try? Timestamp(iso: text) else { return clock }
        return clock.stopped(at: Date(timeIntervalSince1970: TimeInterval(now.instant)))
    }
}

/// A day on the command line: `2023-03-14`, `today` or `yesterday` — the last two the region's (`RegionClock`), known
/// only once the database is open.
enum DayArgument: ExpressibleByArgument, Equatable {
    case day(CivilDate)
    case today
    case yesterday

    init?(argument: String) {
        switch argument {
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            guard let day = CivilDate(iso: argument) else { return nil }
            self = .day(day)
        }
    }

    /// The day as written (nil for `today` and `yesterday`).
    var written: CivilDate? {
        if case .day(let day) = self { day } else { nil }
    }

    func day(_ clock: RegionClock) -> CivilDate {
        switch self {
        case .day(let day): day
        case .today: clock.today
        case .yesterday: clock.today.adding(days: -1)
        }
    }
}

extension Optional where Wrapped == DayArgument {
    func day(_ clock: RegionClock) -> CivilDate? { self?.day(clock) }
}
