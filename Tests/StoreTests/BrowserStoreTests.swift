import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// What the supervisors' day browser reads: a period with its comparison period and trend lines in one read, the
/// daily series, the contacts behind each figure, and a report written to a file. Given ten weeks of synthetic
/// contacts, When the browser asks, Then …
struct BrowserStoreTests {
    static let supervisor = Actor(user: "sanna", command: "screen browser")
    static let library = "jarvenpaa-library"

    /// A period of the browser, with the point it is narrowed to.
    struct Period: Sendable, CustomTestStringConvertible {
        let from: String
        let to: String
        let point: String?
        var testDescription: String { "\(from)–\(to) at \(point ?? "all points")" }
    }

    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// Every figure of the report with the filter that selects its contacts, and how the figure counts them.
    static func figures(_ r: Report, _ vocabulary: Vocabulary) -> [(ContactFilter, Int)] {
        var figures: [(ContactFilter, Int)] = [
            (.all, r.contacts), (.resolved, r.resolved), (.verified, r.verified), (.withClientRef, r.withClientRef),
            (.repeats, r.repeats), (.identified, r.identified),
            (.referralKind(.internal), r.referralsInternal), (.referralKind(.external), r.referralsExternal),
            (.withUnmetNeed, r.contactsWithUnmetNeed), (.consulted, r.consultedContacts), (.consultedResolved, r.consultedResolved),
        ]
        let maps: [([String: Int], [String], (String) -> ContactFilter)] = [
            (r.byChannel, vocabulary.channel.codes, ContactFilter.channel), (r.byReason, vocabulary.reason.codes, ContactFilter.reason),
            (r.byTopic, vocabulary.topic.codes, ContactFilter.topic), (r.byReferral, vocabulary.referral.codes, ContactFilter.referral),
            (r.byAgeGroup, vocabulary.ageGroup.codes, ContactFilter.ageGroup),
            (r.byContactBy, vocabulary.contactBy.codes, ContactFilter.contactBy), (r.bySegment, vocabulary.segment.codes, ContactFilter.segment),
            (r.byHour, (0..<24).map(Report.hourCode), ContactFilter.hour),
            (r.referralOutcomes, vocabulary.referralOutcome.codes, ContactFilter.referralOutcome),
            (r.unmetNeeds, vocabulary.unmetNeed.codes, ContactFilter.unmetNeed),
            (r.unmetNeedsByTopic, vocabulary.topic.codes, ContactFilter.unmetNeedTopic),
            (r.consultations, vocabulary.consultation.codes, ContactFilter.consultation),
        ]
        for (map, codes, filter) in maps {
            figures += codes.map { (filter($0), map[$0] ?? 0) }
        }
        return figures
    }

    // MARK: - The contacts behind each figure

