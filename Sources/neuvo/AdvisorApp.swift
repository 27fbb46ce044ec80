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
        let log = try context.openLog()
        defer { try? log.close() }
        let roles = try RoleFile.load(RoleFile.path(besideDatabase: context.databasePath), strings: context.strings)
        try start(context, log: log, role: roles.role(of: Context.osUser))
    }

    static func requireTerminal(_ context: Context) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw Failure(message: context.strings(.appNeedsTerminal)) }
    }

    /// Runs the screens on `log` until the advisor quits. The point comes from the config file beside the
    /// database, else `defaultPoint`, else the first screen asks for it.
    static func start(
        _ context: Context, log: any ContactLog, role: Role, isDemo: Bool = false, personas: [Persona] = [], defaultPoint: AdvicePoint? = nil,
        resetDemo: ((any ContactLog) throws -> Void)? = nil
    ) throws {
        let directory = (context.databasePath as NSString).deletingLastPathComponent.nonEmpty(or: ".")
        let key = try PseudonymKeyFile.loadOrCreate(in: directory)
        let configPath = AdvisorConfig.path(besideDatabase: context.databasePath)
        var config = try AdvisorConfig.read(configPath, strings: context.strings)
        let user = Context.osUser
        let remembered = config.points[user].flatMap { code in context.catalog.points.first { $0.code == code } } ?? defaultPoint
        guard let anyPoint = remembered ?? context.catalog.points.first else { return }
        let appContext = AppContext(
            catalog: context.catalog, strings: context.strings, advisor: user, point: anyPoint, pseudonymKey: key, role: role,
            isDemo: isDemo, personas: personas)
        let first: any Screen = remembered != nil
            ? TodayScreen() : PointChoiceScreen(context.catalog, language: context.language, canGoBack: false)
        let terminal = NcursesTerminal()
        defer { terminal.stop() }
        let app = App(log: log, context: appContext, first: first, rememberPoint: { point in
            config.points[user] = point.code
            try config.save(configPath)
        }, resetDemo: resetDemo)
        app.run(on: terminal)
    }
}
