import Guidance
import Store
import Terminal

/// Draws the board's figures: for one point four big tiles and the day by hour; for several, a column per point side by
/// side (with its own hours on a large screen), all points together below. Pure: the same figures, clock and size
/// always give the same frame.
struct BoardView {
    let figures: BoardFigures
    let catalog: Catalog
    let strings: Strings
    let now: Timestamp
    /// The points are an advisor's own: their sum is "your points", not "all points".
    var ownPoints = false

    func render(into canvas: inout Canvas, area: Area) {
        if figures.points.count == 1 {
            single(figures.points[0], into: &canvas, area: area)
        } else {
            columns(into: &canvas, area: area)
        }
    }

    // MARK: - One point

    private func single(_ point: String, into canvas: inout Canvas, area: Area) {
        let report = figures.today[point] ?? Report(from: figures.day, to: figures.day, point: point)
        let usual = figures.usual(point)
        let open = figures.followUps[point] ?? .none
        let scale = area.width >= 160 && area.height >= 45 ? 2 : 1
        let tileWidth = (area.width - 2) / 4
        let top = area.y + 1
        let tiles: [(label: String, value: Int, note: String, style: Style)] = [
            (strings(.boardToday), report.contacts, usualText(usual, long: true), .normal),
            (strings(.boardResolved), report.resolved, percent(report.resolved, of: report.contacts), .success),
            (strings(.boardReferrals), referrals(report),
             strings(.boardReferralKinds, ["internal": String(report.referralsInternal), "external": String(report.referralsExternal)]), .normal),
            (strings(.boardFollowUps), open.count, open.oldest.map { strings(.boardOldest, ["age": age(since: $0, short: false)]) } ?? "",
             open.count > 0 ? .warning : .normal),
        ]
        for (index, tile) in tiles.enumerated() {
            let x = area.x + 1 + index * tileWidth
            canvas.put(tile.label, x: x, y: top, style: .muted, maxWidth: tileWidth - 1)
            let height = number(tile.value, x: x, y: top + 1, width: tileWidth - 1, scale: scale, style: tile.style, into: &canvas)
            canvas.putWrapped(tile.note, x: x, y: top + 1 + height, width: tileWidth - 1, style: .muted, maxLines: 2)
        }
        var chartTop = top + 5 * scale + 4
        chartTop += handoffs(into: &canvas, x: area.x + 1, y: chartTop, width: area.width - 2)
        let chart = Area(x: area.x + 1, y: chartTop, width: area.width - 2, height: area.y + area.height - chartTop)
        hours(report.byHour, usual, into: &canvas, area: chart)
    }

    // MARK: - Every point side by side

    private func columns(into canvas: inout Canvas, area: Area) {
        let points = figures.points
        let width = (area.width - 1) / max(1, points.count)
        let top = area.y + 1
        let scale = width >= 24 && area.height >= 45 ? 2 : 1
        var bottom = top
        for (index, point) in points.enumerated() {
            let x = area.x + 1 + index * width
            let inner = width - 1
            let report = figures.today[point] ?? Report(from: figures.day, to: figures.day, point: point)
            let usual = figures.usual(point)
            let open = figures.followUps[point] ?? .none
            canvas.put(name(of: point, width: inner), x: x, y: top, style: .key, maxWidth: inner)
            var y = top + 1
            y += number(report.contacts, x: x, y: y, width: inner, scale: scale, style: .normal, into: &canvas)
            canvas.put(usualText(usual, long: false), x: x, y: y, style: .muted, maxWidth: inner)
            canvas.put("✓ \(report.resolved) " + percent(report.resolved, of: report.contacts), x: x, y: y + 1, style: .success, maxWidth: inner)
            canvas.put("→ \(referrals(report))", x: x, y: y + 2, maxWidth: inner)
            let wait = open.oldest.map { " " + age(since: $0, short: true) } ?? ""
            canvas.put("○ \(open.count)" + wait, x: x, y: y + 3, style: open.count > 0 ? .warning : .normal, maxWidth: inner)
            y += 5
            // A large screen: each point's own hours under its column.
            let room = area.y + area.height - y - 10
            if room >= 8 && inner >= 14 {
                let height = min(14, room)
                hours(report.byHour, usual, into: &canvas, area: Area(x: x, y: y, width: inner, height: height), title: false)
                y += height + 1
            }
            bottom = max(bottom, y)
        }
        let total = figures.total(catalog.vocabulary)
        let open = figures.followUpsTotal
        // The whole line where it fits, else the short forms.
        let lines = [false, true].map { short in
            strings(ownPoints ? .boardTotalOwn : .boardTotal, ["count": String(total.contacts), "usual": usualText(figures.usualTotal, long: !short)])
                + "   ✓ \(total.resolved) " + percent(total.resolved, of: total.contacts) + "   → \(referrals(total))   ○ \(open.count)"
                + (open.oldest.map { " (" + age(since: $0, short: short) + ")" } ?? "")
        }
        canvas.put(lines.first { TextWidth.of($0) <= area.width - 2 } ?? lines[1], x: area.x + 1, y: bottom, maxWidth: area.width - 2)
        canvas.put(strings(.boardLegend), x: area.x + 1, y: bottom + 1, style: .muted, maxWidth: area.width - 2)
        // The open handoffs in the blank line under the legend, then a blank line again.
        let chartTop = bottom + 3 + max(0, handoffs(into: &canvas, x: area.x + 1, y: bottom + 2, width: area.width - 2) - 1)
        hours(total.byHour, figures.usualTotal, into: &canvas,
              area: Area(x: area.x + 1, y: chartTop, width: area.width - 2, height: min(24, area.y + area.height - chartTop)))
    }

