/// A real-time consultation line (CONTRACT §8): an expert of an age group or sector whom the advisor may call while
/// the client is there, from `consultation.json` (an example: a region writes its own).
public struct ConsultationLine: Equatable, Sendable {
    public let code: String
    public let name: LocalizedText
    /// Who answers, in the three languages: the service guide for older people.
    public let who: LocalizedText
    public let howToReach: LocalizedText
    public let phone: String?
    /// When the line answers, in local time.
    public let hours: [Hours]
    /// What the line serves: empty means any.
    public let topics: [String]
    public let ageGroups: [String]
    public let segments: [String]

    public init(
        code: String, name: LocalizedText, who: LocalizedText, howToReach: LocalizedText, phone: String?, hours: [Hours],
        topics: [String], ageGroups: [String], segments: [String]
    ) {
        self.code = code
        self.name = name
        self.who = who
        self.howToReach = howToReach
        self.phone = phone
        self.hours = hours
        self.topics = topics
        self.ageGroups = ageGroups
        self.segments = segments
    }

    /// Days of the week (1 Monday … 7 Sunday) and a time of day from `from` up to `to`, in minutes after midnight.
    public struct Hours: Equatable, Sendable {
        public let days: [Int]
        public let from: Int
        public let to: Int

        public init(days: [Int], from: Int, to: Int) {
            self.days = days
            self.from = from
            self.to = to
        }

        /// Minutes after midnight from `08:00`; how hours are written for people is the screens' business.
        public static func minutes(_ text: String) -> Int? {
            let parts = text.split(separator: ":")
            guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
                  (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 24 * 60 else { return nil }
            return h * 60 + m
        }
    }

    /// Whether the line answers on `weekday` (1 Monday … 7 Sunday) at `minute` after midnight.
    public func answers(weekday: Int, minute: Int) -> Bool {
        hours.contains { $0.days.contains(weekday) && $0.from <= minute && minute < $0.to }
    }

    /// Whether the line answers at a moment, by its local date and time as written.
    public func answers(at time: Timestamp) -> Bool {
        answers(weekday: time.date.weekday, minute: time.hour * 60 + time.minute)
    }

    /// How well the line fits a contact: one point for each of its topics the line serves, and one each for a served
    /// age group and segment (a line that serves any counts for none). 0: it fits nothing of the contact.
    public func fit(topics contactTopics: [String], ageGroup: String?, segment: String?) -> Int {
        var score = contactTopics.filter(topics.contains).count
        if let ageGroup, ageGroups.contains(ageGroup) { score += 1 }
        if let segment, segments.contains(segment) { score += 1 }
        return score
    }
}

extension Array where Element == ConsultationLine {
    /// The lines that fit the contact first (best first), then the others, each group in the data's order: how the
    /// demo's advisors pick a line.
    public func ranked(topics: [String], ageGroup: String?, segment: String?) -> [ConsultationLine] {
        enumerated()
            .map { (line: $0.element, index: $0.offset, fit: $0.element.fit(topics: topics, ageGroup: ageGroup, segment: segment)) }
            .sorted { ($0.fit, -$0.index) > ($1.fit, -$1.index) }
            .map(\.line)
    }

    /// What the form lists when the advisor asks for a consultation: the contact's topics rank first (how many of them
    /// a line serves), then the whole fit (age group and segment too), then how much of a line is given to these topics
    /// (housing and mental health: the mental health line, which serves two topics, before the families' line, which
    /// serves four), then the data's order.
    public func rankedByTopics(topics: [String], ageGroup: String?, segment: String?) -> [ConsultationLine] {
        enumerated()
            .map { entry in
                let line = entry.element
                return (line: line, index: entry.offset, topics: topics.filter(line.topics.contains).count,
                        fit: line.fit(topics: topics, ageGroup: ageGroup, segment: segment))
            }
            .sorted { a, b in
                if a.topics != b.topics { return a.topics > b.topics }
                if a.fit != b.fit { return a.fit > b.fit }
                let share = a.topics * b.line.topics.count, other = b.topics * a.line.topics.count
                if share != other { return share > other }
                return a.index < b.index
            }
            .map(\.line)
    }
}

extension ConsultationLine {
    static func readAll(_ root: DataNode, vocabulary: Vocabulary) -> [ConsultationLine] {
        _ = root.member("example", required: false)?.bool
        _ = root.member("note", required: false)?.text
        guard let list = root.member("lines") else { return [] }
        return list.keyedElements().compactMap { code, node -> ConsultationLine? in
            guard Code.isValid(code) else {
                node.member("code")?.report("'\(code)' is not a code ([a-z0-9-])")
                return nil
            }
            func codes(_ key: String, _ known: CodeList) -> [String] {
                guard let member = node.member(key), let elements = member.elements else { return [] }
                return elements.compactMap { element in
                    guard let code = element.text else { return nil }
                    if !known.contains(code) { element.report("unknown \(known.field) '\(code)'") }
                    return code
                }
            }
            var hours: [Hours] = []
            for element in node.member("hours")?.elements ?? [] {
                let daysNode = element.member("days")
                let days = daysNode?.elements?.compactMap(\.integer) ?? []
                if let daysNode, days.isEmpty || !days.allSatisfy({ (1...7).contains($0) }) {
                    daysNode.report("weekdays 1 (Monday) to 7 (Sunday), at least one")
                }
                guard let fromText = element.member("from")?.text, let toText = element.member("to")?.text else { continue }
                guard let from = Hours.minutes(fromText), let to = Hours.minutes(toText), from < to else {
                    element.report("'from' and 'to' are HH:MM, 'from' before 'to'")
                    continue
                }
                hours.append(Hours(days: days, from: from, to: to))
            }
            // Every member read before any is found missing, so that one load names every problem of the line.
            let name = node.member("name")?.localized, who = node.member("who")?.localized
            let howToReach = node.member("how_to_reach")?.localized, phone = node.member("phone", required: false)?.text
            let topics = codes("topics", vocabulary.topic), ageGroups = codes("age_groups", vocabulary.ageGroup)
            let segments = codes("segments", vocabulary.segment)
            guard let name, let who, let howToReach else { return nil }
            return ConsultationLine(
                code: code, name: name, who: who, howToReach: howToReach, phone: phone, hours: hours, topics: topics,
                ageGroups: ageGroups, segments: segments)
        }
    }
}
