import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// The live board (`neuvo board`) in process: its screens at 80 × 24 and 200 × 60, its figures against the report, a save
/// by someone else, a lost and regained connection, and memory over many refreshes.
struct BoardTests {
    static let now = "2026-11-23T10:30:00+02:00"
    static let actor = Actor(user: "board", command: "board")

    static func board(
        _ log: any ContactLog, points: [String]? = nil, demo: Bool = false, language: Language = .fi, now: String = BoardTests.now
    ) -> LiveBoard {
        LiveBoard(
            log: log, strings: Fixtures.catalog.strings.inLanguage(language), catalog: Fixtures.catalog, points: points, isDemo: demo,
            actor: actor, clock: { Fixtures.at(now) })
    }

    /// The demo's ten weeks (to 23.11.2026) up to 10.30, with a client's pseudonym on some of them.
    static let demoUntilNow: any ContactLog = {
        let log = try! SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let now = Fixtures.at(BoardTests.now)
        try! log.importContacts(Fixtures.demoContacts().filter { $0.occurredAt < now }, details: "demo", by: actor)
        return log
    }()

    @Test(arguments: [Size.minimum, Size(width: 200, height: 60)])
    func everyPointSideBySide(_ size: Size) throws {
        let board = Self.board(Self.demoUntilNow)
        board.refresh()
        let text = board.frame(size: size).text
        #expect(Golden.mismatch("Board", size: size, text) == nil)
        #expect(text.contains("█"), "big digits")
        #expect(text.contains("Kaikki pisteet"))
        #expect(text.contains(size == .minimum ? "tav. 55" : "klo 10.30 mennessä 55"))
    }

    @Test(arguments: [Size.minimum, Size(width: 200, height: 60)])
    func onePoint(_ size: Size) throws {
        let board = Self.board(Self.demoUntilNow, points: ["jarvenpaa-library"], language: .en)
        board.refresh()
        let text = board.frame(size: size).text
        #expect(Golden.mismatch("Board_point_en", size: size, text) == nil)
        #expect(text.contains("Today so far") && text.contains("Resolved at once") && text.contains("Open follow-ups"))
    }

    @Test func theBoardShowsTheReportsFiguresForToday() throws {
        let log = Self.demoUntilNow
        let day = Fixtures.at(Self.now).date
        for point in ["jarvenpaa-library", "kerava-service-centre"] {
            let board = Self.board(log, points: [point], language: .en)
            board.refresh()
            let report = try log.report(from: day, to: day, point: point, by: Self.actor)
            #expect(board.figures?.today[point] == report)
            let text = board.frame(size: .minimum).text
            #expect(text.contains(BigDigits.rows(report.contacts).joined(separator: "\n").split(separator: "\n").first.map(String.init) ?? "-"))
            let rate = Ratio(report.resolved * 100, of: report.contacts)!.written(decimals: 0)
            #expect(text.contains("\(rate) %"), "the resolved share, rounded as the report rounds")
            #expect(text.contains("internal \(report.referralsInternal),") && text.contains("external \(report.referralsExternal)"))
        }
        let board = Self.board(log)
        board.refresh()
        let all = try log.report(from: day, to: day, point: nil, by: Self.actor)
        #expect(board.figures?.total(Fixtures.vocabulary) == all)
        #expect(board.frame(size: .minimum).text.contains("Kaikki pisteet: \(all.contacts) tänään"))
    }

