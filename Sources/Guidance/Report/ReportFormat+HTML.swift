/// `neuvo report --format html` (CONTRACT §7): the period's evaluation as one self-contained page to mail to
/// management — no external files, no scripts, inline CSS and SVG bar charts — in the pilot's order: volumes and
/// channels, why this point, topics, referrals and their outcomes, settled at once and verified, repeat contacts,
/// costs, staff experience, client experience, unmet needs; each figure beside the previous period's, and the
/// region's targets marked met or not.
///
/// Every number is a figure of `figures(_:)` written as `--format json` writes it (a rate as a percentage: the JSON's
/// fraction × 100, so `0.6154` is `61,54 %`), masked and withheld under `--min-cell` as the other formats do. Each
/// number carries its JSON key and value (`data-key`, `data-code`, `data-period`, `data-value`) so that a reader —
/// or a test — can set it against the JSON. The markup is XHTML-compatible: it parses as XML.
extension ReportFormat {
    public func html(_ r: Report, comparedWith previous: Report?) -> String {
        var page = HTMLPage(format: self, report: r, previous: previous)
        return page.write()
    }
}

/// One page being written.
struct HTMLPage {
    let format: ReportFormat
    let report: Report
    let previous: Report?
    let now: [String: ReportFormat.Figure]
    let before: [String: ReportFormat.Figure]
    let evaluation: [Targets.Evaluation]
    let previousEvaluation: [Targets.Evaluation]
    var out = ""

    init(format: ReportFormat, report: Report, previous: Report?) {
        self.format = format
        self.report = report
        self.previous = previous
        func lookup(_ r: Report) -> [String: ReportFormat.Figure] {
            Dictionary(format.figures(r).map { ($0.key, $0.figure) }, uniquingKeysWith: { a, _ in a })
        }
        now = lookup(report)
        before = previous.map(lookup) ?? [:]
        evaluation = format.evaluateTargets(report)
        previousEvaluation = previous.map(format.evaluateTargets) ?? []
    }

    var s: Strings { format.strings }
    var language: Language { format.strings.language }

    // MARK: - What the page holds

    /// How a figure's bar is drawn: a fraction 0–1, a score −100–100, a mean 1–5, or against the larger of the two
    /// periods.
    enum Scale { case fraction, score, mean, relative }

    /// A row of a section's figure table: a label, one figure or a count with its rate, and the bar of the last.
    struct Line {
        let label: StringKey
        let keys: [String]
        let scale: Scale?

        init(_ label: StringKey, _ keys: [String], _ scale: Scale? = nil) {
            self.label = label
            self.keys = keys
            self.scale = scale
        }
    }

    enum Part {
        case figures([Line])
        /// A map's chart: its title and key, the largest counts first or in the data's order.
        case chart(StringKey, String, largestFirst: Bool)
    }

