import ArgumentParser
import Foundation
import Guidance
import Screens
import Store
import Terminal

extension Neuvo {
    /// `neuvo feedback [--point P]`: the feedback kiosk, for the clients of one point.
    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The feedback kiosk: clients answer anonymously, full screen, in Finnish, Swedish or English.",
            discussion: """
                The client chooses a language, answers how likely they would recommend the service (0-10), whether the \
                matter was settled and whether they were sent from one place to another (both may be skipped), and is \
                thanked; the kiosk is then back at the start. A minute without a key also goes back to the start and \
                keeps nothing half-answered. An answer is kept by point and day only, never with a time.

                Staff leave the kiosk with \(FeedbackKiosk.staffExitName) (Ctrl-X, then q). Esc, q and Ctrl-C alone \
                do not leave. The combination is never shown on the client's screen.

                On SQLite the point is --point, else the one this OS user chose in the advisor's screens. On PostgreSQL \
                the login must be an advisor of the point (an advisor of one point needs no --point), or the database \
                owner. Answers the database cannot take wait in memory and on this machine ($XDG_STATE_HOME/neuvo/) and \
                are saved as soon as it can.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "The advice point whose clients answer (a code of data/points.json).")
        var point: String?

        func run() throws {
            let context = try global.context()
            try context.check(point: point)
            let log = try context.openLog(lockWait: AdvisorApp.screenLockWait)
            defer { try? log.close() }
            let chosen = try kioskPoint(context, log: log)
            let clock = Context.testNow(try context.clock(of: log))
            try AdvisorApp.requireTerminal(context)
            let environment = ProcessInfo.processInfo.environment
            let local = LocalAnswers(database: context.databasePath)
            let kiosk = FeedbackKiosk(
                log: log, strings: context.strings, point: chosen, actor: context.actor("feedback"), language: context.language,
                today: { clock.today }, idleSeconds: Self.idleSeconds(environment),
                pending: local.read(points: Set(context.catalog.points.map(\.code))), keepLocally: local.keep)
            kiosk.savePending()
            // The kiosk is the one screen of the app's loop, with the terminal to itself.
            let app = App(
                log: log, context: .ofItsOwn(catalog: context.catalog, strings: context.strings, user: Context.osUser, point: chosen, clock: clock.now),
                first: kiosk)
            let terminal = NcursesTerminal()
            app.run(on: terminal)
            terminal.stop()
            kiosk.savePending()
            if !kiosk.pending.isEmpty {
                Output.standardError.write(
                    "neuvo: " + context.strings(.kioskUnsavedKept, ["count": String(kiosk.pending.count), "path": local.file.path]) + "\n")
            }
        }

        /// `$NEUVO_KIOSK_IDLE_SECONDS` (for tests only: how long without a key goes back to the start), else a minute.
        static func idleSeconds(_ environment: [String: String]) -> Double {
            guard let text = environment["NEUVO_KIOSK_IDLE_SECONDS"], let seconds = Double(text), seconds > 0 else {
                return FeedbackKiosk.defaultIdleSeconds
            }
            return seconds
        }

        /// The point the answers are for: `--point`, else on SQLite this OS user's point from the advisor's screens;
        /// on PostgreSQL one of the advisor's own points (their only one without `--point`), any point for the owner.
        func kioskPoint(_ context: Context, log: any ContactLog) throws -> AdvicePoint {
            let points = context.catalog.points
            let noPoint = Failure.usage(context.strings(.kioskNoPoint, ["points": points.map(\.code).joined(separator: ", ")]))
            var code = point
            if let shared = log as? PostgresLog {
                let session = shared.session
                switch session.role {
                case .owner: break
                case .advisor:
                    if code == nil, session.points.count == 1 { code = session.points[0] }
                    if let code, !session.points.contains(code) {
                        throw Failure(message: context.strings(.kioskNotPointsAdvisor, ["login": session.login, "point": code]))
                    }
                case nil: throw Failure(message: context.strings(.appNoRole, ["login": session.login]))
                case .supervisor, .trainer, .board, .service:
                    throw Failure(message: context.strings(.kioskNotPointsAdvisor, ["login": session.login, "point": code ?? "–"]))
                }
            } else if code == nil {
                let config = try AdvisorConfig.read(AdvisorConfig.path(besideDatabase: context.databasePath), strings: context.strings)
                code = config.points[Context.osUser]
            }
            guard let code, let chosen = points.first(where: { $0.code == code }) else { throw noPoint }
            return chosen
        }
    }
}
