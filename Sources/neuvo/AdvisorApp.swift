import Foundation
import Guidance
import Screens
import Store
import Terminal

/// The screens on the real terminal: `neuvo` on the advisor's database, `neuvo demo` on a demo one.
enum AdvisorApp {
    /// `neuvo` with no subcommand.
    static func run(_ context: Context) throws {
        try requireTerminal(context)
        let log = try context.openLog(lockWait: screenLockWait)
        defer { try? log.close() }
        if let shared = log as? PostgresLog { return try startOnServer(context, log: shared) }
        let roles = try RoleFile.load(RoleFile.path(besideDatabase: context.databasePath), strings: context.strings)
        try start(context, log: log, role: roles.role(of: Context.osUser), clock: try context.clock(of: log))
    }

    /// How long a screen's write waits for another process's lock on SQLite before the app keeps it for later: short
    /// enough that an advisor never waits behind an import.
    static let screenLockWait: TimeInterval = 0.25

    /// A terminal the screens can run on: not redirected, able to move the cursor, in a UTF-8 locale (switched to
    /// C.UTF-8 when the environment's is not, which is said once at exit).
    static func requireTerminal(_ context: Context) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw Failure(message: context.strings(.appNeedsTerminal)) }
        switch NcursesTerminal.readiness() {
        case .ready(let switchedFrom):
            if let switchedFrom { ExitNotice.say(context.strings(.terminalLocaleSwitched, ["codeset": switchedFrom])) }
        case .noUTF8Locale(let codeset): throw Failure(message: context.strings(.terminalNoUtf8Locale, ["codeset": codeset]))
        case .unknownTerminal(let term): throw Failure(message: context.strings(.terminalUnknown, ["term": term]))
        case .cannotMoveCursor(let term): throw Failure(message: context.strings(.terminalCannotMoveCursor, ["term": term]))
        }
    }

    /// Runs the screens on a SQLite `log` until the advisor quits, on the region's `clock`. The point comes from the
    /// config file beside the database, else `defaultPoint`, else the first screen asks for it.
    static func start(
        _ context: Context, log: any ContactLog, role: Role, isDemo: Bool = false, personas: [Persona] = [], defaultPoint: AdvicePoint? = nil,
        clock: RegionClock, resetDemo: ((any ContactLog) throws -> Void)? = nil
    ) throws {
        let key = try PseudonymKeyFile.loadOrCreate(in: PseudonymKeyFile.directory(besideDatabase: context.databasePath))
        let configPath = AdvisorConfig.path(besideDatabase: context.databasePath)
        var config = try AdvisorConfig.read(configPath, strings: context.strings)
        let user = Context.osUser
        let remembered = config.points[user].flatMap { code in context.catalog.points.first { $0.code == code } } ?? defaultPoint
        guard let anyPoint = remembered ?? context.catalog.points.first else { return }
        let appContext = AppContext(
            catalog: context.catalog, strings: context.strings, advisor: user, point: anyPoint, pseudonymKey: key, role: role,
            isDemo: isDemo, personas: personas, clock: clock.now)
        let first: any Screen = remembered != nil
            ? TodayScreen() : PointChoiceScreen(context.catalog.points, language: context.language, canGoBack: false)
        let local = LocalForms(database: context.databasePath)
        try local.handOver(to: log, point: remembered?.code, by: appContext.actorForScreens)
        let app = App(log: log, context: appContext, first: first, rememberPoint: { point in
            config.points[user] = point.code
            try config.save(configPath)
        }, resetDemo: resetDemo, keepFormsLocally: local.keep)
        runOnTerminal(app, context, log: log, asksMood: role == .advisor || isDemo, clock: clock)
    }

    /// Runs the screens on a team's PostgreSQL database as the server sees the login: an advisor at their own points
    /// (choosing among several at each start), a supervisor or the administrator over every point; a trainer reads
    /// nothing of a real database, and a login without a neuvo role is told whom to ask.
    static func startOnServer(_ context: Context, log: PostgresLog) throws {
        let session = log.session
        let clock = try context.clock(of: log)
        let role: Role
        var points = context.catalog.points
        switch session.role {
        case nil: throw Failure(message: context.strings(.appNoRole, ["login": session.login]))
        case .trainer: throw Failure(message: context.strings(.appTrainerReal))
        case .board: throw Failure(message: context.strings(.appBoardLogin, ["login": session.login]))
        case .service: return try startQueue(context, log: log, services: session.services, clock: clock)
        case .owner, .supervisor: role = .supervisor
        case .advisor:
            role = .advisor
            points = points.filter { session.points.contains($0.code) }
        }
        guard let firstPoint = points.first else { throw Failure(message: context.strings(.appNoRole, ["login": session.login])) }
        let appContext = AppContext(
            catalog: context.catalog, strings: context.strings, advisor: session.login, point: firstPoint, points: points,
            remembersPoint: false, pseudonym: { log.clientHandle(for: $0) }, role: role, clock: clock.now,
            writesContacts: session.role != .supervisor)
        let first: any Screen = points.count == 1 || role != .advisor
            ? TodayScreen() : PointChoiceScreen(points, language: context.language, canGoBack: false)
        let local = LocalForms(database: context.databasePath)
        try local.handOver(to: log, point: firstPoint.code, by: appContext.actorForScreens)
        runOnTerminal(
            App(log: log, context: appContext, first: first, keepFormsLocally: local.keep), context, log: log, asksMood: role == .advisor,
            clock: clock)
    }

    /// `neuvo queue --service CODE…`: the receiving service's queue. On SQLite the named services, on the advisor's
    /// database or a demo's file (a trainer plays the service there beside the demo); on PostgreSQL a service login's
    /// own services (narrowed by `services` when given), which the server enforces.
    static func runQueue(_ context: Context, services: [String]) throws {
        let log: any ContactLog
        var isDemo = false
        if ContactLogs.isPostgres(context.databasePath) {
            log = try context.openLog(lockWait: screenLockWait)
        } else {
            do {
                do {
                    log = try SQLiteLog.open(path: context.databasePath, catalog: context.catalog, lockWait: screenLockWait)
                } catch .demoDatabase {
                    // A demo's file: the trainer plays the receiving service beside the demo.
                    log = try SQLiteLog.open(path: context.databasePath, catalog: context.catalog, kind: .demo, lockWait: screenLockWait)
                    isDemo = true
                }
            } catch {
                throw Failure(message: context.message(for: error))
            }
        }
        defer { try? log.close() }
        let clock = try context.clock(of: log)
        if let shared = log as? PostgresLog {
            guard shared.session.role == .service || shared.session.role == .owner else {
                throw Failure(message: context.strings(.handoffServiceRole))
            }
            let own = shared.session.role == .service ? shared.session.services : services
            return try startQueue(context, log: shared, services: services.isEmpty ? own : services, clock: clock)
        }
        guard !services.isEmpty else { throw Failure(message: context.strings(.handoffServiceNeeded)) }
        try startQueue(context, log: log, services: services, clock: clock, isDemo: isDemo)
    }

    /// The app on the queue screen of `services`; the login writes no contact there.
    static func startQueue(_ context: Context, log: any ContactLog, services: [String], clock: RegionClock, isDemo: Bool = false) throws {
        guard let point = context.catalog.points.first else { return }
        let login = (log as? PostgresLog)?.session.login ?? Context.osUser
        let appContext = AppContext(
            catalog: context.catalog, strings: context.strings, advisor: login, point: point, remembersPoint: false,
            pseudonym: { _ in throw Failure(message: context.strings(.screenHandoffQueueTitle)) }, role: .advisor, isDemo: isDemo,
            clock: clock.now, writesContacts: false)
        runOnTerminal(App(log: log, context: appContext, first: QueueScreen(services: services.isEmpty ? nil : services)), context, log: log, asksMood: false, clock: clock)
    }

    /// Runs the app; when the advisor leaves it with a key (not a closed window), the mood question and eNPS follow
    /// if they are due (`MoodAsked`). In the demo they are asked too — a trainer shows them, under the DEMO mark — and
    /// the answer goes to the demo database; when they were asked is remembered for every demo alike (each demo has a
    /// new database), so the demo asks at most once a day too.
    private static func runOnTerminal(_ app: App, _ context: Context, log: any ContactLog, asksMood: Bool, clock: RegionClock) {
        let isDemo = app.context.isDemo
        let file = isDemo ? MoodAskedFile.demo() : MoodAskedFile(database: context.databasePath)
        // Leaving with a key, the question due (if any) is the app's last screen.
        var question: MoodQuestion?
        var leftAt: Timestamp?
        if asksMood {
            app.whenLeaving = {
                let now = Context.testNow(clock).now()
                leftAt = now
                question = MoodQuestion.due(at: now, asked: file.read(), strings: context.strings, isDemo: isDemo)
                return question
            }
        }
        // The idle cover's minutes, as the database's settings say (the default when it cannot say).
        let minutes = (try? (log as? any IdleCoverSetting)?.idleMinutes()) ?? IdleCover.defaultMinutes
        app.idleCoverAfter = Double(minutes) * 60
        let terminal = NcursesTerminal()
        app.run(on: terminal)
        var failure: (any Error)?
        if let question, let leftAt {
            let (asked, saveFailure) = MoodQuestion.record(
                question, log: log, point: app.context.point.code, actor: app.context.actorForScreens, now: leftAt, asked: file.read())
            failure = saveFailure
            do {
                if asked != file.read() { try file.save(asked) }
            } catch {
                failure = failure ?? error
            }
        }
        terminal.stop()
        if let failure {
            Output.standardError.write("neuvo: " + context.strings(.moodNotSaved, ["reason": reason(failure, context)]) + "\n")
        }
    }

    private static func reason(_ error: any Error, _ context: Context) -> String {
        if let error = error as? StoreError ?? StoreError.temporary(error) { return context.message(for: error) }
        if let failure = error as? Failure { return failure.message }
        return "\(error)"
    }
}
