import Guidance
import Store
import Terminal

/// The browser's layout: the period and point, the comparison, two trend lines, then the sections of figures in
/// as many columns as the width allows (one at 80 columns, two from 116), each column scrolled to show the
/// highlighted figure's whole section; the export's questions at the bottom.
extension DayBrowserScreen {
    /// A column of figures needs this many columns: a label, the period's count and rate, the comparison's.
    static let columnWidth = 56
    static let labelWidth = 30
    /// Count and rate, then the comparison's count and rate: `  123  71,4 %    118  65,0 %`.
    static let numbersWidth = 28
    /// Where the comparison's count starts in the numbers.
    static let earlierX = 15

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        guard let page else { return }
        let s = context.strings
        let x = area.x + 2, width = area.width - 4
        var y = area.y

        // The period and the point; the three lengths at the right, the shown one marked.
        let place = context.pointName(point)
        // Each with its key from the key table: `d Päivä`, `w Viikko`, `m Kuukausi`.
        let keys = browsingKeys(context).bindings
        let tabs = BrowserPeriod.Length.allCases.map { length in
            let key = keys.first { $0.action == .length(length) }?.keys.first
            return (length: length, key: key, text: " " + (key?.name ?? "") + " " + s(Self.lengthName[length]!) + " ")
        }
        let tabsWidth = tabs.reduce(0) { $0 + TextWidth.of($1.text) }
        let used = canvas.putCut(period.title(context) + " · " + place, x: x, y: y, style: .header, maxWidth: width - tabsWidth - 1)
        var tabX = max(x + used + 1, x + width - tabsWidth)
        for tab in tabs {
            let drawn = canvas.put(tab.text, x: tabX, y: y, style: tab.length == period.length ? .selection : .muted)
            // A click on a length shows it, as its key does.
            canvas.mark(x: tabX, y: y, width: drawn, keys: tab.key.map { [$0] } ?? [])
            tabX += drawn
        }
        y += 1
        let compared = period.compared(today: context.today)
        let comparedText = ReportPeriod.soFarText(from: period.from, to: period.to, today: context.today, s).map {
            s(.browserComparedSoFar, ["so_far": $0, "from": compared.from.dayAndMonth, "to": compared.to.written])
        } ?? s(Self.comparedWith[period.length]!, ["period": period.comparison.title(context)])
        canvas.putCut(comparedText, x: x, y: y, style: .muted, maxWidth: width)
        y += 1
        renderTrends(page.series, into: &canvas, x: x, y: y, width: width, context)
        y += 2