    @Test(arguments: Backend.allCases, [
        Period(from: "2026-11-16", to: "2026-11-22", point: library),
        Period(from: "2026-10-01", to: "2026-10-31", point: nil),
        Period(from: "2026-11-19", to: "2026-11-19", point: "kerava-service-centre"),
    ])
    func everyFiguresContactsAreExactlyTheOnesTheReportCounts(_ backend: Backend, _ period: Period) throws {
        // Ten weeks of demo contacts at every point up to 23.11.2026, with repeats, referrals, segments and pseudonyms.
        let log = try backend.demoLog(), vocabulary = Fixtures.vocabulary
        let (from, to, point) = (period.from, period.to, period.point)
        // Given the report of the period
        let report = try log.report(from: Self.day(from), to: Self.day(to), point: point, by: Self.supervisor)
        #expect(report.contacts > 0)
        var nonzero = 0
        for (filter, figure) in Self.figures(report, vocabulary) {
            // When the browser lists the contacts behind the figure
            let contacts = try log.contacts(from: Self.day(from), to: Self.day(to), point: point, matching: filter, by: Self.supervisor)
            // Then there are as many as the figure counts (referrals of a kind count the referrals, not the contacts)
            let counted: Int
            if case .referralKind(let kind) = filter {
                counted = contacts.reduce(0) { $0 + $1.contact.referrals.filter { vocabulary.referral[$0]?.kind == kind }.count }
            } else if case .referralOutcome(let outcome) = filter {
                counted = contacts.reduce(0) { sum, c in sum + c.contact.referrals.filter { c.contact.outcome(of: $0) == outcome }.count }
            } else {
                counted = contacts.count
            }
            #expect(counted == figure, "\(filter): \(counted) contacts listed, the report counts \(figure)")
            // And the list's count, read apart (from the stored figure where one counts them), is the list's length
            #expect(try log.countContacts(from: Self.day(from), to: Self.day(to), point: point, matching: filter, by: Self.supervisor) == contacts.count,
                    "\(filter)")
            #expect(contacts.allSatisfy { (from...to).contains($0.contact.occurredAt.date.description) && (point == nil || $0.contact.point == point) })
            if figure > 0 { nonzero += 1 }
        }
        // The data exercise most figures: every filter kind has a non-zero figure somewhere.
        #expect(nonzero > 40)
    }

    @Test(arguments: Backend.allCases)
    func theFiguresContactsAreInTimeOrderAndTheListIsAudited(_ backend: Backend) throws {
        let w = try StoreWorld(backend, actor: Self.supervisor), log = w.log
        try log.importContacts(Fixtures.demoContacts(days: 14), details: "demo", by: Self.supervisor)
        let contacts = try log.contacts(
            from: Self.day("2026-11-16"), to: Self.day("2026-11-20"), point: Self.library, matching: .topic("housing"), by: Self.supervisor)
        #expect(!contacts.isEmpty)
        #expect(contacts.allSatisfy { $0.contact.topics.contains("housing") })
        #expect(contacts.map(\.contact.occurredAt) == contacts.map(\.contact.occurredAt).sorted())
        let audit = try #require(try log.audit(from: nil, to: nil).last)
        #expect(audit.user == w.auditedUser(Self.supervisor))
        #expect(audit.command == "screen browser")
        #expect(audit.details == "period 2026-11-16–2026-11-20, point jarvenpaa-library, topic housing")
        #expect(audit.contacts == contacts.count)
    }

    // MARK: - Trend lines

    @Test(arguments: Backend.allCases)
    func theDailySeriesHasEveryDayAndAgreesWithTheReport(_ backend: Backend) throws {
        let log = try backend.demoLog()
        let from = Self.day("2026-09-28"), to = Self.day("2026-11-22")
        for point in [Self.library, nil] {
            let series = try log.dailySeries(from: from, to: to, point: point, by: Self.supervisor)
            #expect(series.count == 56)
            #expect(series.first?.day == from)
            #expect(series.last?.day == to)
            // Weekends are there, with nothing.
            #expect(series.filter { $0.day.weekday >= 6 }.allSatisfy { $0.contacts == 0 && $0.resolved == 0 })
            for daily in series where daily.day.day % 5 == 0 {
                let report = try log.report(from: daily.day, to: daily.day, point: point, by: Self.supervisor)
                #expect(daily.contacts == report.contacts)
                #expect(daily.resolved == report.resolved)
            }
            let whole = try log.report(from: from, to: to, point: point, by: Self.supervisor)
            #expect(series.reduce(0) { $0 + $1.contacts } == whole.contacts)
        }
        let audit = try #require(try log.audit(from: nil, to: nil).last { $0.details.hasPrefix("daily series") })
        #expect(audit.details == "daily series period 2026-09-28–2026-11-22, all points")
    }

    @Test(arguments: Backend.allCases)
    func aBrowsedPeriodIsTheReportsOfBothPeriodsAndTheSeriesInOneAuditRow(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        try log.importContacts(Fixtures.demoContacts(days: 21), details: "demo", by: Self.supervisor)
        let before = try log.audit(from: nil, to: nil).count
        let browsed = try log.browse(
            from: Self.day("2026-11-19"), to: Self.day("2026-11-19"), comparedWith: (Self.day("2026-11-12"), Self.day("2026-11-12")),
            series: (Self.day("2026-09-25"), Self.day("2026-11-19")), point: Self.library, by: Self.supervisor)
        // On PostgreSQL the handoffs' figures of both periods are read through `neuvo.handoff_records`, which writes a
        // row of its own (before the browse's); SQLite's one row covers them.
        let rows = try log.audit(from: nil, to: nil)
        #expect(rows.count == before + (backend == .postgres ? 2 : 1))
        if backend == .postgres {
            #expect(rows.dropLast().last?.details == "handoff figures period 2026-11-12–2026-11-19, point jarvenpaa-library")
        }
        let audit = try #require(rows.last)
        #expect(audit.details == "period 2026-11-19–2026-11-19, point jarvenpaa-library, compared with 2026-11-12–2026-11-12, daily series 2026-09-25–2026-11-19")
        #expect(audit.contacts == browsed.report.contacts + browsed.comparison.contacts)
        #expect(browsed.report == (try log.report(from: Self.day("2026-11-19"), to: Self.day("2026-11-19"), point: Self.library, by: Self.supervisor)))
        #expect(browsed.comparison == (try log.report(from: Self.day("2026-11-12"), to: Self.day("2026-11-12"), point: Self.library, by: Self.supervisor)))
        #expect(browsed.series.count == 56)
        #expect(browsed.series.last?.contacts == browsed.report.contacts)
    }

    // MARK: - The report written to a file

    @Test(arguments: Backend.allCases)
    func aWrittenReportIsAuditedWithItsFileAndAFailedWriteIsNot(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        try log.importContacts(Fixtures.demoContacts(days: 7), details: "demo", by: Self.supervisor)
        var written: Report?
        let report = try log.writeReport(
            from: Self.day("2026-11-17"), to: Self.day("2026-11-23"), point: nil, file: "/tmp/week.csv", by: Self.supervisor
        ) { written = $0 }
        #expect(written == report)
        #expect(report == (try log.report(from: Self.day("2026-11-17"), to: Self.day("2026-11-23"), point: nil, by: Self.supervisor)))
        let audit = try log.audit(from: nil, to: nil)
        #expect(audit.contains { $0.details == "period 2026-11-17–2026-11-23, all points, report written to /tmp/week.csv" && $0.contacts == report.contacts })

        struct DiskFull: Error {}
        let count = try log.audit(from: nil, to: nil).count
        #expect(throws: DiskFull.self) {
            try log.writeReport(from: Self.day("2026-11-17"), to: Self.day("2026-11-23"), point: nil, file: "/full/week.csv", by: Self.supervisor) { _ in
                throw DiskFull()
            }
        }
        #expect(try log.audit(from: nil, to: nil).count == count)
    }
}

