import Foundation

/// `neuvo export --format xlsx`: one sheet, one row per contact (or feedback, mood or staffing record), ready for a
/// pivot table. The headings are the CSV's column names (language-independent, so that a Power BI query survives a
/// change of language), each coded value beside its label in the user's language (`channel`, `channel_label`), yes
/// and no as 1 and 0, times as date-times in the region's time zone, and the lists (topics, referrals) both joined
/// and as one 0/1 column per code of the vocabulary (`topics:debt`). Free text (client reference, advisor) is a
/// text cell, never a formula.
public struct RecordSheet: Sendable {
    public let kind: RecordKind
    public let vocabulary: Vocabulary
    public let points: [AdvicePoint]
    public let strings: Strings
    public let timeZone: TimeZone
    let pointNames: [String: String]
    /// The codes with a 0/1 column of their own, in the vocabulary's order.
    let topicCodes: [String], referralCodes: [String]

    public typealias Cell = Workbook.Cell

    public init(kind: RecordKind, vocabulary: Vocabulary, points: [AdvicePoint], strings: Strings, timeZone: TimeZone) {
        self.kind = kind
        self.vocabulary = vocabulary
        self.points = points
        self.strings = strings
        let language = strings.language
        self.timeZone = timeZone
        pointNames = Dictionary(points.map { ($0.code, $0.name[language]) }, uniquingKeysWith: { a, _ in a })
        topicCodes = vocabulary.topic.codes
        referralCodes = vocabulary.referral.codes
    }

    /// `topics:debt`: the heading of a list's column for one code.
    public static func codeColumn(_ list: String, _ code: String) -> String { "\(list):\(code)" }

    /// The sheet's name: the kind, as the command names it.
    public var sheetName: String { kind.rawValue }

    /// The headings, in the order `row` writes the cells.
    public var header: [String] {
        switch kind {
        case .contacts:
            ["occurred_at", "day", "point", "point_label", "channel", "channel_label", "topics", "topics_label", "resolved",
             "contact_by", "contact_by_label", "reason", "reason_label", "referrals", "referrals_label", "identified",
             "age_group", "age_group_label", "service_area", "service_area_label", "duration_min", "segment", "segment_label",
             "client_ref", "satisfaction", "advisor", "referral_outcomes", "unmet_needs", "unmet_needs_label",
             "consultation", "consultation_label"]
                + topicCodes.map { Self.codeColumn("topics", $0) } + referralCodes.map { Self.codeColumn("referrals", $0) }
        case .feedback: ["day", "point", "point_label", "nps", "settled", "settled_label", "bounced"]
        case .mood: ["day", "point", "point_label", "mood", "enps"]
        case .staffing: ["day", "point", "point_label", "staff_hours", "hourly_cost_eur"]
        case .handoffs: Self.handoffHeader
        }
    }

    /// Widths for the headings: a date-time is wider than its heading, a label column wider still.
    public var columnWidths: [Double] {
        header.map { name in
            switch name {
            case "occurred_at", "sent_at", "taken_at", "closed_at": 20
            case "day": 12
            case _ where name.hasSuffix("_label") || name == "referral_outcomes": 28
            case _ where name.contains(":"): Workbook.width([name], minimum: 6, maximum: 24)
            default: Workbook.width([name], minimum: 10, maximum: 24)
            }
        }
    }

    // MARK: - Rows

