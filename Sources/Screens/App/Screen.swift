import Guidance
import Store
import Terminal

/// One screen of the app (DESIGN: the Elm loop). A screen keeps its state, turns keys into its named actions
/// through its key table, and answers each action with effects; it never does I/O. The app runs the
/// effects against the store and hands their outcomes back through `receive`.
public protocol Screen {
    /// The screen's name in the header and help.
    func title(_ context: AppContext) -> String
    /// The screen's keys as help and the footer show them: its own table, from the same bindings that handle keys.
    func keyHelp(_ context: AppContext) -> [KeyHelp]
    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect]
    /// Pasted text (CONTRACT §10): into the focused text field, through the field's own rules; a screen without one
    /// ignores it (the default), so that a paste never runs a command.
    mutating func paste(_ text: String, _ context: AppContext) -> [Effect]
    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect]
    /// Draws the screen's body into `area` of the canvas (the app draws the header, status line and footer).
    func render(into canvas: inout Canvas, area: Area, _ context: AppContext)
    /// A few sentences for help on how the screen is used; nil for none.
    func guide(_ context: AppContext) -> String?

    // The app's one loop gives every screen keys, clicks, pastes, resizes and ticks alike (`App.run`); these say how a
    // screen takes the terminal and time.

    /// The screen has the terminal to itself (the kiosk, the board, the mood question): it draws the whole frame — no
    /// header, status line, footer or tour of the app's, at any size — and every key is its own (no F1 help and no
    /// Ctrl-C of the app's). False by default.
    var ownsTerminal: Bool { get }
    /// Whether the app asks the store each second, while this screen is on top, whether others have saved
    /// (`App.refreshIfOthersSaved`). True by default; the board asks itself, the kiosk and the mood question show
    /// nothing of the log.
    var watchesSaves: Bool { get }
    /// How long the loop may wait for a key, `idle` seconds after the last one, before `tick` is due; nil (the
    /// default): no tick of the screen's own (the app's second still ticks a screen that watches saves).
    func tickDue(idle: Double, _ context: AppContext) -> Double?
    /// No key came in time, `idle` seconds after the last one: the screen's timeouts and refreshes (default: none).
    mutating func tick(idle: Double, _ context: AppContext) -> [Effect]
}

extension Screen {
    public func guide(_ context: AppContext) -> String? { nil }
    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] { [] }
    public var ownsTerminal: Bool { false }
    public var watchesSaves: Bool { true }
    public func tickDue(idle: Double, _ context: AppContext) -> Double? { nil }
    public mutating func tick(idle: Double, _ context: AppContext) -> [Effect] { [] }
}

/// A rectangle of the canvas.
public struct Area: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var bottom: Int { y + height }
}

/// What a screen asks the app to do.
public enum Effect {
    /// Opens a screen on top of this one.
    case push(any Screen)
    /// Closes this screen; the one below receives `outcome` (and always `.resumed`).
    case pop(Outcome?)
    case quit
    /// The advisor works at this point from now on (remembered in the config file).
    case choosePoint(AdvicePoint)
    /// Hands `outcome` to the screen below this one, which stays on top (the segmentation tells the form
    /// how far it has got, so that the form's draft keeps it).
    case deliverBelow(Outcome)
    /// A line at the bottom of the screen until the next key.
    case status(String, Style)
    case loadDay(CivilDate)
    case loadFollowUps
    case loadContact(Int64)
    case loadEarlier(clientRef: String, before: Timestamp)
    case saveContact(ContactToSave)
    case saveDraft(id: Int64?, form: String)
    case deleteDraft(Int64)
    case markFollowUpDone(contactID: Int64, note: String)
    /// What became of one referral of a contact (CONTRACT §7), saved at once: in follow-ups the point's own contacts
    /// (`clientRef` nil), in the form a returning client's earlier contact at any point (`clientRef` the client's).
    case setReferralOutcome(contactID: Int64, referral: String, outcome: String, clientRef: String?)
    /// The day browser: a period's report, its comparison period's and the daily trend lines, for a point or all.
    case browse(BrowserPeriod, point: String?)
    /// A page of the contacts of a period that one figure counts (at most `limit` from `page`), and when `counted` how
    /// many the whole list has.
    case loadFigureContacts(
        from: CivilDate, to: CivilDate, point: String?, filter: ContactFilter, page: PageStart<ContactKey>, limit: Int, counted: Bool)
    /// The handoffs of a period that one handoff figure counts, without personal details (CONTRACT §9).
    case loadFigureHandoffs(from: CivilDate, to: CivilDate, point: String?, filter: HandoffFilter)
    /// Writes a period's report to a file, as `neuvo report` prints it (audited).
    case exportReport(ReportExport)
    /// The contacts with a segment in a period by service chain and segment, for the segment targets.
    case loadSegmentShares(from: CivilDate, to: CivilDate, point: String?)
    /// The staffing rows of a point over a period.
    case loadStaffing(from: CivilDate, to: CivilDate, point: String)
    /// Staffing rows written (each replaces its day's), then the period's rows read again.
    case saveStaffing([StaffingDay], period: BrowserPeriod)
    /// Trainer mode: fresh synthetic contacts in place of all in the demo database.
    case resetDemo
    /// Trainer mode: the guided tour begins (`Tour`).
    case startTour
    /// The receiving services' queue (nil: every service the login receives for).
    case loadQueue(services: [String]?)
    /// One handoff with its details, for a login of the receiving service (the store audits each).
    case openHandoff(Int64)
    /// A handoff taken, tried, closed, returned or sent elsewhere.
    case moveHandoff(id: Int64, HandoffMove)
    /// The handoffs sent from the advisor's point, for follow-ups.
    case loadSentHandoffs
}

