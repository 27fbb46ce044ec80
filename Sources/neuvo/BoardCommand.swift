import ArgumentParser
import Foundation
import Guidance
import Screens
import Store
import Terminal

extension Neuvo {
    /// `neuvo board [--point P]`: the live wall board, read-only, full screen.
    struct Board: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The live wall board: how today is going at each point, read across a room; read-only.",
            discussion: """
                Today so far against what is usual by this time (the same weekday's mean over the 8 weeks before), \
                contacts by hour, resolved at once, referrals and the open follow-ups with the oldest's wait; every point \
                side by side without --point. Never a contact or a pseudonym. It refreshes within 2 s of any save and \
                comes back by itself after a lost connection. q leaves, F1 explains.

                The board may open a demo database (neuvo demo --db FILE), read-only and marked DEMO, as no other command \
                may. On PostgreSQL it takes a board login (neuvo roles --set LOGIN=board), a supervisor or the owner; an \
                advisor sees their own points.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "One advice point (a code of data/points.json); every point when left out.")
        var point: String?

        func run() throws {
            let context = try global.context()
            try context.check(point: point)
            if !ContactLogs.isPostgres(context.databasePath), !FileManager.default.fileExists(atPath: context.databasePath) {
                throw Failure(message: context.strings(.boardNoDatabase, ["path": context.databasePath]))
            }
            let (log, kind): (any ContactLog, DatabaseKind)
            do {
                (log, kind) = try ContactLogs.openForBoard(context.databasePath, catalog: context.catalog)
            } catch {
                throw Failure(message: context.message(for: error))
            }
            defer { try? log.close() }
            let points = try shownPoints(context, log: log)
            let clock = Context.testNow(try context.clock(of: log))
            try AdvisorApp.requireTerminal(context)
            let actor = context.actor("board")
            // One audit row when the board starts (not one a refresh): on a demo database nothing real is read, and the
            // board writes nothing there.
            if kind == .real {
                try log.record("board started, " + (points.map { "points " + $0.joined(separator: ", ") } ?? "all points"), by: actor)
            }
            let board = LiveBoard(
                log: log, strings: context.strings, catalog: context.catalog, points: points, isDemo: kind == .demo, actor: actor,
                clock: clock.now, ownPoints: (log as? PostgresLog)?.session.role == .advisor)
            // The board is the one screen of the app's loop, with the terminal to itself; it reads its figures itself.
            let app = App(
                log: log, context: .ofItsOwn(catalog: context.catalog, strings: context.strings, user: Context.osUser, isDemo: kind == .demo, clock: clock.now),
                first: board)
            let terminal = NcursesTerminal()
            app.run(on: terminal)
            terminal.stop()
        }

        /// The points shown: `--point`, else every point (nil). On PostgreSQL a board login, a supervisor and the owner see
        /// every point; an advisor their own (`--point` must be one of them); a trainer or a login without a role nothing.
        func shownPoints(_ context: Context, log: any ContactLog) throws -> [String]? {
            guard let shared = log as? PostgresLog else { return point.map { [$0] } }
            let session = shared.session
            switch session.role {
            case .owner, .supervisor, .board: return point.map { [$0] }
            case .advisor:
                let own = context.catalog.points.map(\.code).filter(session.points.contains)
                if let point, !session.points.contains(point) {
                    throw Failure(
                        message: context.strings(.boardNotPointsAdvisor, ["login": session.login, "point": point, "points": own.joined(separator: ", ")]))
                }
                return point.map { [$0] } ?? own
            case .trainer, .service:
                throw Failure(
                    message: context.strings(
                        .readRoleRefused,
                        ["login": session.login, "role": session.role!.rawValue, "command": "board", "roles": context.strings(.readRolesBoard)]))
            case nil: throw Failure(message: context.strings(.appNoRole, ["login": session.login]))
            }
        }
    }
}
