import Foundation
import Guidance
import Store
import Terminal

/// The live wall board (`neuvo board`, CONTRACT §8): how the day is going at each point, read across a room. It reads
/// only figures (`ContactLog.board`) — never a contact row or a pseudonym — and writes nothing. Each second it asks the
/// log whether anyone has saved (`othersHaveSaved`) and reads the figures again when so, when the day has turned, and
/// when a lost connection is back; every frame is drawn afresh from the latest figures, so that nothing grows over weeks.
/// Keys: none needed; `q` leaves, F1 explains. A screen of the app's one loop with the terminal to itself, ticking each
/// `checkingEvery` seconds.
public final class LiveBoard {
    public enum Action: Sendable { case help, quit }

    let log: any ContactLog
    /// The log's handoffs, when it keeps them: the open ones by service on the board (CONTRACT §8, §9).
    let handoffs: (any HandoffStore)?
    let strings: Strings
    let catalog: Catalog
    /// The points shown (one with `--point`); nil: every point the log shows.
    let points: [String]?
    public let isDemo: Bool
    let actor: Actor
    /// Now, as the region's local time with its offset (`RegionClock`; injected in tests).
    let clock: @Sendable () -> Timestamp
    /// The points are an advisor's own: the header says "your points", not "all points".
    let ownPoints: Bool
    /// How often the board asks whether anyone has saved, and draws afresh.
    public let checkingEvery: Double

    /// The latest figures read; kept while the database is away, so that the board does not go blank.
    public private(set) var figures: BoardFigures?
    /// Since when the database has been out of reach (nil while all is well).
    public private(set) var unavailableSince: Timestamp?
    /// Why the figures could not be read, when that is not a lost connection (the server refused).
    public private(set) var problem: String?
    public private(set) var showsHelp = false
    public private(set) var isRunning = true

    public init(
        log: any ContactLog, strings: Strings, catalog: Catalog, points: [String]?, isDemo: Bool, actor: Actor,
        clock: @escaping @Sendable () -> Timestamp = RegionClock.helsinki().now, ownPoints: Bool = false, checkingEvery: Double = 1
    ) {
        self.ownPoints = ownPoints
        self.checkingEvery = checkingEvery
        self.log = log
        handoffs = log as? any HandoffStore
        self.strings = strings
        self.catalog = catalog
        self.points = points
        self.isDemo = isDemo
        self.actor = actor
        self.clock = clock
    }

    /// The keys, for handling and for help alike.
    var keyMap: KeyMap<Action> { Self.keyMap(strings) }

    /// The board's key table, for handling, help and the manual alike.
    static func keyMap(_ strings: Strings) -> KeyMap<Action> {
        KeyMap([
            .init([.character("q"), .control("c")], .quit, label: strings(.keyQuit), inFooter: true),
            .init([.function(1)], .help, label: strings(.keyHelp), inFooter: true),
        ])
    }

    // MARK: - Time

    /// The app's loop ticks the board each `checkingEvery` seconds without a key.
    public func tickDue(idle: Double, _ context: AppContext) -> Double? { checkingEvery }

    /// Each tick the figures are read again if need be, and the board is drawn afresh whatever happened (the app draws a
    /// screen with the terminal to itself on each of its ticks): the clock, the usual-by-now and the oldest's wait move on.
    public func tick(idle: Double, _ context: AppContext) -> [Effect] {
        refresh()
        return []
    }

    /// Reads the figures again when someone has saved, the day has turned, a lost connection is back, or nothing has
    /// been read yet (or always, `force`). True when it read them.
    @discardableResult
    public func refresh(force: Bool = false) -> Bool {
        let day = clock().date
        do {
            let saved = try log.othersHaveSaved()
            // A handoff sent, taken or closed by anyone moves the open handoffs' line.
            let moved = try handoffs?.handoffsChanged() ?? false
            guard force || saved || moved || figures?.day != day || unavailableSince != nil || problem != nil else { return false }
            var read = try log.board(day: day, points: points, by: actor)
            if let handoffs { read.handoffs = try handoffs.boardHandoffs(points: read.points, by: actor) }
            figures = read
            unavailableSince = nil
            problem = nil
            return true
        } catch {
            if let temporary = StoreError.temporary(error) {
                let since = unavailableSince ?? clock()
                unavailableSince = since
                switch temporary {
                // A lost connection is the standing note's to say, with since when.
                case .connectionLost: problem = nil
                case .tooManyConnections: problem = strings.standingNote(for: temporary, since: since.clockTime, waiting: "")
                default: problem = strings.message(for: temporary)
                }
            } else {
                problem = strings.message(forStoreFailure: error)
            }
            return false
        }
    }

    /// A key; a click comes as the keys marked where it lands (`App.click`).
    public func press(_ key: Key) {
        if showsHelp, [.escape, .function(1), .character("q")].contains(key) {
            showsHelp = false
            return
        }
        switch keyMap.action(for: key) {
        case .quit: isRunning = false
        case .help: showsHelp = true
        case nil: break
        }
    }

    // MARK: - Drawing

