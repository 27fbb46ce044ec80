import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// The screens on the region's clock (CONTRACT §3), whatever the machine's zone: the clock is injected as `neuvo`
/// makes it from the database's `timezone` setting, at fixed UTC instants.
struct RegionClockScreenTests {
    static func instant(_ iso: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(try! Timestamp(iso: iso).instant))
    }

    /// The app on `log`, its clock the region's (`zone`) stopped at the UTC instant `utc`.
    static func app(
        on log: any ContactLog, at utc: String, zone: String = "Europe/Helsinki", role: Role = .advisor, writesContacts: Bool = true,
        keepFormsLocally: (([String]) throws -> Void)? = nil
    ) -> App {
        let clock = RegionClock(zoneName: zone)!.stopped(at: instant(utc))
        let context = AppContext(
            catalog: Fixtures.catalog, strings: Fixtures.catalog.strings.inLanguage(.fi), advisor: "anna", point: Fixtures.catalog.points[0],
            pseudonymKey: AppHarness.key, role: role, clock: clock.now)
        let shaped = writesContacts ? context : AppContext(
            catalog: context.catalog, strings: context.strings, advisor: "sara", point: context.point, pseudonym: context.pseudonym,
            role: role, clock: clock.now, writesContacts: false)
        return App(log: log, context: shaped, keepFormsLocally: keepFormsLocally)
    }

    static func type(_ script: String, _ app: App) {
        for key in Key.sequence(script) { app.press(key) }
    }

    static func contacts(_ log: any ContactLog) throws -> [Contact] {
        var all: [Contact] = []
        try log.exportContacts(from: nil, to: nil, point: nil, by: Actor(user: "test", command: "test")) { all.append($0) }
        return all
    }

    static func report(_ log: any ContactLog, _ day: String) throws -> Report {
        let day = CivilDate(iso: day)!
        return try log.report(from: day, to: day, point: nil, by: Actor(user: "test", command: "test"))
    }

    @Test(arguments: Backend.allCases)
    func aContactSavedAt2330UTCOnAWinterNightIsStampedPlusTwoOnTheNextDay(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        let app = Self.app(on: log, at: "2026-01-15T23:30:00Z")
        Self.type(ContactFormTests.typicalWalkIn, app)
        let saved = try #require(try Self.contacts(log).first)
        #expect(saved.occurredAt.description == "2026-01-16T01:30:00+02:00")
        let day = try Self.report(log, "2026-01-16")
        #expect(day.contacts == 1, "its day is the region's")
        #expect(day.byHour == ["01": 1], "its hour is the region's")
        #expect(try Self.report(log, "2026-01-15").contacts == 0)
        #expect(app.frame(size: .minimum).text.contains("1.30"), "Today is the region's today, and shows it")
    }

    @Test(arguments: Backend.allCases)
    func theAutumnChangesRepeatedHourStampsTwoContactsApartOnOneDay(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        Self.type(ContactFormTests.typicalWalkIn, Self.app(on: log, at: "2026-10-25T00:30:00Z"))
        Self.type(ContactFormTests.typicalWalkIn, Self.app(on: log, at: "2026-10-25T01:30:00Z"))
        Self.type(ContactFormTests.typicalWalkIn, Self.app(on: log, at: "2026-10-25T09:00:00Z"))
        let stamps = try Self.contacts(log).map(\.occurredAt.description)
        #expect(stamps == ["2026-10-25T03:30:00+03:00", "2026-10-25T03:30:00+02:00", "2026-10-25T11:00:00+02:00"])
        let day = try Self.report(log, "2026-10-25")
        #expect(day.contacts == 3)
        #expect(day.byHour == ["03": 2, "11": 1])
    }

    @Test(arguments: Backend.allCases)
    func theSpringChangeStampsSummerTimeFromThreeOClock(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        Self.type(ContactFormTests.typicalWalkIn, Self.app(on: log, at: "2026-03-29T00:59:00Z"))
        Self.type(ContactFormTests.typicalWalkIn, Self.app(on: log, at: "2026-03-29T01:00:00Z"))
        Self.type(ContactFormTests.typicalWalkIn, Self.app(on: log, at: "2026-03-29T21:30:00Z"))
        let stamps = try Self.contacts(log).map(\.occurredAt.description)
        #expect(stamps == ["2026-03-29T02:59:00+02:00", "2026-03-29T04:00:00+03:00", "2026-03-30T00:30:00+03:00"])
        #expect(try Self.report(log, "2026-03-29").byHour == ["02": 1, "04": 1])
        #expect(try Self.report(log, "2026-03-30").byHour == ["00": 1])
    }

    @Test func anotherZoneOnTheSameInstantGivesItsOwnStampAndDay() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        Self.type(ContactFormTests.typicalWalkIn, Self.app(on: log, at: "2026-01-15T23:30:00Z", zone: "UTC"))
        #expect(try Self.contacts(log).map(\.occurredAt.description) == ["2026-01-15T23:30:00+00:00"])
    }

    @Test func aSharedDatabasesSupervisorIsOfferedNoNewContact() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.saveDraft(id: nil, form: "{}", point: Fixtures.catalog.points[0].code, by: Actor(user: "sara", command: "test"))
        let supervisor = Self.app(on: log, at: "2026-01-15T10:00:00Z", role: .supervisor, writesContacts: false)
        let screen = supervisor.frame(size: Size(width: 120, height: 30)).text
        #expect(!screen.contains("Uusi yhteydenotto"), "\(screen)")
        #expect(screen.contains("Päiväkatsaus"), "the day browser is there: \(screen)")
        #expect(supervisor.top is TodayScreen, "no draft is offered to go on with")
        for key in ["n", "<f2>", "r"] {
            Self.type(key, supervisor)
            #expect(supervisor.top is TodayScreen, "\(key) opens no form")
        }
        let advisor = Self.app(on: log, at: "2026-01-15T10:00:00Z")
        #expect(advisor.frame(size: Size(width: 120, height: 30)).text.contains("Uusi yhteydenotto"))
    }
}

