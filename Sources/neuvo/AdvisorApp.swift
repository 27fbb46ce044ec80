import Foundation
import Guidance
import Screens
import Store
import Terminal

/// `neuvo` with no subcommand: the advisor's screens on the real terminal.
enum AdvisorApp {
    static func run(_ context: Context, isDemo: Bool = false) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw Failure(message: context.strings(.appNeedsTerminal)) }
        let log = try context.openLog()
        defer { try? log.close() }
        let directory = (context.databasePath as NSString).deletingLastPathComponent.nonEmpty(or: ".")
        let key = try PseudonymKeyFile.loadOrCreate(in: directory)
        let configPath = AdvisorConfig.path(besideDatabase: context.databasePath)
        var config = try AdvisorConfig.load(configPath, strings: context.strings)
        let user = Context.osUser
        let remembered = config.points[user].flatMap { code in context.catalog.points.first { $0.code == code } }
        guard let anyPoint = remembered ?? context.catalog.points.first else { return }
        let appContext = AppContext(
            catalog: context.catalog, strings: context.strings, advisor: user, point: anyPoint, pseudonymKey: key, isDemo: isDemo)
        let first: any Screen = remembered != nil
            ? TodayScreen() : PointChoiceScreen(context.catalog, language: context.language, canGoBack: false)
        let terminal = NcursesTerminal()
        defer { terminal.stop() }
        let app = App(log: log, context: appContext, first: first) { point in
            config.points[user] = point.code
            try config.save(configPath)
        }
        app.run(on: terminal)
    }
}