    /// The pilot's eight measures, the two §7 adds, §8's consultations and §9's handoffs, in order.
    static let sections: [(id: String, title: StringKey, parts: [Part])] = [
        ("volumes", .reportHtmlSectionVolumes, [
            .figures([
                Line(.reportContacts, ["contacts"], .relative),
                Line(.reportIdentified, ["identified", "identified_rate"], .fraction),
                Line(.reportDuration, ["duration_min_total"], .relative),
            ]),
            .chart(.reportByChannel, "by_channel", largestFirst: false),
            .chart(.reportByContactBy, "by_contact_by", largestFirst: false),
            .chart(.reportByAgeGroup, "by_age_group", largestFirst: false),
            .chart(.reportByHour, "by_hour", largestFirst: false),
        ]),
        ("reasons", .reportHtmlSectionReasons, [
            .figures([Line(.reportHtmlReasonRecorded, ["reason_recorded_rate"], .fraction)]),
            .chart(.reportByReason, "by_reason", largestFirst: false),
        ]),
        ("topics", .reportHtmlSectionTopics, [.chart(.reportByTopic, "by_topic", largestFirst: true)]),
        ("referrals", .reportHtmlSectionReferrals, [
            .figures([
                Line(.reportHtmlReferralsInternal, ["referrals_internal"], .relative),
                Line(.reportHtmlReferralsExternal, ["referrals_external"], .relative),
                Line(.reportReferralReached, ["referral_reached_rate"], .fraction),
            ]),
            .chart(.reportByReferral, "by_referral", largestFirst: true),
            .chart(.reportByReferralOutcome, "referral_outcomes", largestFirst: false),
        ]),
        ("settled", .reportHtmlSectionSettled, [
            .figures([
                Line(.reportResolved, ["resolved", "resolved_rate"], .fraction),
                Line(.reportHtmlVerified, ["verified", "verified_rate"], .fraction),
                Line(.reportHtmlSegmented, ["segmented_rate"], .fraction),
            ]),
            .chart(.reportBySegment, "by_segment", largestFirst: false),
        ]),
        ("repeats", .reportHtmlSectionRepeats, [
            .figures([
                Line(.reportWithClientRef, ["with_client_ref"], .relative),
                Line(.reportHtmlRepeats, ["repeats", "repeat_rate"], .fraction),
            ]),
        ]),
        ("costs", .reportHtmlSectionCosts, [
            .figures([
                Line(.reportStaffHours, ["staff_hours"], .relative),
                Line(.reportCost, ["cost_eur"], .relative),
                Line(.reportCostPerContact, ["cost_per_contact"], .relative),
                Line(.reportCostPerResolved, ["cost_per_resolved"], .relative),
                Line(.reportContactsPerStaffHour, ["contacts_per_staff_hour"], .relative),
                Line(.reportDaysWithoutStaffing, ["days_without_staffing"]),
            ]),
        ]),
        ("staff", .reportHtmlSectionStaff, [
            .figures([
                Line(.reportHtmlMoodResponses, ["mood_responses"]),
                Line(.reportMood, ["mood_mean"], .mean),
                Line(.reportHtmlEnpsResponses, ["enps_responses"]),
                Line(.reportEnps, ["enps"], .score),
            ]),
        ]),
        ("clients", .reportHtmlSectionClients, [
            .figures([
                Line(.reportHtmlFeedbackResponses, ["feedback_responses"]),
                Line(.reportNps, ["nps"], .score),
                Line(.reportBounced, ["feedback_bounced_rate"], .fraction),
                Line(.reportHtmlSatisfactionResponses, ["satisfaction_responses"]),
                Line(.reportSatisfaction, ["satisfaction_mean"], .mean),
            ]),
            .chart(.reportFeedbackSettled, "feedback_settled", largestFirst: false),
        ]),
        ("unmet", .reportHtmlSectionUnmet, [
            .figures([Line(.reportContactsWithUnmetNeed, ["contacts_with_unmet_need"], .relative)]),
            .chart(.reportByUnmetNeed, "unmet_needs", largestFirst: true),
            .chart(.reportUnmetNeedsByTopic, "unmet_needs_by_topic", largestFirst: true),
        ]),
        // CONTRACT §8: the consultations with experts, after the pilot's measures.
        ("consultations", .reportHtmlSectionConsultations, [
            .figures([
                Line(.reportConsultedContacts, ["consulted_contacts"], .relative),
                Line(.reportConsultedResolved, ["consulted_resolved_rate"], .fraction),
            ]),
            .chart(.reportConsultations, "consultations", largestFirst: true),
        ]),
        // CONTRACT §9: the warm handoffs, the matter carried over to the receiving service.
        ("handoffs", .reportHandoffSection, [
            .figures([
                Line(.reportHandoffSent, ["handoffs"], .relative),
                Line(.reportHandoffUrgent, ["handoffs_urgent"], .relative),
                Line(.reportHandoffReached, ["handoff_reached_rate"], .fraction),
                Line(.reportHandoffTakeMedian, ["handoff_hours_to_take_median"], .relative),
                Line(.reportHandoffCloseMedian, ["handoff_hours_to_close_median"], .relative),
            ]),
            .chart(.reportHandoffByService, "handoffs_by_service", largestFirst: true),
            .chart(.reportHandoffByResult, "handoffs_by_result", largestFirst: false),
        ]),
    ]