    // MARK: - Open handoffs

    /// The open handoffs sent from the points shown, by receiving service with the oldest's wait (CONTRACT §8, §9), at
    /// `y` on at most two lines and a blank one; returns the rows used (none where the log keeps no handoffs).
    private func handoffs(into canvas: inout Canvas, x: Int, y: Int, width: Int) -> Int {
        guard let line = handoffLine(width: width) else { return 0 }
        let open = figures.handoffsTotal.count > 0
        return canvas.putWrapped(line, x: x, y: y, width: width, style: open ? .warning : .muted, maxLines: 2) + 1
    }

    /// `Avoimet yhteydenottopyynnöt (vanhimman odotus): Aikuissosiaalityö 2 (1 vrk 3 t) · Terveysasema 1 (4 t 10 min)`,
    /// the services in the vocabulary's order; the short ages where the long do not fit `width`; nil where the log keeps
    /// no handoffs.
    func handoffLine(width: Int) -> String? {
        guard let open = figures.handoffs else { return nil }
        guard figures.handoffsTotal.count > 0 else { return strings(.boardHandoffNone) }
        let list = catalog.vocabulary.referral
        let codes = list.codes.filter { open[$0] != nil } + open.keys.filter { !list.codes.contains($0) }.sorted()
        let lines = [false, true].map { short in
            strings(.boardHandoffOpen) + " " + codes.map { code in
                let entry = open[code]!
                return strings(.boardHandoffService, [
                    "service": list.label(code, in: strings.language), "count": String(entry.count),
                    "age": entry.oldest.map { age(since: $0, short: short) } ?? "–",
                ])
            }.joined(separator: " · ")
        }
        return lines.first { TextWidth.of($0) <= width } ?? lines[1]
    }

    // MARK: - Parts

    /// `n` in block digits when they fit the width (else as text); returns the rows used.
    private func number(_ n: Int, x: Int, y: Int, width: Int, scale: Int, style: Style, into canvas: inout Canvas) -> Int {
        var scale = scale
        while scale > 1 && BigDigits.width(of: n, scale: scale) > width { scale -= 1 }
        guard BigDigits.width(of: n, scale: scale) <= width else {
            canvas.put(String(n), x: x, y: y + 2, style: style)
            return BigDigits.glyphHeight
        }
        let rows = BigDigits.rows(n, scale: scale)
        for (row, text) in rows.enumerated() { canvas.put(text, x: x, y: y + row, style: style) }
        return rows.count
    }