    public func row(_ c: Contact) -> [Cell] {
        func code(_ code: String?) -> Cell { code.map(Cell.text) ?? .empty }
        func label(_ code: String?, _ list: CodeList) -> Cell { code.map { .text(list.label($0, in: language)) } ?? .empty }
        func ordered(_ codes: [String], _ list: CodeList) -> [String] {
            codes.sorted { (list.position(of: $0) ?? .max, $0) < (list.position(of: $1) ?? .max, $1) }
        }
        func joined(_ codes: [String], _ list: CodeList) -> Cell {
            codes.isEmpty ? .empty : .text(ordered(codes, list).joined(separator: "; "))
        }
        func joinedLabels(_ codes: [String], _ list: CodeList) -> Cell {
            codes.isEmpty ? .empty : .text(ordered(codes, list).map { list.label($0, in: language) }.joined(separator: "; "))
        }
        func flag(_ yes: Bool) -> Cell { .number(yes ? 1 : 0, .integer) }
        func number(_ n: Int?) -> Cell { n.map { .number(Double($0), .integer) } ?? .empty }
        let v = vocabulary
        let outcomes = c.referralOutcomes.map { ($0.key, $0.value) }
            .sorted { (v.referral.position(of: $0.0) ?? .max, $0.0) < (v.referral.position(of: $1.0) ?? .max, $1.0) }
            .map { "\($0.0):\($0.1)" }.joined(separator: "; ")
        let topics = Set(c.topics), referrals = Set(c.referrals)
        var row: [Cell] = [
            .number(Workbook.serial(c.occurredAt, in: timeZone), .dateTime),
            .number(Workbook.serial(localDay(c.occurredAt)), .date),
            .text(c.point), .text(pointNames[c.point] ?? c.point),
            .text(c.channel), label(c.channel, v.channel),
            joined(c.topics, v.topic), joinedLabels(c.topics, v.topic),
            flag(c.resolved),
            .text(c.contactBy), label(c.contactBy, v.contactBy),
            code(c.reason), label(c.reason, v.reason),
            joined(c.referrals, v.referral), joinedLabels(c.referrals, v.referral),
            flag(c.identified),
            .text(c.ageGroup), label(c.ageGroup, v.ageGroup),
            code(c.serviceArea), label(c.serviceArea, v.serviceArea),
            number(c.durationMinutes),
            code(c.segment?.rawValue), label(c.segment?.rawValue, v.segment),
            code(c.clientRef), number(c.satisfaction), code(c.advisor),
            outcomes.isEmpty ? .empty : .text(outcomes),
            joined(c.unmetNeeds, v.unmetNeed), joinedLabels(c.unmetNeeds, v.unmetNeed),
            code(c.consultation), label(c.consultation, v.consultation),
        ]
        row.reserveCapacity(row.count + topicCodes.count + referralCodes.count)
        for topic in topicCodes { row.append(flag(topics.contains(topic))) }
        for referral in referralCodes { row.append(flag(referrals.contains(referral))) }
        return row
    }

    /// The day of a moment in the region's time zone (a contact's day as written may be in another offset).
    func localDay(_ moment: Timestamp) -> CivilDate {
        let serial = Workbook.serial(moment, in: timeZone)
        return CivilDate(daysSinceEpoch: Int((serial - 25_569).rounded(.down)))
    }

    public func row(_ record: EvaluationRecord) -> [Cell] {
        let day: [Cell] = [.number(Workbook.serial(record.day), .date), .text(record.point),
                           .text(pointNames[record.point] ?? record.point)]
        func number(_ n: Int?) -> Cell { n.map { .number(Double($0), .integer) } ?? .empty }
        switch record {
        case .feedback(let r):
            let settled: Cell = r.settled.map { .text(settledLabel($0)) } ?? .empty
            return day + [number(r.nps), r.settled.map(Cell.text) ?? .empty, settled,
                          r.bounced.map { .number($0 ? 1 : 0, .integer) } ?? .empty]
        case .mood(let r):
            return day + [number(r.mood), number(r.enps)]
        case .staffing(let r):
            return day + [.number(Double(r.staffHundredths) / 100, .hours), .number(Double(r.hourlyCostCents) / 100, .euros)]
        }
    }

    var language: Language { strings.language }

    /// `Kyllä`: a feedback's `settled` in the user's language, as the report names it.
    func settledLabel(_ code: String) -> String {
        ReportFormat(vocabulary: vocabulary, points: points, strings: strings).settledLabel(code)
    }
}