/// What a screen does to a handoff (CONTRACT §9).
public enum HandoffMove: Equatable, Sendable {
    case take
    case attempt(reached: Bool)
    case close(HandoffResult)
    case giveBack(reason: String)
    case resend(to: String)
}

/// A contact the form is done with, and what goes with it.
public struct ContactToSave: Equatable, Sendable {
    public var contact: Contact
    /// nil: a new contact.
    public var editing: Int64?
    public var assessment: Assessment?
    public var chain: String?
    /// Earlier open matters of the client that this contact closes.
    public var closing: [Int64]
    /// The draft to remove once saved.
    public var draft: Int64?
    /// Names this save however often it is tried (`ContactLog.log`'s token): made when the form opened, kept in its draft.
    public var token: String
    /// The form as its draft holds it (never an identity code), kept on this machine while the save waits.
    public var form: String?
    /// The warm handoff the save sends, with the client's consent, for the saved contact's referral (CONTRACT §9).
    public var handoff: HandoffRequest? = nil
}

/// What came back from an effect, or from a screen that closed.
public enum Outcome {
    /// The screen is on top again.
    case resumed
    /// Someone else has saved (another screen, another process): a screen showing the log's data reads it again.
    case othersSaved
    case day(DayOverview)
    case followUps([LoggedContact])
    case contactLoaded(LoggedContact, SavedAssessment?)
    case earlier(clientRef: String, [LoggedContact])
    case saved(id: Int64, ContactToSave)
    /// The database was busy or out of reach: the app keeps the save (in memory and on this machine) and writes it
    /// as soon as it can; the form is done.
    case savePending(ContactToSave)
    case draftSaved(Int64)
    case followUpDone(Int64)
    case referralOutcomeSet(contactID: Int64, referral: String, outcome: String)
    case browsed(BrowsedPeriod)
    /// A page of the contacts behind a figure.
    case figureContacts(ContactPage)
    /// The figures of the handoffs behind a handoff figure: times, service, state, result, tries.
    case figureHandoffs([HandoffRecord])
    /// The report was written to this file (its absolute path).
    case reportExported(path: String)
    case segmentShares(SegmentShares)
    case staffing([StaffingDay])
    /// The rows saved, and the period's rows as now held.
    case staffingSaved([StaffingDay], held: [StaffingDay])
    /// A write or read failed: the message names why.
    case failed(String)
    /// The segmentation screen is done with the current contact.
    case segmented(Assessment?, chain: String?)
    /// The segmentation as it stands while it is still open (nil: nothing pending), for the form's draft.
    case segmentationInProgress(SegmentationProgress?)
    /// The directory chose a referral for the current contact.
    case referralChosen(String)
    /// The consultation lines (or the directory) chose the contact's consultation; nil clears it.
    case consultationChosen(String?)
    /// A draft to go on with.
    case resumeDraft(Draft)
    /// The demo database was rebuilt.
    case demoReset
    /// Trainer mode: a practice client to load into the segmentation.
    case personaChosen(Persona)
    /// A handoff was sent, moved or erased by anyone (`HandoffStore.handoffsChanged`).
    case handoffsMoved
    case handoffQueue([Handoff])
    case handoffOpened(Handoff)
    /// A move done; `newID` is the handoff a resend made.
    case handoffMoved(id: Int64, HandoffMove, newID: Int64?)
    case sentHandoffs([Handoff])
}

/// A segmentation not yet taken back to the form: the answers, the chain and the override as typed.
public struct SegmentationProgress: Codable, Equatable, Sendable {
    public var answers: [String: Int]
    public var chain: String?
    public var overrideSegment: Segment?
    public var reason: String
}
