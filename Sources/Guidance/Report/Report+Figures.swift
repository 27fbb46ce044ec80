/// The one table of the figures a store keeps (issue 22): each stored figure's name — the report key it is summed into,
/// as `daily_figure` and `monthly_figure` name it — and the field of `Report` it is. `storedFigures`, `add` and
/// `recordFigures` read it; nothing else in Swift lists the names. (What a report writes is the other table,
/// `ReportFormat.figures`, which every format reads.)
public struct StoredFigure: Sendable {
    public enum Field: Sendable {
        /// A count or total, stored with code "".
        case count(WritableKeyPath<Report, Int> & Sendable)
        /// A map of code → count, stored one row per code.
        case map(WritableKeyPath<Report, [String: Int]> & Sendable)
        /// `referral_outcomes_by_referral`, stored as `referral:outcome`: `by_referral` and `referral_outcomes` are its
        /// sums, so that a report sums a third fewer rows than with all three kept.
        case referralOutcomes(WritableKeyPath<Report, [String: Int]> & Sendable)
    }

    public let name: String
    public let field: Field
    /// Counted from the three anonymous kinds of record (CONTRACT §7) rather than from contacts.
    public let isRecord: Bool

    init(_ name: String, _ field: Field, record: Bool = false) {
        self.name = name
        self.field = field
        isRecord = record
    }
}

extension Report {
    public static let storedFigureTable: [StoredFigure] = [
        // CONTRACT §5.
        StoredFigure("contacts", .count(\.contacts)),
        StoredFigure("resolved", .count(\.resolved)),
        StoredFigure("verified", .count(\.verified)),
        StoredFigure("with_client_ref", .count(\.withClientRef)),
        StoredFigure("repeats", .count(\.repeats)),
        StoredFigure("identified", .count(\.identified)),
        StoredFigure("duration_min_total", .count(\.durationMinTotal)),
        StoredFigure("satisfaction_responses", .count(\.satisfactionResponses)),
        StoredFigure("satisfaction_total", .count(\.satisfactionTotal)),
        StoredFigure("by_channel", .map(\.byChannel)),
        StoredFigure("by_reason", .map(\.byReason)),
        StoredFigure("by_topic", .map(\.byTopic)),
        StoredFigure("by_age_group", .map(\.byAgeGroup)),
        StoredFigure("by_segment", .map(\.bySegment)),
        StoredFigure("by_contact_by", .map(\.byContactBy)),
        StoredFigure("by_hour", .map(\.byHour)),
        // CONTRACT §7, counted with the contacts …
        StoredFigure("referral_outcomes_by_referral", .referralOutcomes(\.referralOutcomesByReferral)),
        StoredFigure("unmet_needs", .map(\.unmetNeeds)),
        StoredFigure("contacts_with_unmet_need", .count(\.contactsWithUnmetNeed)),
        StoredFigure("unmet_needs_by_topic", .map(\.unmetNeedsByTopic)),
        // … and from the three kinds of record, as exact sums.
        StoredFigure("feedback_responses", .count(\.feedbackResponses), record: true),
        StoredFigure("nps_promoters", .count(\.npsPromoters), record: true),
        StoredFigure("nps_detractors", .count(\.npsDetractors), record: true),
        StoredFigure("feedback_settled", .map(\.feedbackSettled), record: true),
        StoredFigure("feedback_bounced_yes", .count(\.feedbackBouncedYes), record: true),
        StoredFigure("feedback_bounced_answered", .count(\.feedbackBouncedAnswered), record: true),
        StoredFigure("mood_responses", .count(\.moodResponses), record: true),
        StoredFigure("mood_total", .count(\.moodTotal), record: true),
        StoredFigure("enps_responses", .count(\.enpsResponses), record: true),
        StoredFigure("enps_promoters", .count(\.enpsPromoters), record: true),
        StoredFigure("enps_detractors", .count(\.enpsDetractors), record: true),
        StoredFigure("staff_hundredths", .count(\.staffHundredths), record: true),
        StoredFigure("cost_cent_hundredths", .count(\.costCentHundredths), record: true),
        StoredFigure("staffed_days", .count(\.staffedDays), record: true),
        // CONTRACT §8.
        StoredFigure("consultations", .map(\.consultations)),
        StoredFigure("consulted_resolved", .count(\.consultedResolved)),
    ]

    /// `storedFigureTable` by name.
    static let storedFigureIndex = Dictionary(uniqueKeysWithValues: storedFigureTable.map { ($0.name, $0) })
}