        let panel = export == nil ? 0 : 3
        renderColumns(into: &canvas, area: Area(x: x, y: y, width: width, height: area.bottom - y - panel), context)
        if export != nil { renderExport(into: &canvas, area: Area(x: x, y: area.bottom - panel + 1, width: width, height: panel - 1), context) }
    }

    static let lengthName: [BrowserPeriod.Length: StringKey] = [.day: .browserDay, .week: .browserWeek, .month: .browserMonth]
    static let comparedWith: [BrowserPeriod.Length: StringKey] = [
        .day: .browserComparedDay, .week: .browserComparedWeek, .month: .browserComparedMonth,
    ]

    /// Daily contacts and the share resolved in one contact, one character a day, the shown day last.
    private func renderTrends(_ series: [DailyCount], into canvas: inout Canvas, x: Int, y: Int, width: Int, _ context: AppContext) {
        let s = context.strings
        let labels = [s(.browserTrendContacts), s(.browserTrendResolved)]
        let labelWidth = labels.map(TextWidth.of).max()! + 2
        let peak = series.map(\.contacts).max() ?? 0
        let lines = [
            Sparkline.counts(series.map(\.contacts)),
            Sparkline.shares(series.map { ($0.resolved, $0.contacts) }),
        ]
        let notes = [s(.browserTrendPeak, ["count": String(peak)]), s(.browserTrendScale)]
        for row in 0..<2 {
            canvas.put(labels[row], x: x, y: y + row, style: .muted)
            let used = canvas.put(lines[row], x: x + labelWidth, y: y + row, maxWidth: width - labelWidth)
            let note = notes[row]
            if labelWidth + used + 2 + TextWidth.of(note) <= width {
                canvas.put(note, x: x + labelWidth + used + 2, y: y + row, style: .muted)
            }
        }
    }

    // MARK: - Columns of figures

    /// One row of a column: a section's heading or one of its figures (`index`: counted through every section).
    enum Row: Equatable {
        case heading(section: Int)
        case figure(section: Int, figure: BrowserFigure, index: Int)
    }

    /// The sections split into `count` columns, in order, the tallest column as short as it can be.
    static func columns(_ sections: [BrowserSection], count: Int) -> [[Int]] {
        let heights = sections.map { 1 + $0.figures.count }
        func tallest(_ cuts: [Int]) -> Int {
            let bounds = [0] + cuts + [sections.count]
            return zip(bounds, bounds.dropFirst()).map { heights[$0..<$1].reduce(0, +) }.max() ?? 0
        }
        var best: [Int] = []
        func search(_ cuts: [Int]) {
            if cuts.count == count - 1 {
                if best.isEmpty || tallest(cuts) < tallest(best) { best = cuts }
                return
            }
            for cut in (cuts.last ?? 0)...sections.count { search(cuts + [cut]) }
        }
        search([])
        let bounds = [0] + best + [sections.count]
        return zip(bounds, bounds.dropFirst()).map { Array($0..<$1) }
    }

    private func renderColumns(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        guard area.height > 0 else { return }
        let count = max(1, min(3, (area.width + 4) / (Self.columnWidth + 4)))
        let columnWidth = (area.width - 4 * (count - 1)) / count
        var firstIndex: [Int] = [], at = 0
        for section in sections {
            firstIndex.append(at)
            at += section.figures.count
        }
        for (column, members) in Self.columns(sections, count: count).enumerated() {
            var rows: [Row] = []
            for section in members {
                rows.append(.heading(section: section))
                for (n, figure) in sections[section].figures.enumerated() {
                    rows.append(.figure(section: section, figure: figure, index: firstIndex[section] + n))
                }
            }
            let x = area.x + column * (columnWidth + 4)
            for (line, row) in window(rows, height: area.height).enumerated() {
                renderRow(row, into: &canvas, x: x, y: area.y + line, width: columnWidth, context)
            }
        }
    }

    /// The rows to show: from the top, scrolled down just enough that the highlighted figure's whole section shows
    /// (its heading first, when the section is taller than the column).
    func window(_ rows: [Row], height: Int) -> ArraySlice<Row> {
        var start = 0
        if let selected = rows.firstIndex(where: { if case .figure(_, _, highlight) = $0 { true } else { false } }),
           case .figure(let section, _, _) = rows[selected] {
            let heading = rows.firstIndex(of: .heading(section: section))!
            let end = rows.lastIndex { if case .figure(section, _, _) = $0 { true } else { false } }!
            start = min(heading, max(0, end - height + 1))
            if selected >= start + height { start = selected - height + 1 }
        }
        return rows[start..<min(rows.count, start + height)]
    }

    private func renderRow(_ row: Row, into canvas: inout Canvas, x: Int, y: Int, width: Int, _ context: AppContext) {
        let labelWidth = min(Self.labelWidth, width - Self.numbersWidth - 1)
        let numbersX = x + labelWidth + 1
        switch row {
        case .heading(let n):
            // The periods' names above their counts.
            canvas.putCut(sections[n].title, x: x, y: y, style: .header, maxWidth: labelWidth - 3)
            let (shown, earlier) = period.columnTitles(context)
            canvas.put(shown, x: numbersX + 5 - TextWidth.of(shown), y: y, style: .header)
            canvas.put(earlier, x: numbersX + Self.earlierX + 5 - TextWidth.of(earlier), y: y, style: .muted)
        case .figure(let n, let figure, let index):
            let section = sections[n]
            let largest = section.figures.map { max($0.value, $0.earlier) }.max() ?? 0
            switch section.kind {
            case .hours:
                // The hours' bar chart stands in the label's room: the numbers stay in line with every other section.
                canvas.put(figure.label, x: x, y: y)
                canvas.put(ReportFormat.bar(figure.value, of: largest, width: max(0, labelWidth - 7)), x: x + 6, y: y)
            case .summary, .map:
                canvas.put(TextWidth.truncated(figure.label, to: labelWidth), x: x, y: y)
            }
            let numbers: String, earlier: String
            if let written = figure.written {
                // A score, mean, hours or euros in the count's and rate's room.
                numbers = Self.right(written.shown, 13)
                earlier = Self.right(written.earlier, 13)
            } else {
                let rate = { (ratio: Ratio?) in figure.showsRate ? (ratio.map(context.reportFormat.percent) ?? "–") : "" }
                numbers = Self.right(String(figure.value), 5) + " " + Self.right(rate(figure.rate), 7)
                earlier = Self.right(String(figure.earlier), 5) + " " + Self.right(rate(figure.earlierRate), 7)
            }
            canvas.put(numbers, x: numbersX, y: y)
            canvas.put(earlier, x: numbersX + Self.earlierX, y: y, style: .muted)
            let barWidth = width - labelWidth - 1 - Self.numbersWidth - 2
            if section.kind == .map, barWidth >= 6 {
                canvas.put(ReportFormat.bar(figure.value, of: largest, width: barWidth), x: numbersX + Self.numbersWidth + 2, y: y)
            } else if let note = targetNote(figure, width: barWidth, context) {
                canvas.put(note.text, x: numbersX + Self.numbersWidth + 2, y: y, style: note.style)
            }
            // A click on a figure highlights it, as ↑ and ↓ do; on the highlighted one it opens its contacts (Enter).
            if export == nil {
                let keys = index == highlight ? [Key.enter] : Array(repeating: index > highlight ? Key.down : .up, count: abs(index - highlight))
                canvas.mark(x: x - 1, y: y, width: width + 2, keys: keys)
            }
            if index == highlight {
                canvas.paint(x: x - 1, y: y, width: width + 2, style: .selection)
                canvas.focus(x: x, y: y)
            }
        }
    }

    /// `tavoite > 60: täyttyi` beside a figure the region has a target for (`targetNotes`, by the report's key), or
    /// `> 60 ✓` where that does not fit in `width`; nil when neither fits.
    func targetNote(_ figure: BrowserFigure, width: Int, _ context: AppContext) -> (text: String, style: Style)? {
        guard let key = figure.key, let note = targetNotes[key] else { return nil }
        let s = context.strings
        let result = note.met.map { s($0 ? .browserTargetMet : .browserTargetNotMet) } ?? s(.browserTargetUnknown)
        let style: Style = note.met.map { $0 ? .success : .warning } ?? .muted
        let long = s(.browserTarget, ["target": note.text, "result": result])
        if TextWidth.of(long) <= width { return (long, style) }
        let short = note.text + " " + (note.met.map { $0 ? "✓" : "✗" } ?? "?")
        return TextWidth.of(short) <= width ? (short, style) : nil
    }

    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
    }

    // MARK: - Export

    private func renderExport(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        canvas.clear(x: area.x - 2, y: area.y - 1, width: area.width + 4, height: area.height + 1)
        // The panel hides the figures under it from clicks too.
        canvas.cover(x: area.x - 2, y: area.y - 1, width: area.width + 4, height: area.height + 1)
        switch export {
        case .choosingFormat:
            canvas.putCut(s(.browserExportChoose, ["period": period.title(context)]), x: area.x, y: area.y, style: .warning, maxWidth: area.width)
        case .naming(let document, let field):
            let label = s(.browserExportFile, ["format": document.rawValue.uppercased()]) + " "
            let used = canvas.put(label, x: area.x, y: area.y, maxWidth: area.width)
            field.render(into: &canvas, x: area.x + used, y: area.y, width: area.width - used, focused: true)
            canvas.putCut(s(.browserExportHint), x: area.x, y: area.y + 1, style: .muted, maxWidth: area.width)
        case nil: break
        }
        // A click on a format chooses it, as its number does.
        if case .choosingFormat = export {
            canvas.markChoices(s(.browserExportChoose, ["period": period.title(context)]), x: area.x, y: area.y, width: area.width)
        }
    }
}

extension AppContext {
    /// The report's formats in the user's language: the screens write figures as `neuvo report` does.
    var reportFormat: ReportFormat {
        var format = ReportFormat(vocabulary: vocabulary, points: catalog.points, strings: strings, targets: catalog.targets)
        format.isDemo = isDemo
        format.today = today
        return format
    }
}
