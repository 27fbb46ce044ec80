import ArgumentParser
import Foundation
import Guidance
import Screens
import Store
import Terminal

extension Neuvo {
    /// `neuvo demo`: the screens in trainer mode on synthetic contacts, in a database of its own.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The screens in trainer mode, on synthetic contacts in a demo database of their own.",
            discussion: """
                Without --db the demo database lives in a new temporary directory and is removed when the demo ends. \
                A demo database never opens as a real one, and the demo never opens a real one.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "The random seed of the synthetic contacts.")
        var seed: UInt64 = 1

        @Option(help: "How many days of contacts, ending today.")
        var days: Int = 120

        func validate() throws {
            guard (1...3650).contains(days) else { throw ValidationError("--days must be between 1 and 3650") }
        }

        func run() throws {
            var context = try global.context()
            // A team's shared database is never a demo: the demo keeps to a SQLite file of its own.
            if ContactLogs.isPostgres(context.databasePath) {
                throw Failure(message: context.message(for: .notDemoDatabase(path: PostgresLog.redacted(context.databasePath))))
            }
            try AdvisorApp.requireTerminal(context)
            // Only an explicit --db: $NEUVO_DB names the advisor's real database.
            var temporary: String?
            if global.db == nil {
                DemoFolder.removeStale()
                let directory = try DemoFolder.create()
                temporary = directory
                context = context.with(databasePath: directory + "/neuvo-demo.sqlite")
            }
            defer {
                if let temporary {
                    NcursesTerminal.removeOnSignal(directory: nil)
                    try? FileManager.default.removeItem(atPath: temporary)
                }
            }
            let log: any ContactLog
            do {
                log = try SQLiteLog.open(path: context.databasePath, catalog: context.catalog, createDirectory: temporary != nil, kind: .demo)
            } catch {
                throw Failure(message: context.message(for: error))
            }
            defer { try? log.close() }
            let clock = try context.clock(of: log)
            let reset = try self.reset(context, clock: clock, actor: context.actor("demo"))
            let personas = try context.data.loadPersonas(catalog: context.catalog)
            if try log.contactCount() == 0 { try reset(log) }
            try AdvisorApp.start(
                context, log: log, role: .trainer, isDemo: true, personas: personas, defaultPoint: context.catalog.points.first { $0.walkIn },
                clock: clock, resetDemo: reset)
        }

        /// Fills a demo database afresh — at the start and on the trainer's reset (`R` on Today) alike — with the
        /// demo's contacts (every point, `days` days up to now, none later today than the clock), the feedback,
        /// mood and staffing records of their days, and the handoffs sent from them (with their tries and details).
        func reset(_ context: Context, clock: RegionClock, actor: Actor) throws -> @Sendable (any ContactLog) throws -> Void {
            let calibration = try context.data.loadDemoCalibration(vocabulary: context.catalog.vocabulary)
            let generator = DemoGenerator(
                calibration: calibration, vocabulary: context.catalog.vocabulary, points: context.catalog.points,
                consultationLines: context.catalog.consultationLines, seed: seed,
                days: days, end: clock.today, volume: 1, clock: clock)
            return { log in
                let demo = generator.contents(upTo: clock.now())
                try log.resetDemo(with: demo.contacts, records: demo.records, handoffs: demo.handoffs, by: actor)
            }
        }
    }
}

/// The demo's throwaway folder, `neuvo-demo-PID-UUID` in the temporary directory: removed when the demo ends — by a
/// key, an error, or SIGINT, SIGTERM, SIGHUP or SIGQUIT (a closed window, a lost SSH session) — and, should it
/// outlive its process all the same (SIGKILL, a power cut), at the next demo's start.
enum DemoFolder {
    static let prefix = "neuvo-demo-"

    /// A new folder only its user may read, removed on those signals from now on.
    static func create() throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)\(getpid())-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        NcursesTerminal.removeOnSignal(directory: directory)
        return directory
    }

    /// Removes the demo folders whose process no longer runs (no `/proc/PID`); others' folders, which this user may
    /// not remove, stay.
    static func removeStale() {
        let temporary = FileManager.default.temporaryDirectory.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid(of: name), pid != getpid(), !FileManager.default.fileExists(atPath: "/proc/\(pid)") else { continue }
            try? FileManager.default.removeItem(atPath: temporary + "/" + name)
        }
    }

    /// The process id in a folder's name (none in the names of older versions, which are left alone).
    static func pid(of name: String) -> Int32? {
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        return Int32(rest[..<dash])
    }
}
