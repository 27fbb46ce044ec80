import Foundation
import Guidance
import Store
import Terminal
import TestSupport
@testable import Screens

/// The whole app on an in-memory contact log at a fixed time: type keys, read the screen.
final class AppHarness {
    static let key = PseudonymKey(bytes: [UInt8](repeating: 7, count: 32))!
    static let now = "2026-11-23T10:00:00+02:00"

    let log: any ContactLog
    let context: AppContext
    let app: App

    /// `point` 0 is the walk-in library of data/points.json. `demo`: trainer mode, as `neuvo demo` runs it (a
    /// trainer, the personas, and `resetDemo` for the reset). `role`: an advisor unless given (a trainer in the demo).
    init(
        language: Language = .fi, point: Int = 0, log: (any ContactLog)? = nil, now: String = AppHarness.now, first: (any Screen)? = nil,
        demo: Bool = false, role: Role? = nil, resetDemo: ((any ContactLog) throws -> Void)? = nil
    ) throws {
        self.log = try log ?? SQLiteLog.inMemory(catalog: Fixtures.catalog)
        context = Self.context(language: language, point: point, now: now, demo: demo, role: role, log: self.log)
        app = App(log: self.log, context: context, first: first ?? TodayScreen(), resetDemo: resetDemo)
    }

    /// On PostgreSQL the form names the client by the log's handle, as `neuvo` does (`PostgresLog.clientHandle(for:)`).
    static func context(
        language: Language = .fi, point: Int = 0, now: String = AppHarness.now, demo: Bool = false, role: Role? = nil,
        log: (any ContactLog)? = nil
    ) -> AppContext {
        if let postgres = log as? PostgresLog {
            return AppContext(
                catalog: Fixtures.catalog, strings: Fixtures.catalog.strings.inLanguage(language), advisor: "anna",
                point: Fixtures.catalog.points[point], pseudonym: { postgres.clientHandle(for: $0) }, role: role ?? .advisor,
                clock: { Fixtures.at(now) })
        }
        return AppContext(
            catalog: Fixtures.catalog, strings: Fixtures.catalog.strings.inLanguage(language), advisor: "anna",
            point: Fixtures.catalog.points[point], pseudonymKey: key, role: role ?? (demo ? .trainer : .advisor), isDemo: demo,
            personas: demo ? Fixtures.personas : [], clock: { Fixtures.at(now) })
    }

    /// Presses each key of `script` (`Key.sequence` syntax) in turn.
    func type(_ script: String) {
        for key in Key.sequence(script) { app.press(key) }
    }

    func screen(_ size: Size = .minimum) -> String { app.frame(size: size).text }

    /// Where the terminal's cursor goes on this frame: the focus (`Canvas.cursor`).
    func cursor(_ size: Size = .minimum) -> Position? { app.frame(size: size).cursor }

    /// The frame's row under the cursor, as text.
    func cursorLine(_ size: Size = .minimum) -> String {
        let frame = app.frame(size: size)
        guard let cursor = frame.cursor else { return "" }
        return frame.lines[cursor.y]
    }

    /// Every contact in the log, in time order.
    func contacts() throws -> [Contact] {
        var all: [Contact] = []
        try log.exportContacts(from: nil, to: nil, point: nil, by: Actor(user: "test", command: "test")) { all.append($0) }
        return all
    }
}

/// Golden screens: `Tests/ScreensTests/Golden/<name>_<size>.txt`, written instead of compared when
/// `UPDATE_GOLDEN=1`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// nil when the screen matches; else what differs.
    static func mismatch(_ name: String, size: Size, _ text: String) -> String? {
        let file = directory.appendingPathComponent("\(name)_\(size).txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else { return "no golden file \(file.path); run with UPDATE_GOLDEN=1" }
        return expected == text + "\n" ? nil : "\(file.lastPathComponent) differs:\n--- expected\n\(expected)--- got\n\(text)"
    }
}
