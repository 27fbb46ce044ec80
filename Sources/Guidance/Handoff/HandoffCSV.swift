/// The CSV kind `handoffs` (CONTRACT §9), value by value: `sent_at,point,service,urgency,taken_at,closed_at,result,tries`
/// — a handoff's figures and never its personal details (a `name` or `phone` column is an unknown column, refused by
/// §3's rules like any other). A row's texts become a `HandoffRecord` with every problem named by column, as
/// `EvaluationCSV` names them; a record is written back as the same texts.
public enum HandoffCSV {
    /// The columns in the order export writes them.
    public static let columns = ["sent_at", "point", "service", "urgency", "taken_at", "closed_at", "result", "tries"]
    public static let requiredColumns = ["sent_at", "point", "service"]
    /// Tries to reach the client a handoff may record.
    public static let triesRange = 0...20
    /// The results that say the service tried to call: at least one try.
    public static let triedResults: [HandoffResult] = [.reached, .notReached]

    /// The receiving services of a vocabulary (CONTRACT §9): its internal referral destinations, in its order.
    public static func receivingServices(_ vocabulary: Vocabulary) -> [String] {
        vocabulary.referral.codes.filter { vocabulary.referral[$0]?.kind == .internal }
    }

    /// Reads one row (column name → text as in the file; absent columns missing). `services` are the receiving
    /// services (`receivingServices`); `vocabulary` tells an unknown code from an external destination.
    public static func record(
        from values: [String: String], points: Set<String>, services: [String], vocabulary: Vocabulary
    ) throws(RecordErrors) -> HandoffRecord {
        var problems: [RecordProblem] = []
        func problem(_ column: String, _ p: ContactProblem) { problems.append(RecordProblem(column, p)) }
        func text(_ column: String) -> String? {
            guard let raw = values[column] else { return nil }
            if raw.contains("\"") {
                problem(column, .strayQuote)
                return nil
            }
            if IdentityCode.appears(in: raw) {
                problem(column, .identityCode)
                return nil
            }
            let value = raw.trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        /// Whether the column holds something, bad or not: a bad time is still a time that needs the others.
        func given(_ column: String) -> Bool { !(values[column] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        func required(_ column: String) -> String? {
            let value = text(column)
            if value == nil && !problems.contains(where: { $0.column == column }) { problem(column, .missing) }
            return value
        }
        func time(_ value: String?, _ column: String) -> Timestamp? {
            guard let value else { return nil }
            do {
                return try Timestamp(iso: value)
            } catch {
                problem(column, .timestamp(error, value))
                return nil
            }
        }

        let sentAt = time(required("sent_at"), "sent_at")
        let point = required("point")
        if let point, !points.contains(point) { problem("point", .unknownCode(point)) }
        let service = required("service")
        if let service, !services.contains(service) {
            problem("service", vocabulary.referral.contains(service) ? .notReceivingService(service, services) : .unknownCode(service))
        }
        var urgency = HandoffUrgency.normal
        if let value = text("urgency") {
            if let u = HandoffUrgency(rawValue: value) {
                urgency = u
            } else {
                problem("urgency", .notOneOf(value, HandoffUrgency.allCases.map(\.rawValue)))
            }
        }
        let takenAt = time(text("taken_at"), "taken_at")
        let closedAt = time(text("closed_at"), "closed_at")
        var result: HandoffResult?
        if let value = text("result") {
            result = HandoffResult(rawValue: value)
            if result == nil { problem("result", .notOneOf(value, HandoffResult.allCases.map(\.rawValue))) }
        }
        var tries = 0
        if let value = text("tries") {
            if let n = Int(value) {
                if triesRange.contains(n) { tries = n } else { problem("tries", .outOfRange(n, triesRange)) }
            } else {
                problem("tries", .notWholeNumber(value))
            }
        }

        // The order of the states: sent, taken, closed with a result.
        if let sentAt, let takenAt, takenAt.instant < sentAt.instant {
            problem("taken_at", .earlierThan(column: "sent_at", sentAt.description))
        }
        if given("closed_at") {
            if !given("taken_at") { problem("closed_at", .needs(column: "taken_at")) }
            if !given("result") { problem("closed_at", .needs(column: "result")) }
        } else if given("result") {
            problem("result", .needs(column: "closed_at"))
        }
        if let takenAt, let closedAt, closedAt.instant < takenAt.instant {
            problem("closed_at", .earlierThan(column: "taken_at", takenAt.description))
        }
        if let result, triedResults.contains(result), tries < 1, !problems.contains(where: { $0.column == "tries" }) {
            problem("tries", .tooFewTries(result: result.rawValue))
        }

        guard problems.isEmpty, let sentAt, let point, let service else { throw RecordErrors(problems: problems) }
        return HandoffRecord(
            sentAt: sentAt, point: point, service: service, urgency: urgency, takenAt: takenAt, closedAt: closedAt, result: result,
            tries: tries)
    }

    /// The record's values in `columns`' order: what `record(from:…)` reads back to the same record.
    public static func fields(of h: HandoffRecord) -> [String] {
        [h.sentAt.description, h.point, h.service, h.urgency.rawValue, h.takenAt?.description ?? "", h.closedAt?.description ?? "",
         h.result?.rawValue ?? "", String(h.tries)]
    }
}

extension RecordSheet {
    /// The handoffs' sheet (CONTRACT §9): the CSV's columns, times as date-times in the region's time zone, the sending
    /// day, each code beside its label, and the hours to take and to close (empty until then) for a pivot table.
    static let handoffHeader = [
        "sent_at", "day", "point", "point_label", "service", "service_label", "urgency", "taken_at", "closed_at", "result",
        "result_label", "tries", "hours_to_take", "hours_to_close",
    ]

    public func row(_ h: HandoffRecord) -> [Cell] {
        func time(_ t: Timestamp?) -> Cell { t.map { .number(Workbook.serial($0, in: timeZone), .dateTime) } ?? .empty }
        func hours(_ t: Timestamp?) -> Cell { t.map { .number(Double($0.instant - h.sentAt.instant) / 3600, .decimal1) } ?? .empty }
        let format = ReportFormat(vocabulary: vocabulary, points: points, strings: strings)
        return [
            time(h.sentAt), .number(Workbook.serial(h.sentAt.date), .date), .text(h.point), .text(pointNames[h.point] ?? h.point),
            .text(h.service), .text(vocabulary.referral.label(h.service, in: language)), .text(h.urgency.rawValue),
            time(h.takenAt), time(h.closedAt), h.result.map { .text($0.rawValue) } ?? .empty,
            .text(format.handoffResultLabel(h.result?.rawValue ?? HandoffFigures.open)), .number(Double(h.tries), .integer),
            hours(h.takenAt), hours(h.closedAt),
        ]
    }
}