/// CONTRACT §7 behind the day browser: the contacts with an unmet need or a referral outcome, and each destination's
/// outcomes kept as a figure of their own. Given three contacts with referrals, outcomes and unmet needs, When the
/// browser asks, Then …
struct EvaluationBrowserStoreTests {
    static let supervisor = Actor(user: "sanna", command: "screen browser")
    static let library = "jarvenpaa-library"

    static func contacts() -> [Contact] {
        [
            Contact(
                occurredAt: Fixtures.at("2026-11-16T09:00:00+02:00"), point: library, channel: "walk-in", topics: ["housing", "benefits"],
                resolved: false, referrals: ["health-station", "adult-social-work"], referralOutcomes: ["health-station": "reached"],
                unmetNeeds: ["waiting-time", "cost"]),
            Contact(
                occurredAt: Fixtures.at("2026-11-17T10:00:00+02:00"), point: library, channel: "phone", topics: ["benefits"],
                resolved: true, referrals: ["health-station"], referralOutcomes: ["health-station": "declined"], unmetNeeds: ["cost"]),
            Contact(
                occurredAt: Fixtures.at("2026-11-18T11:00:00+02:00"), point: library, channel: "walk-in", topics: ["housing"],
                resolved: true, referrals: ["adult-social-work"]),
        ]
    }

