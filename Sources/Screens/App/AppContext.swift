import Foundation
import Guidance
import Store
import Terminal

/// What every screen may read and nothing changes while the app runs: the data, the texts in the user's
/// language, who is working where, and the clock.
public struct AppContext: Sendable {
    public let catalog: Catalog
    public let strings: Strings
    /// The advisor: the OS user.
    public let advisor: String
    /// The advice point this advisor works at (chosen at first start and kept in the config file on SQLite; on
    /// PostgreSQL one of the advisor's points, chosen at each start).
    public let point: AdvicePoint
    /// The points `c` on Today offers: every point of data/, or on PostgreSQL an advisor's own.
    public let points: [AdvicePoint]
    /// Whether the chosen point is kept for the next start (the config file beside a SQLite database); on PostgreSQL
    /// the server gives the points and each start asks anew.
    public let remembersPoint: Bool
    /// Turns an identity code into what stands for the client in the form: the pseudonym with the key file on SQLite;
    /// on PostgreSQL a handle of the log's own (`PostgresLog.clientHandle(for:)`), the pseudonym being computed only in
    /// the server's functions. The code itself is never kept.
    public let pseudonym: @Sendable (IdentityCode) throws -> String
    /// From the role file: supervisors and trainers also see the supervisors' screens.
    public let role: Role
    /// Trainer mode: synthetic data, a DEMO mark on every screen.
    public let isDemo: Bool
    /// The trainers' fictional clients, loaded only for the demo (empty otherwise).
    public let personas: [Persona]
    /// Now, as the region's local time with its offset (`RegionClock`: the database's `timezone` setting; injected so
    /// tests run at a fixed time).
    public let clock: @Sendable () -> Timestamp
    /// Whether this user saves contacts: not a supervisor on a shared database, whom the server refuses every contact
    /// (Today offers no new contact and no draft to go on with).
    public let writesContacts: Bool
    /// The terminal's rows at the last frame: lists page by what shows.
    public internal(set) var rows = Size.minimum.height

    public init(
        catalog: Catalog, strings: Strings, advisor: String, point: AdvicePoint, points: [AdvicePoint]? = nil,
        remembersPoint: Bool = true, pseudonym: @escaping @Sendable (IdentityCode) throws -> String, role: Role = .advisor,
        isDemo: Bool = false, personas: [Persona] = [], clock: @escaping @Sendable () -> Timestamp = RegionClock.helsinki().now,
        writesContacts: Bool = true
    ) {
        self.role = role
        self.writesContacts = writesContacts
        self.catalog = catalog
        self.strings = strings
        self.advisor = advisor
        self.point = point
        self.points = points ?? catalog.points
        self.remembersPoint = remembersPoint
        self.pseudonym = pseudonym
        self.isDemo = isDemo
        self.personas = personas
        self.clock = clock
    }

    public var language: Language { strings.language }
    public var vocabulary: Vocabulary { catalog.vocabulary }
    public var today: CivilDate { clock().date }

    /// With a pseudonym key of the installation's own (SQLite's key file).
    public init(
        catalog: Catalog, strings: Strings, advisor: String, point: AdvicePoint, pseudonymKey: PseudonymKey,
        role: Role = .advisor, isDemo: Bool = false, personas: [Persona] = [],
        clock: @escaping @Sendable () -> Timestamp = RegionClock.helsinki().now
    ) {
        self.init(
            catalog: catalog, strings: strings, advisor: advisor, point: point, pseudonym: { pseudonymKey.pseudonym(for: $0) },
            role: role, isDemo: isDemo, personas: personas, clock: clock)
    }

    /// For a command whose one screen has the terminal to itself and serves no advisor's form (the board, the kiosk):
    /// `user` as the audit names them, at `point` (the catalog's first when none is the screen's), no pseudonym made, no
    /// contact written, nothing remembered.
    public static func ofItsOwn(
        catalog: Catalog, strings: Strings, user: String, point: AdvicePoint? = nil, isDemo: Bool = false,
        clock: @escaping @Sendable () -> Timestamp = RegionClock.helsinki().now
    ) -> AppContext {
        AppContext(
            catalog: catalog, strings: strings, advisor: user, point: point ?? catalog.points[0], remembersPoint: false,
            pseudonym: { _ in throw NoPseudonyms() }, isDemo: isDemo, clock: clock, writesContacts: false)
    }

    /// A screen of its own is given no identity code to make a pseudonym of.
    struct NoPseudonyms: Error {}

    /// The same, at another point.
    func at(_ point: AdvicePoint) -> AppContext {
        AppContext(
            catalog: catalog, strings: strings, advisor: advisor, point: point, points: points, remembersPoint: remembersPoint,
            pseudonym: pseudonym, role: role, isDemo: isDemo, personas: personas, clock: clock, writesContacts: writesContacts)
    }

    /// Who keeps the staffed hours: a supervisor, and in the demo the trainer, who plays the supervisor there.
    var keepsStaffing: Bool { role.keepsStaffing || isDemo }

    /// Rows a list's PgUp and PgDn move by: its height at 80 × 24 (`base`) and every row the terminal has beyond.
    func pageRows(at80x24 base: Int) -> Int { base + max(0, rows - Size.minimum.height) }

    /// Who the audit log names for a screen's reads and writes.
    func actor(_ screen: String) -> Actor { Actor(user: advisor, command: "screen " + screen) }

    /// As the contact form's writes name the advisor: for the command that hands forms over before the screens start.
    public var actorForScreens: Actor { actor("contact") }
}

extension Timestamp {
    /// `10.42`, the Finnish way of writing a time of day (also read naturally in Swedish and English here).
    var clockTime: String { "\(hour).\(minute < 10 ? "0" : "")\(minute)" }
}

extension CivilDate {
    /// `3.3.`: a day this year, as a Finnish advisor writes it.
    var dayAndMonth: String { "\(day).\(month)." }
    /// `23.11.2026`.
    var written: String { "\(day).\(month).\(year)" }
}