    /// Contacts by hour of day: today's as bars, the usual as a line across each hour (`─`), hours on the axis. Shows the
    /// working day (8–16) and every other hour with contacts today or usually.
    private func hours(_ today: [String: Int], _ usual: UsualDay, into canvas: inout Canvas, area: Area, title: Bool = true) {
        let rows = area.height - (title ? 2 : 1)
        guard rows >= 2, area.width >= 10 else { return }
        if title { canvas.put(strings(.boardByHour), x: area.x, y: area.y, style: .muted, maxWidth: area.width) }
        let means = (0..<24).map { usual.at(hour: $0) }
        let busy = (0..<24).filter { (today[Report.hourCode($0)] ?? 0) > 0 || (means[$0]?.numerator ?? 0) > 0 }
        var first = min(8, busy.first ?? 8), last = max(16, busy.last ?? 16)
        while (last - first + 1) > area.width { if busy.first.map({ $0 > first }) ?? true { first += 1 } else { last -= 1 } }
        let count = last - first + 1
        let step = min(6, area.width / count)
        let bar = max(1, step - 1)
        let largest = max(1, (first...last).map { max(today[Report.hourCode($0)] ?? 0, means[$0].map { Int($0.value.rounded(.up)) } ?? 0) }.max() ?? 1)
        let base = area.y + (title ? 1 : 0) + rows - 1
        for (index, hour) in (first...last).enumerated() {
            let x = area.x + index * step
            let value = today[Report.hourCode(hour)] ?? 0
            let eighths = value == 0 ? 0 : max(1, (value * rows * 8 + largest / 2) / largest)
            for row in 0..<rows {
                let fill = eighths - row * 8
                guard fill > 0 else { break }
                let block = fill >= 8 ? "█" : String(Sparkline.levels[fill - 1])
                canvas.put(String(repeating: block, count: bar), x: x, y: base - row, style: hour == now.hour ? .success : .normal)
            }
            if let mean = means[hour], mean.numerator > 0 {
                let level = max(1, Int((mean.value * Double(rows) / Double(largest)).rounded()))
                let y = base - (level - 1)
                if (level - 1) * 8 >= eighths { canvas.put(String(repeating: "─", count: bar), x: x, y: y, style: .muted) }
            }
            let label = String(hour)
            if step >= TextWidth.of(label) + 1 || (step >= 2 && hour % 2 == 0) || hour % 3 == 0 && step * 3 > TextWidth.of(label) {
                canvas.put(label, x: x, y: base + 1, style: .muted, maxWidth: max(step, TextWidth.of(label)))
            }
        }
    }

    private func name(of point: String, width: Int) -> String {
        guard let found = catalog.points.first(where: { $0.code == point }) else { return point }
        let name = found.name[strings.language], municipality = found.municipality[strings.language]
        if TextWidth.of(name) <= width { return name }
        return TextWidth.of(municipality) <= width ? municipality : TextWidth.truncated(name, to: width)
    }

    /// Referrals (contact and destination pairs) of both kinds, as `referrals_internal` and `referrals_external` count.
    private func referrals(_ report: Report) -> Int { report.referralsInternal + report.referralsExternal }

    /// `usual by 10.42: 14`, rounded as the report rounds (half away from zero); `–` without earlier weeks.
    private func usualText(_ usual: UsualDay, long: Bool) -> String {
        let count = usual.by(hour: now.hour, minute: now.minute)?.written(decimals: 0) ?? "–"
        return long ? strings(.boardUsual, ["time": now.clockTime, "count": count]) : strings(.boardUsualShort, ["count": count])
    }

    /// `58 %`; `–` over no contacts.
    private func percent(_ part: Int, of whole: Int) -> String {
        Ratio(part * 100, of: whole).map { $0.written(decimals: 0) + " %" } ?? "–"
    }

    /// How long since `instant`: `3 d 4 h` or `5 h 20 min` (`3 d`, `5 h` when short).
    func age(since instant: Int64, short: Bool) -> String {
        let seconds = max(0, now.instant - instant)
        let days = seconds / 86_400, hours = seconds % 86_400 / 3600, minutes = seconds % 3600 / 60
        if days > 0 {
            return short ? strings(.boardAgeShortDays, ["days": String(days)]) : strings(.boardAgeDays, ["days": String(days), "hours": String(hours)])
        }
        return short ? strings(.boardAgeShortHours, ["hours": String(hours)]) : strings(.boardAgeHours, ["hours": String(hours), "minutes": String(minutes)])
    }
}