    @Test func neverAPseudonymOrAContactRow() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        var contact = SharedDatabaseTests.othersContact(at: "09:15")
        contact.clientRef = "pseudonym-of-a-client-0001"
        try log.log(contact, by: Self.actor)
        let board = Self.board(log, points: [contact.point])
        board.refresh()
        for size in [Size.minimum, Size(width: 200, height: 60)] {
            let text = board.frame(size: size).text
            #expect(!text.contains("pseudonym-of") && !text.contains("9.15") && !text.contains("asuminen") && !text.contains("Asuminen"))
        }
    }

    @Test func aDemoDatabaseIsMarkedDemoInBothCorners() throws {
        let board = Self.board(try SQLiteLog.inMemory(catalog: Fixtures.catalog), demo: true)
        board.refresh()
        let lines = board.frame(size: .minimum).lines
        #expect(lines[0].contains("DEMO") && lines[23].contains("DEMO"))
    }

    @Test func qLeavesAndF1Explains() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let board = Self.board(log, language: .en)
        // As `neuvo board` runs it: the one screen of the app's loop, whose keys are all its own.
        let app = FeedbackKioskTests.app(board, log: log, language: .en)
        let terminal = ScriptedTerminal(size: .minimum, script: "<f1>")
        app.run(on: terminal)
        #expect(terminal.lastFrame?.text.contains("never shows a contact") == true)
        #expect(board.showsHelp && app.top is LiveBoard, "F1 is the board's help, not the app's")
        app.press(.escape)
        #expect(!board.showsHelp && board.isRunning && app.isRunning)
        app.press(.control("c"))
        #expect(!board.isRunning && !app.isRunning)
        let again = FeedbackKioskTests.app(Self.board(log, language: .en), log: log)
        again.press(.character("q"))
        #expect(!again.isRunning)
    }

    @Test(arguments: Backend.allCases)
    func aContactSavedByAnotherShowsWithinTwoSeconds(_ backend: Backend) throws {
        let (mine, others) = try SharedDatabaseTests.twoLogs(backend)
        let board = Self.board(mine, points: [Fixtures.catalog.points[0].code])
        board.refresh()
        #expect(board.figures?.today.values.first?.contacts == 0)
        #expect(!board.refresh(), "nobody has saved")
        try others.log(SharedDatabaseTests.othersContact(), by: Self.actor)
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline, !board.refresh() { Thread.sleep(forTimeInterval: 0.05) }
        #expect(board.figures?.today.values.first?.contacts == 1)
        #expect(board.frame(size: .minimum).text.contains(BigDigits.rows(1)[1]))
    }

    @Test func theDayTurnsAtMidnight() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let clock = BoardClock("2026-11-23T23:59:30+02:00")
        let board = LiveBoard(
            log: log, strings: Fixtures.catalog.strings, catalog: Fixtures.catalog, points: nil, isDemo: false, actor: Self.actor,
            clock: { clock.now })
        board.refresh()
        #expect(board.figures?.day == CivilDate(iso: "2026-11-23"))
        clock.set("2026-11-24T00:00:01+02:00")
        #expect(board.refresh())
        #expect(board.figures?.day == CivilDate(iso: "2026-11-24"))
    }

    @Test func aLostConnectionSaysSinceWhenAndTheBoardComesBackByItself() throws {
        let cluster = try PostgresCluster.start()
        defer { try? cluster.stop() }
        try cluster.createLogin("neuvo_owner", createRole: true)
        let uri = try cluster.createDatabase(owner: "neuvo_owner")
        try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog)
        let others = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        let board = Self.board(try ContactLogs.open(uri, catalog: Fixtures.catalog))
        board.refresh()
        try cluster.halt()
        // The board asks each second; within a few it knows the server is gone.
        var deadline = Date().addingTimeInterval(3)
        while Date() < deadline, board.unavailableSince == nil {
            #expect(!board.refresh())
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(board.unavailableSince == Fixtures.at(Self.now))
        let lost = board.frame(size: .minimum).lines[22]
        #expect(lost.contains("poikki") && lost.contains("10.30"), "\(lost)")
        #expect(board.frame(size: .minimum).text.contains("Kaikki pisteet"), "the last figures stay on the wall")
        try cluster.resume()
        try others.log(SharedDatabaseTests.othersContact(), by: Self.actor)
        deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !board.refresh() { Thread.sleep(forTimeInterval: 0.1) }
        #expect(board.unavailableSince == nil)
        #expect(!board.frame(size: .minimum).text.contains("poikki"))
        #expect(board.figures?.total(Fixtures.vocabulary).contacts == 1)
    }

    /// Measured in a test process of its own (this test binary run again for this one test): the tests running beside
    /// it in the suite's process allocate too, and their memory would count as the board's.
    @Test func memoryStaysFlatOverTenThousandRefreshes() throws {
        guard ProcessInfo.processInfo.environment[Self.alone] != nil else {
            var environment = ProcessInfo.processInfo.environment
            environment[Self.alone] = "1"
            let run = try Spawn.run(
                CommandLine.arguments[0], ["--testing-library", "swift-testing", "--filter", "memoryStaysFlatOverTenThousandRefreshes"],
                environment: environment)
            #expect(run.status == 0 && (run.stdout + run.stderr).contains("with 1 test"), "\(run.stdout.suffix(2000))\(run.stderr.suffix(2000))")
            return
        }
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.log(SharedDatabaseTests.othersContact(), by: Self.actor)
        let board = Self.board(log, points: [Fixtures.catalog.points[0].code])
        func refreshes(_ n: Int) {
            for _ in 0..<n {
                board.refresh(force: true)
                _ = board.frame(size: .minimum)
            }
        }
        refreshes(200)
        let before = try Self.residentBytes()
        refreshes(10_000)
        let growth = try Self.residentBytes() - before
        #expect(growth < 16 << 20, "resident memory grew by \(growth / 1024) KiB over 10,000 refreshes")
    }

    /// Set in the process that measures `memoryStaysFlatOverTenThousandRefreshes` alone.
    static let alone = "NEUVO_TEST_MEMORY_ALONE"

    /// Resident memory of this process, from /proc/self/statm (pages × page size).
    static func residentBytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return Int(fields[1])! * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// A clock a test moves.
final class BoardClock: @unchecked Sendable {
    private let lock = NSLock()
    private var time: Timestamp

    init(_ iso: String) { time = Fixtures.at(iso) }

    var now: Timestamp { lock.withLock { time } }

    func set(_ iso: String) { lock.withLock { time = Fixtures.at(iso) } }
}
