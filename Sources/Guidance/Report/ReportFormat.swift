/// `neuvo report`'s three forms of a `Report`: JSON and CSV for tools, text for people.
public struct ReportFormat: Sendable {
    public let vocabulary: Vocabulary
    public let points: [AdvicePoint]
    public let strings: Strings
    /// `--min-cell N`: counts of 1 to N − 1 are masked, and what is computed from them withheld (`ReportFormat+MinCell`);
    /// 1 masks nothing.
    public let minCell: Int
    /// The region's targets (`targets.json`): what the HTML page marks met or not.
    public let targets: Targets
    /// What a report over no one point is headed with instead of "all points": an advisor's counts only her own
    /// points ("your points").
    public var allPointsLabel: String?
    /// The demo's practice figures (`neuvo demo`): the HTML page's title and header carry a DEMO mark so that they are
    /// never mailed on as real ones.
    public var isDemo = false
    /// The region's today: a period still under way is headed "so far (6 of 31 days)" on the HTML page.
    public var today: CivilDate?

    public init(vocabulary: Vocabulary, points: [AdvicePoint], strings: Strings, minCell: Int = 1, targets: Targets = .none) {
        self.vocabulary = vocabulary
        self.points = points
        self.strings = strings
        self.minCell = max(1, minCell)
        self.targets = targets
    }

    public static let rateDecimals = 4
    public static let meanDecimals = 2

    /// One figure: a count, a rate or mean (nil when undefined), a total, or a map of code → count. A rate and a
    /// total name the counts they are computed from, so that they are withheld with them.
    enum Figure {
        case count(Int)
        case ratio(Ratio?, decimals: Int, from: [Int])
        case total(Int, from: [Int])
        case map([(code: String, count: Int)])
    }

