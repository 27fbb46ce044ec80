import Foundation
import Guidance
import Testing
import TestSupport

/// The region's clock (CONTRACT §3): the `timezone` setting's zone decides a stamp's offset, its day and its hour,
/// whatever the machine's zone — the zone is injected here, never `TimeZone.current`.
struct RegionClockTests {
    static func instant(_ iso: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(try! Timestamp(iso: iso).instant))
    }

    static func helsinki(at iso: String) -> RegionClock {
        RegionClock.helsinki().stopped(at: instant(iso))
    }

    @Test func aWinterNightAt2330UTCIsStampedOnTheNextDayInHelsinki() throws {
        let clock = Self.helsinki(at: "2026-01-15T23:30:00Z")
        let now = clock.now()
        #expect(now.description == "2026-01-16T01:30:00+02:00")
        #expect(now.date == CivilDate(iso: "2026-01-16"), "its day is Helsinki's")
        #expect(now.hour == 1, "its hour is Helsinki's")
        #expect(clock.today == CivilDate(iso: "2026-01-16"))
        #expect(now.instant == (try Timestamp(iso: "2026-01-15T23:30:00Z")).instant, "the same instant")
    }

    @Test func theZoneIsTheSettingsNotTheMachines() throws {
        let at = Self.instant("2026-01-15T23:30:00Z")
        let utc = try #require(RegionClock(zoneName: "UTC")).stopped(at: at)
        let stockholm = try #require(RegionClock(zoneName: "Europe/Stockholm")).stopped(at: at)
        #expect(utc.now().description == "2026-01-15T23:30:00+00:00")
        #expect(stockholm.now().description == "2026-01-16T00:30:00+01:00")
        #expect(Self.helsinki(at: "2026-01-15T23:30:00Z").now().description == "2026-01-16T01:30:00+02:00")
    }

    /// The last Sunday of March 2026 is the 29th: at 03.00 local time (01.00 UTC) Helsinki goes from +02:00 to +03:00.
    @Test func theSpringChangeInHelsinki() {
        #expect(Self.helsinki(at: "2026-03-29T00:59:59Z").now().description == "2026-03-29T02:59:59+02:00")
        #expect(Self.helsinki(at: "2026-03-29T01:00:00Z").now().description == "2026-03-29T04:00:00+03:00")
        #expect(Self.helsinki(at: "2026-03-28T21:59:00Z").now().description == "2026-03-28T23:59:00+02:00")
        #expect(Self.helsinki(at: "2026-03-29T21:59:00Z").now().description == "2026-03-30T00:59:00+03:00", "past midnight in summer time")
        let clock = RegionClock.helsinki()
        let day = CivilDate(iso: "2026-03-29")!
        #expect(clock.offsetMinutes(on: day, hour: 2, minute: 30) == 120)
        #expect(clock.offsetMinutes(on: day, hour: 3, minute: 30) == 120, "a time the change skips keeps the offset before it")
        #expect(clock.offsetMinutes(on: day, hour: 4, minute: 0) == 180)
    }

    /// The last Sunday of October 2026 is the 25th: at 04.00 summer time (01.00 UTC) the clocks go back to 03.00, so
    /// 03.00–03.59 comes twice, first at +03:00 and then at +02:00; both stamps keep their instants apart.
    @Test func theAutumnChangeInHelsinki() {
        let first = Self.helsinki(at: "2026-10-25T00:30:00Z").now(), second = Self.helsinki(at: "2026-10-25T01:30:00Z").now()
        #expect(first.description == "2026-10-25T03:30:00+03:00")
        #expect(second.description == "2026-10-25T03:30:00+02:00")
        #expect(first.hour == 3 && second.hour == 3 && first.date == second.date)
        #expect(first < second && second.instant - first.instant == 3600)
        let clock = RegionClock.helsinki()
        let day = CivilDate(iso: "2026-10-25")!
        #expect(clock.offsetMinutes(on: day, hour: 3, minute: 30) == 180, "the repeated hour: its first, summer-time offset")
        #expect(clock.offsetMinutes(on: day, hour: 4, minute: 30) == 120)
        #expect(clock.offsetMinutes(on: day, hour: 1, minute: 0) == 180)
    }

    @Test func aZoneIsAnIANAName() {
        for name in ["Europe/Helsinki", "Europe/Mariehamn", "America/New_York", "UTC"] {
            #expect(RegionClock.zone(named: name) != nil, "\(name)")
        }
        for name in ["", "Mars/Olympus", "Helsinki", "EET", "GMT+2", " Europe/Helsinki"] {
            #expect(RegionClock.zone(named: name) == nil, "\(name)")
        }
        #expect(RegionClock(zoneName: "Europe/Helsinki")?.zoneName == "Europe/Helsinki")
    }

    @Test func theDemosContactsTakeTheZonesOffsets() throws {
        let end = CivilDate(iso: "2026-04-05")!
        func contacts(_ clock: RegionClock) -> [Contact] {
            var all: [Contact] = []
            DemoGenerator(
                calibration: Fixtures.demoCalibration, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points,
                consultationLines: Fixtures.catalog.consultationLines, seed: 3, days: 14, end: end, clock: clock
            ).generate { all.append($0) }
            return all
        }
        let helsinki = contacts(.helsinki()), stockholm = contacts(try #require(RegionClock(zoneName: "Europe/Stockholm")))
        #expect(helsinki.count == stockholm.count && !helsinki.isEmpty)
        for contact in helsinki {
            let at = contact.occurredAt, change = CivilDate(iso: "2026-03-29")!
            let expected = at.date < change || (at.date == change && at.hour < 3) ? 120 : 180
            #expect(contact.occurredAt.offsetMinutes == expected, "\(contact.occurredAt)")
        }
        #expect(zip(helsinki, stockholm).allSatisfy { $0.occurredAt.offsetMinutes == $1.occurredAt.offsetMinutes + 60 })
    }
}