    // MARK: - The page

    mutating func write() -> String {
        var place = report.point.map { code in format.points.first { $0.code == code }?.name[language] ?? code }
            ?? format.allPointsLabel ?? s(.reportAllPoints)
        place = place.prefix(1).uppercased() + place.dropFirst()
        var period = "\(report.from.finnish)–\(report.to.finnish)"
        if let today = format.today, let soFar = ReportPeriod.soFarText(from: report.from, to: report.to, today: today, s) {
            period += " · " + soFar
        }
        let demo = format.isDemo ? s(.reportHtmlDemoMark) : nil
        let title = s(.reportHtmlTitle)
        out += "<!DOCTYPE html>\n"
        out += "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\" xml:lang=\"\(language.rawValue)\">\n"
        out += "<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(esc((demo.map { $0 + " · " } ?? "") + title + " · " + place + " · " + period))</title>\n"
        out += "<style>\n\(Self.style)</style>\n</head>\n<body>\n"

        out += "<header>\n<h1>\(demo.map { "<span class=\"demo\">\(esc($0))</span> " } ?? "")\(esc(title))</h1>\n"
        if demo != nil { out += "<p class=\"demo\">\(esc(s(.reportHtmlDemoNote)))</p>\n" }
        out += "<p class=\"place\">\(esc(place)) · \(esc(period))</p>\n"
        if let previous {
            out += "<p class=\"compared\">\(esc(s(.reportHtmlCompared, ["from": previous.from.finnish, "to": previous.to.finnish])))</p>\n"
        }
        out += legend()
        out += "</header>\n"

        writeTargets()
        for (number, section) in Self.sections.enumerated() {
            out += "<section id=\"\(section.id)\" class=\"measure\">\n"
            out += "<h2><span class=\"number\">\(number + 1).</span> \(esc(s(section.title)))</h2>\n"
            for part in section.parts {
                switch part {
                case .figures(let lines): writeFigures(lines)
                case .chart(let title, let key, let largestFirst): writeChart(title, key, largestFirst: largestFirst)
                }
            }
            out += "</section>\n"
        }

        out += "<footer>\n"
        if format.minCell > 1 {
            out += "<p class=\"note\">\(esc(s(.reportMinCellNote, ["n": String(format.minCell), "max": String(format.minCell - 1)])))</p>\n"
        }
        out += "<p class=\"note\">\(esc(s(.reportHtmlFooter)))</p>\n"
        out += "</footer>\n</body>\n</html>"
        return out
    }

    /// The two periods' colours with their dates.
    func legend() -> String {
        var html = "<p class=\"legend\">"
        html += Self.swatch("now") + " " + esc(s(.reportHtmlThisPeriod)) + " " + esc("\(report.from.finnish)–\(report.to.finnish)")
        if let previous {
            html += " \u{2003}" + Self.swatch("before") + " " + esc(s(.reportHtmlPreviousPeriod)) + " "
                + esc("\(previous.from.finnish)–\(previous.to.finnish)")
        }
        if !format.targets.targets.isEmpty {
            html += " \u{2003}<svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\">"
                + "<line x1=\"6\" y1=\"0\" x2=\"6\" y2=\"12\" class=\"target-line\"/></svg> " + esc(s(.reportHtmlTarget))
        }
        return html + "</p>\n"
    }

    static func swatch(_ kind: String) -> String {
        "<svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect x=\"0\" y=\"1\" width=\"12\" height=\"10\" class=\"\(kind)\"/></svg>"
    }

    /// The column headings of a table: what it lists, this period, the previous one, the chart.
    func tableHead(_ first: String) -> String {
        var html = "<thead><tr><th scope=\"col\">\(esc(first))</th><th scope=\"col\" class=\"num now\">\(esc(s(.reportHtmlThisPeriod)))</th>"
        if previous != nil { html += "<th scope=\"col\" class=\"num before\">\(esc(s(.reportHtmlPreviousPeriod)))</th>" }
        html += "<th scope=\"col\" class=\"bar\"></th>"
        return html + "</tr></thead>\n"
    }

    // MARK: - Targets

    mutating func writeTargets() {
        out += "<section id=\"targets\" class=\"targets\">\n<h2>\(esc(s(.reportHtmlTargets)))</h2>\n"
        guard !evaluation.isEmpty else {
            out += "<p class=\"note\">\(esc(s(.reportHtmlNoTargets)))</p>\n</section>\n"
            return
        }
        out += "<table class=\"targets\">\n<thead><tr><th scope=\"col\">\(esc(s(.reportHtmlFigure)))</th>"
        out += "<th scope=\"col\" class=\"goal\">\(esc(s(.reportHtmlTarget)))</th>"
        out += "<th scope=\"col\" class=\"num now\">\(esc(s(.reportHtmlThisPeriod)))</th>"
        if previous != nil { out += "<th scope=\"col\" class=\"num before\">\(esc(s(.reportHtmlPreviousPeriod)))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (index, e) in evaluation.enumerated() {
            out += "<tr data-target=\"\(index)\"><th scope=\"row\">\(esc(e.target.label[language]))</th>"
            out += "<td class=\"goal\">\(esc(goal(e.target)))</td>"
            out += "<td class=\"num now\">\(value(e.target.key, now, report, "current")) \(badge(e))</td>"
            if let previous {
                out += "<td class=\"num before\">\(value(e.target.key, before, previous, "previous")) \(badge(previousEvaluation[index]))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
    }

    /// `≥ 90 %`, `> 60`: a target as the page writes its figure.
    func goal(_ t: Targets.Target) -> String { format.goal(t) }

    /// ✓ met, ✗ not met, or why there is nothing to set against the target.
    func badge(_ e: Targets.Evaluation) -> String {
        switch e.met {
        case true?: "<span class=\"met\" data-met=\"true\">✓ \(esc(s(.reportHtmlMet)))</span>"
        case false?: "<span class=\"unmet\" data-met=\"false\">✗ \(esc(s(.reportHtmlNotMet)))</span>"
        case nil:
            "<span class=\"none\" data-met=\"\">\(esc(e.withheld ? s(.reportHtmlWithheld) : s(.reportHtmlNoFigure)))</span>"
        }
    }

    // MARK: - Figures

    mutating func writeFigures(_ lines: [Line]) {
        out += "<table class=\"figures\">\n" + tableHead(s(.reportHtmlFigure)) + "<tbody>\n"
        for line in lines {
            let key = line.keys.last!
            let targets = evaluation.filter { $0.target.key == key }
            // The label, and under it the figure's targets with this period's mark.
            out += "<tr><th scope=\"row\">\(esc(s(line.label).trimmingCharacters(in: .whitespaces)))"
            for e in targets {
                out += "<span class=\"goal-line\">\(esc(s(.reportHtmlTarget))) \(esc(goal(e.target))) \(badge(e))</span>"
            }
            out += "</th>"
            out += "<td class=\"num now\">\(line.keys.map { value($0, now, report, "current") }.joined(separator: " · "))</td>"
            if let previous {
                out += "<td class=\"num before\">\(line.keys.map { value($0, before, previous, "previous") }.joined(separator: " · "))</td>"
            }
            out += "<td class=\"bar\">"
            if let scale = line.scale {
                out += bar(amount(now[key]), previous == nil ? nil : amount(before[key]), scale, mark: targets.first?.target.value.value)
            }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    /// One figure of one period: the text shown, marked with its JSON key and value (`null` where the JSON has null).
    func value(_ key: String, _ figures: [String: ReportFormat.Figure], _ r: Report, _ period: String) -> String {
        var shown: String, json: String
        switch figures[key] {
        case nil: (shown, json) = ("–", "null")
        case let figure? where format.withholds(figure):
            if case .count(let n) = figure { shown = format.cell(n) } else { shown = ReportFormat.withheld }
            json = "null"
        case .count(let n)?, .total(let n, _)?: (shown, json) = (String(n), String(n))
        case .ratio(let ratio, let decimals, _)?:
            guard let ratio else {
                let tooFew = (key == "mood_mean" && r.moodWithheld) || (key == "enps" && r.enpsWithheld)
                shown = tooFew ? s(.reportHtmlTooFew, ["minimum": String(Report.staffAnonymityMinimum)]) : "–"
                json = "null"
                break
            }
            json = ratio.written(decimals: decimals)
            if decimals == ReportFormat.rateDecimals {
                shown = decimal(Ratio(ratio.rounded(decimals: decimals).numerator, of: 100)!.written(decimals: 2, keepZeros: true)) + " %"
            } else {
                shown = decimal(ratio.written(decimals: decimals, keepZeros: true))
            }
        case .map?: (shown, json) = ("", "null")
        }
        return "<span class=\"v\" data-key=\"\(key)\" data-period=\"\(period)\" data-value=\"\(esc(json))\">\(esc(shown))</span>"
    }

    /// A figure's amount for its bar, as written; nil when it is null or withheld.
    func amount(_ figure: ReportFormat.Figure?) -> Double? {
        guard let figure, !format.withholds(figure) else { return nil }
        switch figure {
        case .count(let n), .total(let n, _): return Double(n)
        case .ratio(let ratio, let decimals, _): return ratio?.rounded(decimals: decimals).value
        case .map: return nil
        }
    }

    static func isRate(_ figure: ReportFormat.Figure?) -> Bool {
        if case .ratio(_, let decimals, _)? = figure { return decimals == ReportFormat.rateDecimals }
        return false
    }

    // MARK: - Charts

    /// A map's rows: the codes of either period with both periods' counts (absent: 0), the largest first or in the
    /// data's order; and the largest count shown. The workbook's charts are these rows too.
    func chartRows(_ key: String, largestFirst: Bool) -> (rows: [(code: String, count: Int, earlier: Int)], largest: Int) {
        func entries(_ figures: [String: ReportFormat.Figure]) -> [(code: String, count: Int)] {
            if case .map(let entries)? = figures[key] { return entries }
            return []
        }
        let current = entries(now), earlier = entries(before)
        let counts = Dictionary(current.map { ($0.code, $0.count) }, uniquingKeysWith: +)
        let earlierCounts = Dictionary(earlier.map { ($0.code, $0.count) }, uniquingKeysWith: +)
        var rows = current + earlier.filter { counts[$0.code] == nil }.map { ($0.code, 0) }
        if largestFirst { rows = format.largestFirst(rows) }
        let shown = (current + earlier).map(\.count).filter { !format.masks($0) }
        return (rows.map { ($0.code, $0.count, earlierCounts[$0.code, default: 0]) }, shown.max() ?? 0)
    }

    mutating func writeChart(_ title: StringKey, _ key: String, largestFirst: Bool) {
        let (rows, largest) = chartRows(key, largestFirst: largestFirst)

        out += "<h3>\(esc(s(title)))</h3>\n"
        out += "<table class=\"chart\" data-chart=\"\(key)\">\n" + tableHead("") + "<tbody>\n"
        if rows.isEmpty {
            out += "<tr><td colspan=\"\(previous == nil ? 3 : 4)\" class=\"note\">\(esc(s(.reportHtmlNoData)))</td></tr>\n"
        }
        for (code, count, earlierCount) in rows {
            out += "<tr><th scope=\"row\">\(esc(label(key, code)))</th>"
            out += "<td class=\"num now\">\(entry(key, code, count, "current"))</td>"
            if previous != nil { out += "<td class=\"num before\">\(entry(key, code, earlierCount, "previous"))</td>" }
            // A masked count has no bar: it would give the count back.
            let bars = (now: format.masks(count) ? nil : Double(count), before: format.masks(earlierCount) ? nil : Double(earlierCount))
            out += "<td class=\"bar\">\(bar(bars.now, previous == nil ? nil : bars.before, .relative, largest: Double(largest)))</td>"
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    /// A map's count: masked (left out of the JSON map) or as the JSON has it (absent: 0).
    func entry(_ key: String, _ code: String, _ count: Int, _ period: String) -> String {
        let attributes = "class=\"v\" data-key=\"\(key)\" data-code=\"\(esc(code))\" data-period=\"\(period)\""
        if format.masks(count) { return "<span \(attributes) data-masked=\"true\">\(esc(format.cell(count)))</span>" }
        return "<span \(attributes) data-value=\"\(count)\">\(count)</span>"
    }

    /// A code in the user's language, as the text report names it.
    func label(_ key: String, _ code: String) -> String {
        let v = format.vocabulary
        let list: CodeList? = switch key {
        case "by_channel": v.channel
        case "by_reason": v.reason
        case "by_topic", "unmet_needs_by_topic": v.topic
        case "by_referral", "handoffs_by_service": v.referral
        case "by_age_group": v.ageGroup
        case "by_segment": v.segment
        case "by_contact_by": v.contactBy
        case "referral_outcomes": v.referralOutcome
        case "unmet_needs": v.unmetNeed
        case "consultations": v.consultation
        default: nil
        }
        if let list { return list.label(code, in: language) }
        if key == "feedback_settled" { return format.settledLabel(code) }
        if key == "handoffs_by_result" { return format.handoffResultLabel(code) }
        if key == "by_hour", let hour = Int(code) { return "\(hour)–\(hour + 1)" }
        return code
    }

    // MARK: - Bars

    static let barWidth = 160.0

    /// This period's bar above the previous one's, on the scale; a dashed line at the target.
    func bar(_ current: Double?, _ earlier: Double?, _ scale: Scale, largest: Double? = nil, mark: Double? = nil) -> String {
        let (low, high): (Double, Double) = switch scale {
        case .fraction: (0, 1)
        case .score: (-100, 100)
        case .mean: (1, 5)
        case .relative: (0, largest ?? max(current ?? 0, earlier ?? 0, mark ?? 0))
        }
        let w = Self.barWidth
        func x(_ v: Double) -> Double { high <= low ? 0 : (min(max(v, low), high) - low) / (high - low) * w }
        let origin = scale == .score ? x(0) : 0
        var svg = "<svg class=\"bars\" width=\"\(Int(w))\" height=\"18\" viewBox=\"0 0 \(Int(w)) 18\" role=\"img\" aria-hidden=\"true\">"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(Int(w))\" height=\"18\" class=\"track\"/>"
        func rect(_ v: Double?, y: Int, height: Int, _ kind: String) {
            guard let v else { return }
            let end = x(v), from = min(origin, end), width = abs(end - origin)
            svg += "<rect x=\"\(Self.number(from))\" y=\"\(y)\" width=\"\(Self.number(width))\" height=\"\(height)\" class=\"\(kind)\"/>"
        }
        rect(current, y: 2, height: 8, "now")
        rect(earlier, y: 11, height: 5, "before")
        if scale == .score { svg += "<line x1=\"\(Self.number(origin))\" y1=\"0\" x2=\"\(Self.number(origin))\" y2=\"18\" class=\"axis\"/>" }
        if let mark {
            let at = Self.number(x(mark))
            svg += "<line x1=\"\(at)\" y1=\"0\" x2=\"\(at)\" y2=\"18\" class=\"target-line\"/>"
        }
        return svg + "</svg>"
    }

    /// `12.5`: a coordinate to a tenth.
    static func number(_ v: Double) -> String { Ratio(Int((v * 10).rounded()), of: 10)!.written(decimals: 1) }

    // MARK: - Text

    /// `61,54`: a decimal point as the language writes it.
    func decimal(_ text: String) -> String { language == .en ? text : text.replacingOccurrences(of: ".", with: ",") }

    /// Text for an element's content or a quoted attribute.
    func esc(_ text: String) -> String { HTMLPage.escape(text) }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            // Control characters are not allowed in XML; none belongs on the page.
            case _ where c.value < 0x20 && c != "\n" && c != "\t": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(c)
            }
        }
        return escaped
    }

    // MARK: - Style

    /// Clean on screen, on A4 paper and in grey: the badges carry ✓ and ✗, the previous period's bars are lighter.
    static let style = """
        @page { size: A4; margin: 14mm 12mm 14mm 12mm; }
        * { box-sizing: border-box; }
        .demo { color: #ffffff; background: #b3261e; padding: 0 2mm; font-weight: bold; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #1d2733;
          background: #ffffff; margin: 0 auto; max-width: 190mm; padding: 10mm 6mm; font-size: 10.5pt; line-height: 1.35; }
        header { border-bottom: 3pt solid #123c5a; padding-bottom: 3mm; margin-bottom: 4mm; }
        h1 { font-size: 20pt; margin: 0 0 1mm 0; color: #123c5a; font-weight: 700; }
        header p { margin: 0.5mm 0; color: #3d4f60; }
        header p.place { font-size: 12pt; font-weight: 600; color: #1d2733; }
        p.legend { font-size: 9pt; margin-top: 2mm; }
        section { margin-top: 7mm; break-inside: avoid; page-break-inside: avoid; }
        h2 { font-size: 13.5pt; margin: 0 0 2mm 0; color: #123c5a; border-bottom: 1pt solid #9fb3c4; padding-bottom: 1mm; }
        h2 .number { color: #5d7a92; }
        h3 { font-size: 10pt; margin: 3.5mm 0 1mm 0; color: #31475c; break-after: avoid; page-break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1mm; table-layout: fixed; }
        th, td { padding: 0.9mm 1.5mm; border-bottom: 0.5pt solid #dfe5ea; text-align: left; vertical-align: middle; }
        thead th { font-size: 8pt; font-weight: 600; color: #5b6b7a; border-bottom: 0.8pt solid #9fb3c4; }
        tbody th { font-weight: 400; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 30mm; }
        td.now { font-weight: 600; }
        .before { color: #66768a; }
        td.bar, th.bar { width: 46mm; }
        .goal-line { display: block; font-size: 8.5pt; color: #3d4f60; margin-top: 0.3mm; }
        td.goal, th.goal { white-space: nowrap; width: 20mm; }
        table.targets .num { width: 40mm; }
        svg.bars { display: block; }
        svg.swatch { vertical-align: -1pt; }
        rect.track { fill: #f1f4f7; }
        rect.now { fill: #1f6f9f; }
        rect.before { fill: #b5c3cf; }
        line.axis { stroke: #7a8a99; stroke-width: 1; }
        line.target-line { stroke: #c25a00; stroke-width: 2; stroke-dasharray: 3 2; }
        .met { color: #1b7a3d; font-weight: 700; white-space: nowrap; }
        .unmet { color: #b3261e; font-weight: 700; white-space: nowrap; }
        .none { color: #6b7885; white-space: nowrap; }
        table.targets td, table.targets th { padding: 1.4mm 1.5mm; }
        table.targets .num { white-space: normal; }
        table.targets .num span { white-space: nowrap; }
        .note { font-size: 8.5pt; color: #5b6b7a; }
        footer { margin-top: 8mm; border-top: 0.8pt solid #9fb3c4; padding-top: 2mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          section, table, tr { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
        }

        """
}