/// The forms kept on this machine while the database is away (`App.keepFormsLocally`): once a contact is saved,
/// nothing of it is offered back as unsaved at the next start.
@Suite(.serialized)
struct KeptFormsTests {
    final class Kept: @unchecked Sendable {
        var forms: [String] = []
    }

    /// An app on a SQLite file whose write lock another process's import holds until `release`.
    static func lockedDatabase() throws -> (mine: any ContactLog, release: () -> Void) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-kept-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("shared.sqlite").path
        let mine = try SQLiteLog.open(path: path, catalog: Fixtures.catalog, lockWait: 0.05)
        let others = try SQLiteLog.open(path: path, catalog: Fixtures.catalog)
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var first = true
            _ = try? others.importContacts(details: "a large file", by: Actor(user: "admin", command: "import")) {
                if first {
                    first = false
                    started.signal()
                    release.wait()
                }
                return nil
            }
            finished.signal()
        }
        started.wait()
        return (mine, {
            release.signal()
            finished.wait()
        })
    }

    @Test func aFormWhoseDraftsTheDatabaseRefusedIsForgottenOnceItsContactIsSaved() throws {
        let (log, release) = try Self.lockedDatabase()
        let kept = Kept()
        let app = RegionClockScreenTests.app(on: log, at: "2026-01-15T10:00:00Z", keepFormsLocally: { kept.forms = $0 })
        RegionClockScreenTests.type("n11<enter>11<enter>", app)
        #expect(kept.forms.count == 1, "the draft the database could not take is kept on this machine")
        release()
        RegionClockScreenTests.type("<f2>", app)
        #expect(try RegionClockScreenTests.contacts(log).count == 1)
        #expect(kept.forms.isEmpty, "the saved contact's form is no longer kept: \(kept.forms)")
    }

    @Test func aSaveThatWaitedAndGoesThroughLeavesNothingKept() throws {
        let (log, release) = try Self.lockedDatabase()
        let kept = Kept()
        let app = RegionClockScreenTests.app(on: log, at: "2026-01-15T10:00:00Z", keepFormsLocally: { kept.forms = $0 })
        RegionClockScreenTests.type(ContactFormTests.typicalWalkIn, app)
        #expect(app.pendingSaves.count == 1)
        #expect(kept.forms.count == 1, "the waiting save's form, once — not its draft beside it: \(kept.forms.count)")
        release()
        let deadline = Date().addingTimeInterval(10)
        while !app.pendingSaves.isEmpty, Date() < deadline {
            app.refreshIfOthersSaved()
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(app.pendingSaves.isEmpty)
        #expect(try RegionClockScreenTests.contacts(log).count == 1)
        #expect(kept.forms.isEmpty, "nothing saved is kept to be offered back: \(kept.forms)")
    }
}

/// An advisor's board over her own points says so: "your points", in the header and on the sum, never "all points".
struct OwnPointsBoardTests {
    @Test func anAdvisorsBoardSaysYourPoints() throws {
        let points = ["jarvenpaa-library", "kerava-service-centre"]
        let board = LiveBoard(
            log: BoardTests.demoUntilNow, strings: Fixtures.catalog.strings.inLanguage(.en), catalog: Fixtures.catalog, points: points,
            isDemo: false, actor: BoardTests.actor, clock: { Fixtures.at(BoardTests.now) }, ownPoints: true)
        board.refresh()
        let text = board.frame(size: Size(width: 120, height: 30)).text
        #expect(text.contains("Your points │"), "\(text)")
        #expect(text.contains("Your points: "), "\(text)")
        #expect(!text.contains("All points"), "\(text)")
    }
}