    /// The whole screen, drawn afresh.
    public func frame(size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        let now = clock()
        guard size.width >= 40, size.height >= 12 else {
            canvas.putWrapped(strings(.terminalTooSmall, ["size": "\(size.width) × \(size.height)"]), x: 0, y: 0, width: size.width, style: .warning)
            if isDemo { canvas.put(strings(.trainerCornerMark), x: 0, y: size.height - 1, style: .demo) }
            return canvas
        }
        header(into: &canvas, now: now)
        let body = Area(x: 0, y: 1, width: size.width, height: size.height - 3)
        if showsHelp {
            help(into: &canvas, area: body)
        } else if let figures {
            BoardView(figures: figures, catalog: catalog, strings: strings, now: now, ownPoints: ownPoints).render(into: &canvas, area: body)
        }
        if let note = standingNote {
            canvas.clear(y: size.height - 2, height: 1)
            canvas.put(" " + note, x: 0, y: size.height - 2, style: .warning)
        }
        footer(into: &canvas)
        // The board has no focus of its own: the cursor where its text begins, for a magnifier to start from.
        canvas.focusByDefault(x: body.x, y: body.y, width: body.width, height: body.height)
        return canvas
    }

    /// While the database is away: since when (the screens' own wording), or the server's refusal.
    var standingNote: String? {
        if let since = unavailableSince, problem == nil {
            return strings(.connectionLost, ["time": since.clockTime, "waiting": ""])
        }
        return problem
    }

    /// `neuvo │ Live board │ Järvenpää Main Library │ Mon 23.11.2026 10.42`, the DEMO mark at the right.
    private func header(into canvas: inout Canvas, now: Timestamp) {
        let width = canvas.size.width
        canvas.clear(y: 0, height: 1, style: .header)
        let names = strings(.weekdaysShort).split(separator: "|").map(String.init)
        let weekday = names.count == 7 ? names[now.date.weekday - 1] + " " : ""
        let shown = figures?.points ?? points ?? []
        let place = shown.count == 1 ? catalog.points.first { $0.code == shown[0] }?.name[strings.language] : strings(ownPoints ? .boardYourPoints : .boardAllPoints)
        let left = " " + (["neuvo", strings(.boardTitle)] + (place.map { [$0] } ?? []) + [weekday + now.date.written + " " + now.clockTime])
            .joined(separator: " │ ")
        var mark = strings(.demoMark)
        if TextWidth.of(left) + TextWidth.of(mark) + 3 > width { mark = strings(.trainerCornerMark) }
        let markWidth = isDemo ? TextWidth.of(mark) + 1 : 0
        canvas.put(left, x: 0, y: 0, style: .header, maxWidth: width - markWidth)
        if isDemo { canvas.put(mark, x: width - markWidth, y: 0, style: .demo) }
    }

    private func footer(into canvas: inout Canvas) {
        let y = canvas.size.height - 1
        var width = canvas.size.width
        if isDemo {
            let corner = strings(.trainerCornerMark)
            width -= TextWidth.of(corner)
            canvas.put(corner, x: width, y: y, style: .demo)
        }
        var x = 1
        for key in showsHelp ? [KeyHelp(keys: "Esc", label: strings(.boardKeyCloseHelp), inFooter: true, key: .escape)] : keyMap.keyHelp {
            guard x + TextWidth.of(key.keys) + TextWidth.of(key.label) + 1 < width else { break }
            let start = x
            x += canvas.put(String(key.keys.split(separator: "/").first ?? ""), x: x, y: y, style: .key)
            x += canvas.put(" " + key.label, x: x, y: y, style: .muted)
            // A click on the entry presses its key.
            canvas.mark(x: start, y: y, width: x - start, keys: key.key.map { [$0] } ?? [])
            x += 2
        }
    }

    /// F1: what the board shows, and its keys.
    private func help(into canvas: inout Canvas, area: Area) {
        canvas.put(strings(.helpTitle, ["screen": strings(.boardTitle)]), x: 2, y: area.y + 1, style: .header)
        var y = area.y + 3
        for paragraph in (strings(.boardGuide) + (handoffs == nil ? "" : "\n" + strings(.boardHandoffGuide))).split(separator: "\n") {
            y += canvas.putWrapped(String(paragraph), x: 2, y: y, width: area.width - 4, maxLines: max(0, area.y + area.height - y - 3)) + 1
        }
        for key in keyMap.keyHelp where y < area.y + area.height {
            canvas.put(key.keys, x: 2, y: y, style: .key)
            canvas.put(key.label, x: 14, y: y)
            y += 1
        }
    }
}

/// The board in the app's one loop: the whole terminal, its own keys (`q` and Ctrl-C leave, F1 explains), its own
/// second's check of others' saves (`refresh`).
extension LiveBoard: Screen {
    public func title(_ context: AppContext) -> String { strings(.boardTitle) }
    public func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap.keyHelp }

    public func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        press(key)
        return isRunning ? [] : [.quit]
    }

    /// On top (at the start): the figures are read, unless they have been already.
    public func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        if case .resumed = outcome { refresh() }
        return []
    }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) { canvas = frame(size: canvas.size) }

    public var ownsTerminal: Bool { true }
    public var watchesSaves: Bool { false }
}