    /// Every figure in the contract's order, maps in the data's order without zero counts: the one table of a report's
    /// figures, which JSON, CSV, the text's distributions, the HTML page and the workbook all read.
    func figures(_ r: Report) -> [(key: String, figure: Figure)] {
        [
            ("contacts", .count(r.contacts)),
            ("by_channel", .map(ordered(r.byChannel, vocabulary.channel))),
            ("by_reason", .map(ordered(r.byReason, vocabulary.reason))),
            ("by_topic", .map(ordered(r.byTopic, vocabulary.topic))),
            ("by_referral", .map(ordered(r.byReferral, vocabulary.referral))),
            ("by_age_group", .map(ordered(r.byAgeGroup, vocabulary.ageGroup))),
            ("by_segment", .map(ordered(r.bySegment, vocabulary.segment))),
            ("by_contact_by", .map(ordered(r.byContactBy, vocabulary.contactBy))),
            ("by_day", .map(r.byDay.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })),
            ("by_hour", .map(r.byHour.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })),
            ("referrals_internal", .count(r.referralsInternal)),
            ("referrals_external", .count(r.referralsExternal)),
            ("resolved", .count(r.resolved)),
            ("resolved_rate", .ratio(r.resolvedRate, decimals: Self.rateDecimals, from: [r.resolved, r.contacts])),
            ("verified", .count(r.verified)),
            ("verified_rate", .ratio(r.verifiedRate, decimals: Self.rateDecimals, from: [r.verified, r.contacts])),
            ("with_client_ref", .count(r.withClientRef)),
            ("repeats", .count(r.repeats)),
            ("repeat_rate", .ratio(r.repeatRate, decimals: Self.rateDecimals, from: [r.repeats, r.withClientRef])),
            ("identified", .count(r.identified)),
            ("identified_rate", .ratio(r.identifiedRate, decimals: Self.rateDecimals, from: [r.identified, r.contacts])),
            ("duration_min_total", .total(r.durationMinTotal, from: [r.contacts])),
            ("satisfaction_responses", .count(r.satisfactionResponses)),
            ("satisfaction_mean", .ratio(r.satisfactionMean, decimals: Self.meanDecimals, from: [r.satisfactionResponses])),
        ] + evaluationFigures(r)
    }

    public static let scoreDecimals = 1
    public static let moneyDecimals = 2

    /// CONTRACT §7's keys in its order. Hours and euros are sums, not counts of people: never masked.
    func evaluationFigures(_ r: Report) -> [(key: String, figure: Figure)] {
        let outcomes = r.referralOutcomes
        let decided = Report.decidedOutcomes.map { outcomes[$0, default: 0] }
        return [
            ("referral_outcomes", .map(ordered(outcomes, vocabulary.referralOutcome))),
            ("referral_reached_rate", .ratio(r.referralReachedRate, decimals: Self.rateDecimals, from: decided)),
            ("unmet_needs", .map(ordered(r.unmetNeeds, vocabulary.unmetNeed))),
            ("contacts_with_unmet_need", .count(r.contactsWithUnmetNeed)),
            ("unmet_needs_by_topic", .map(ordered(r.unmetNeedsByTopic, vocabulary.topic))),
            ("feedback_responses", .count(r.feedbackResponses)),
            ("nps", .ratio(r.nps, decimals: Self.scoreDecimals, from: [r.feedbackResponses])),
            ("feedback_settled", .map(FeedbackAnswer.settledAnswers.map { ($0, r.feedbackSettled[$0, default: 0]) }.filter { $0.1 != 0 })),
            ("feedback_bounced_rate", .ratio(r.feedbackBouncedRate, decimals: Self.rateDecimals, from: [r.feedbackBouncedYes, r.feedbackBouncedAnswered])),
            ("mood_responses", .count(r.moodResponses)),
            ("mood_mean", .ratio(r.moodMean, decimals: Self.meanDecimals, from: [r.moodResponses])),
            ("enps_responses", .count(r.enpsResponses)),
            ("enps", .ratio(r.enps, decimals: Self.scoreDecimals, from: [r.enpsResponses])),
            ("staff_hours", .ratio(r.staffHours, decimals: Self.moneyDecimals, from: [])),
            ("cost_eur", .ratio(r.costEur, decimals: Self.moneyDecimals, from: [])),
            ("cost_per_contact", .ratio(r.costPerContact, decimals: Self.moneyDecimals, from: [r.contacts])),
            ("cost_per_resolved", .ratio(r.costPerResolved, decimals: Self.moneyDecimals, from: [r.resolved])),
            ("contacts_per_staff_hour", .ratio(r.contactsPerStaffHour, decimals: Self.moneyDecimals, from: [r.contacts])),
            ("days_without_staffing", .count(r.daysWithoutStaffing)),
            // CONTRACT §8.
            ("consultations", .map(ordered(r.consultations, vocabulary.consultation))),
            ("consulted_contacts", .count(r.consultedContacts)),
            ("consulted_resolved_rate", .ratio(r.consultedResolvedRate, decimals: Self.rateDecimals, from: [r.consultedResolved, r.consultedContacts])),
            // CONTRACT §9 (ReportFormat+Handoff).
        ] + handoffFigures(r) + [
            // The two figures the targets need that the keys above do not give (`Targets`).
            ("reason_recorded_rate", .ratio(r.reasonRecordedRate, decimals: Self.rateDecimals, from: [r.byReason.values.reduce(0, +), r.contacts])),
            ("segmented_rate", .ratio(r.segmentedRate, decimals: Self.rateDecimals, from: [r.bySegment.values.reduce(0, +), r.contacts])),
        ]
    }

    /// Codes in the vocabulary's order, then any the data no longer lists, alphabetically.
    func ordered(_ counts: [String: Int], _ list: CodeList) -> [(code: String, count: Int)] {
        counts.filter { $0.value != 0 }
            .sorted { (list.position(of: $0.key) ?? .max, $0.key) < (list.position(of: $1.key) ?? .max, $1.key) }
            .map { ($0.key, $0.value) }
    }

    // MARK: - JSON

    public func json(_ r: Report) -> JSONOut {
        var fields: [(String, JSONOut)] = [
            ("from", .string(r.from.description)), ("to", .string(r.to.description)),
            ("point", r.point.map(JSONOut.string) ?? .null),
        ]
        // Below the minimum cell a count is null, named in `masked` with what is withheld with it; a map leaves it out.
        var masked: [String] = []
        for (key, figure) in figures(r) {
            if withholds(figure) {
                fields.append((key, .null))
                masked.append(key)
                continue
            }
            switch figure {
            case .count(let n), .total(let n, _): fields.append((key, .int(n)))
            case .ratio(let ratio, let decimals, _): fields.append((key, ratio.map { .decimal($0.written(decimals: decimals)) } ?? .null))
            case .map(let entries): fields.append((key, .object(entries.filter { !masks($0.count) }.map { ($0.code, .int($0.count)) })))
            }
        }
        if minCell > 1 { fields += [("min_cell", .int(minCell)), ("masked", .array(masked.map(JSONOut.string)))] }
        return .object(fields)
    }

    // MARK: - CSV

    /// `figure,code,value`: one row per figure, a map's entries one row each, an undefined rate empty; below the
    /// minimum cell a count is `<N` and what is computed from it `..`.
    public func csvRows(_ r: Report) -> [[String]] {
        var rows = [["figure", "code", "value"]]
        for (key, figure) in figures(r) {
            switch figure {
            case .count(let n): rows.append([key, "", cell(n)])
            case .total(let n, let counts): rows.append([key, "", withholds(counts) ? Self.withheld : String(n)])
            case .ratio(let ratio, let decimals, let counts):
                rows.append([key, "", withholds(counts) ? Self.withheld : ratio?.written(decimals: decimals) ?? ""])
            case .map(let entries): rows += entries.map { [key, $0.code, cell($0.count)] }
            }
        }
        return rows
    }

    // MARK: - Text

    public static let barWidth = 24

    /// A table for a person: headline figures with their rates, then each distribution with a bar.
    public func text(_ r: Report) -> String {
        let language = strings.language
        let place = r.point.map { code in points.first { $0.code == code }?.name[language] ?? code } ?? allPointsLabel ?? strings(.reportAllPoints)
        var lines = [strings(.reportTitle, ["from": r.from.finnish, "to": r.to.finnish, "point": place]), ""]

        let referrals = [r.referralsInternal, r.referralsExternal]
        var headline: [(String, String, String)] = [
            (strings(.reportContacts), cell(r.contacts), ""),
            (strings(.reportResolved), cell(r.resolved), percent(r.resolvedRate, from: [r.resolved, r.contacts])),
            (strings(.reportVerified), cell(r.verified), percent(r.verifiedRate, from: [r.verified, r.contacts])),
            (strings(.reportWithClientRef), cell(r.withClientRef), ""),
            (strings(.reportRepeats), cell(r.repeats), percent(r.repeatRate, from: [r.repeats, r.withClientRef])),
            (strings(.reportIdentified), cell(r.identified), percent(r.identifiedRate, from: [r.identified, r.contacts])),
            (strings(.reportReferrals), withholds(referrals) ? Self.withheld : String(r.referralsInternal + r.referralsExternal),
             strings(.reportReferralsSplit, ["internal": cell(r.referralsInternal), "external": cell(r.referralsExternal)])),
            (strings(.reportDuration), withholds([r.contacts]) ? Self.withheld : String(r.durationMinTotal), ""),
        ]
        let mean = r.satisfactionMean?.written(decimals: Self.meanDecimals)
        headline.append((strings(.reportSatisfaction),
                         withholds([r.satisfactionResponses]) ? Self.withheld
                             : mean.map { language == .en ? $0 : $0.replacingOccurrences(of: ".", with: ",") } ?? "–",
                         strings(.reportResponses, ["count": cell(r.satisfactionResponses)])))
        let evaluation = evaluationHeadline(r)
        let handoff = handoffHeadline(r)
        let labelWidth = max((headline + evaluation + handoff).map { TextWidth.of($0.0) }.max() ?? 0, 28)
        let numberWidth = max((headline + evaluation + handoff).map { $0.1.count }.max() ?? 0, 5)
        func addLines(_ rows: [(String, String, String)]) {
            for (label, number, note) in rows {
                lines.append(TextWidth.padded(label, to: labelWidth) + " " + String(repeating: " ", count: numberWidth - number.count) + number + (note.isEmpty ? "" : "  " + note))
            }
        }
        addLines(headline)
        lines += ["", strings(.reportEvaluation)]
        addLines(evaluation)
        lines += ["", strings(.reportHandoffTitle)]
        addLines(handoff)

        // The distributions as `figures` gives them to every format, each under its title and with its labels' list.
        let mapped = Dictionary(figures(r).compactMap { key, figure in
            if case .map(let entries) = figure { (key, entries) } else { nil }
        }, uniquingKeysWith: { a, _ in a })
        let titled: [(StringKey, key: String, largestFirst: Bool, CodeList?)] = [
            (.reportByChannel, "by_channel", false, vocabulary.channel),
            (.reportByReason, "by_reason", false, vocabulary.reason),
            (.reportByTopic, "by_topic", true, vocabulary.topic),
            (.reportByReferral, "by_referral", true, vocabulary.referral),
            (.reportByAgeGroup, "by_age_group", false, vocabulary.ageGroup),
            (.reportByContactBy, "by_contact_by", false, vocabulary.contactBy),
            (.reportBySegment, "by_segment", false, vocabulary.segment),
            (.reportByHour, "by_hour", false, nil),
            (.reportByDay, "by_day", false, nil),
            (.reportByReferralOutcome, "referral_outcomes", false, vocabulary.referralOutcome),
            (.reportByUnmetNeed, "unmet_needs", true, vocabulary.unmetNeed),
            (.reportUnmetNeedsByTopic, "unmet_needs_by_topic", true, vocabulary.topic),
            (.reportConsultations, "consultations", true, vocabulary.consultation),
            (.reportFeedbackSettled, "feedback_settled", false, nil),
            (.reportHandoffByService, "handoffs_by_service", true, vocabulary.referral),
            (.reportHandoffByResult, "handoffs_by_result", false, nil),
        ]
        let maps = titled.map { title, key, byLargest, list in
            (title, byLargest ? largestFirst(mapped[key] ?? []) : mapped[key] ?? [], list)
        }
        for (title, entries, list) in maps where !entries.isEmpty {
            lines.append("")
            lines.append(strings(title))
            let labels = entries.map { entry in
                title == .reportFeedbackSettled ? settledLabel(entry.code)
                    : title == .reportHandoffByResult ? handoffResultLabel(entry.code)
                    : list.map { $0.label(entry.code, in: language) } ?? CivilDate(iso: entry.code).map { $0.finnish }
                    ?? Int(entry.code).map { "\($0)–\($0 + 1)" } ?? entry.code
            }
            let width = min(34, max(labels.map { TextWidth.of($0) }.max() ?? 0, 12))
            let sharesOfWhole = list != nil
                && ![.reportByTopic, .reportByReferral, .reportByUnmetNeed, .reportUnmetNeedsByTopic, .reportConsultations].contains(title)
            let total = sharesOfWhole || title == .reportFeedbackSettled || title == .reportHandoffByResult ? entries.reduce(0) { $0 + $1.count } : nil
            let largest = entries.map(\.count).max() ?? 1
            for (entry, label) in zip(entries, labels) {
                let count = cell(entry.count)
                var line = "  " + TextWidth.padded(label, to: width) + " " + String(repeating: " ", count: max(0, numberWidth - count.count)) + count
                // A masked count has neither bar nor share: both would give it back.
                if masks(entry.count) {
                    lines.append(line)
                    continue
                }
                line += "  " + Self.bar(entry.count, of: largest)
                if let total { line += " " + percent(Ratio(entry.count, of: total)) }
                lines.append(line)
            }
        }
        if minCell > 1 {
            lines += ["", strings(.reportMinCellNote, ["n": String(minCell), "max": String(minCell - 1)])]
        }
        return lines.joined(separator: "\n")
    }

    /// The §7 headline: each figure with what it is computed from.
    func evaluationHeadline(_ r: Report) -> [(String, String, String)] {
        let decided = Report.decidedOutcomes.map { r.referralOutcomes[$0, default: 0] }
        let tooFew = strings(.reportTooFewAnswers, ["minimum": String(Report.staffAnonymityMinimum)])
        return [
            (strings(.reportReferralReached), percent(r.referralReachedRate, from: decided),
             strings(.reportReferralReachedNote, ["count": withholds(decided) ? Self.withheld : String(decided.reduce(0, +))])),
            (strings(.reportContactsWithUnmetNeed), cell(r.contactsWithUnmetNeed), ""),
            (strings(.reportNps), decimal(r.nps, Self.scoreDecimals, from: [r.feedbackResponses]),
             strings(.reportResponses, ["count": cell(r.feedbackResponses)])
                + (r.feedbackResponses == 0 || minCell > 1 ? "" : "; " + strings(.reportNpsSplit, [
                    "promoters": String(r.npsPromoters), "passives": String(r.npsPassives), "detractors": String(r.npsDetractors)]))),
            (strings(.reportBounced), percent(r.feedbackBouncedRate, from: [r.feedbackBouncedYes, r.feedbackBouncedAnswered]),
             strings(.reportResponses, ["count": cell(r.feedbackBouncedAnswered)])),
            (strings(.reportMood), decimal(r.moodMean, Self.meanDecimals, from: [r.moodResponses]),
             strings(.reportResponses, ["count": cell(r.moodResponses)]) + (r.moodWithheld ? "; " + tooFew : "")),
            (strings(.reportEnps), decimal(r.enps, Self.scoreDecimals, from: [r.enpsResponses]),
             strings(.reportResponses, ["count": cell(r.enpsResponses)]) + (r.enpsWithheld ? "; " + tooFew : "")),
            (strings(.reportStaffHours), decimal(r.staffHours, Self.moneyDecimals), ""),
            (strings(.reportCost), decimal(r.costEur, Self.moneyDecimals), ""),
            (strings(.reportCostPerContact), decimal(r.costPerContact, Self.moneyDecimals, from: [r.contacts]), ""),
            (strings(.reportCostPerResolved), decimal(r.costPerResolved, Self.moneyDecimals, from: [r.resolved]), ""),
            (strings(.reportContactsPerStaffHour), decimal(r.contactsPerStaffHour, Self.moneyDecimals, from: [r.contacts]), ""),
            (strings(.reportDaysWithoutStaffing), cell(r.daysWithoutStaffing), ""),
            (strings(.reportConsultedResolved), cell(r.consultedResolved),
             percent(r.consultedResolvedRate, from: [r.consultedResolved, r.consultedContacts])),
        ]
    }

    /// A score, mean, hours or euros as the text writes it: `62,5` (`62.5` in English), money with both decimals, `–`
    /// when undefined (or withheld by the anonymity rule), `..` when computed from a masked count.
    public func decimal(_ ratio: Ratio?, _ decimals: Int, from counts: [Int] = []) -> String {
        if withholds(counts) { return Self.withheld }
        guard let text = ratio?.written(decimals: decimals, keepZeros: decimals == Self.moneyDecimals) else { return "–" }
        return strings.language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// `Kyllä`: a `feedback_settled` code in the user's language.
    public func settledLabel(_ code: String) -> String {
        switch code {
        case "yes": strings(.feedbackSettledYes)
        case "partly": strings(.feedbackSettledPartly)
        case "no": strings(.feedbackSettledNo)
        default: code
        }
    }

    /// A bar of `count / largest × width` cells, drawn to an eighth of a cell and padded to `width`.
    public static func bar(_ count: Int, of largest: Int, width barWidth: Int = barWidth) -> String {
        let eighths = largest == 0 ? 0 : (count * barWidth * 8 + largest / 2) / largest
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let drawn = String(repeating: "█", count: eighths / 8) + partial
        return drawn + String(repeating: " ", count: barWidth - drawn.count)
    }
}

extension CivilDate {
    /// `14.3.2023`, as dates are written in Finland.
    public var finnish: String { "\(day).\(month).\(year)" }
}