    static let from = CivilDate(iso: "2026-11-16")!, to = CivilDate(iso: "2026-11-22")!

    @Test(arguments: Backend.allCases)
    func theContactsBehindUnmetNeedsAndOutcomesAreTheOnesTheReportCounts(_ backend: Backend) throws {
        let w = try StoreWorld(backend, actor: Self.supervisor), log = w.log
        try log.importContacts(Self.contacts(), details: "test", by: Self.supervisor)
        let report = try log.report(from: Self.from, to: Self.to, point: Self.library, by: Self.supervisor)
        func listed(_ filter: ContactFilter) throws -> [Contact] {
            try log.contacts(from: Self.from, to: Self.to, point: Self.library, matching: filter, by: Self.supervisor).map(\.contact)
        }
        // Unmet needs: each need, any need, and by topic.
        #expect(try listed(.withUnmetNeed).count == report.contactsWithUnmetNeed)
        #expect(report.contactsWithUnmetNeed == 2)
        #expect(try listed(.unmetNeed("cost")).count == 2)
        #expect(try listed(.unmetNeed("waiting-time")).map(\.channel) == ["walk-in"])
        #expect(try listed(.unmetNeed("language")).isEmpty)
        #expect(try listed(.unmetNeedTopic("housing")).count == report.unmetNeedsByTopic["housing"])
        #expect(try listed(.unmetNeedTopic("benefits")).count == 2)
        // Outcomes: contacts with a referral of that outcome; the figure counts the referrals.
        for outcome in Fixtures.vocabulary.referralOutcome.codes {
            let referrals = try listed(.referralOutcome(outcome)).reduce(0) { sum, c in sum + c.referrals.filter { c.outcome(of: $0) == outcome }.count }
            #expect(referrals == report.value(of: .referralOutcome(outcome)), "\(outcome)")
        }
        #expect(report.referralOutcomes == ["reached": 1, "declined": 1, "pending": 2])
        // Each destination's outcomes, and its reached rate over the decided ones.
        #expect(report.referralOutcomesByReferral == ["health-station:reached": 1, "health-station:declined": 1, "adult-social-work:pending": 2])
        #expect(report.referralReachedRate(of: "health-station") == Ratio(1, of: 2))
        #expect(report.referralReachedRate(of: "adult-social-work") == nil)
        #expect(report.referralReachedRate == Ratio(1, of: 2))
        let audit = try w.lastAudit()
        #expect(audit.details == "period 2026-11-16–2026-11-22, point jarvenpaa-library, referral outcome unknown")
    }

    @Test(arguments: Backend.allCases)
    func settingAnOutcomeMovesTheDestinationsFigureToo(_ backend: Backend) throws {
        let w = try StoreWorld(backend, actor: Self.supervisor), log = w.log
        try log.importContacts(Self.contacts(), details: "test", by: Self.supervisor)
        let pending = try log.contacts(from: Self.from, to: Self.to, point: Self.library, matching: .referralOutcome("pending"), by: Self.supervisor)
        let last = try #require(pending.last { $0.contact.channel == "walk-in" && $0.contact.referrals == ["adult-social-work"] })
        try log.setReferralOutcome(contactID: last.id, referral: "adult-social-work", outcome: "not-reached", clientRef: nil, by: Self.supervisor)
        let report = try log.report(from: Self.from, to: Self.to, point: Self.library, by: Self.supervisor)
        #expect(report.referralOutcomesByReferral == [
            "health-station:reached": 1, "health-station:declined": 1, "adult-social-work:pending": 1, "adult-social-work:not-reached": 1,
        ])
        #expect(report.referralReachedRate(of: "adult-social-work") == Ratio(0, of: 1))
        // The figure as kept is the figure counted again from the contacts.
        var counted = Report(from: Self.from, to: Self.to, point: Self.library)
        for c in try w.export() { counted.count(c, hasRepeat: false) }
        #expect(counted.referralOutcomesByReferral.filter { $0.value != 0 } == report.referralOutcomesByReferral.filter { $0.value != 0 })
    }
}
