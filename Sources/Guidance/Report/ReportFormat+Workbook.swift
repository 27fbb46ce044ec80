import Foundation

/// `neuvo report --format xlsx`: the HTML page's figures as a workbook to work on — an overview sheet (the period, the
/// point, the targets met or not) and one sheet for each of the page's sections, in the page's order (`HTMLPage.sections`,
/// the same figures through the same code). Each row is one figure or one code of a map: its label in the user's
/// language, its JSON key and code, this period beside the previous one, and the target where one is set. Numbers are
/// numbers with a number format (counts, rates as percentages of the JSON's fraction, euros, hours); a count masked
/// under `--min-cell` is the text `<N` and what is computed from it `..`, as in the other formats; a figure that is
/// null in the JSON is an empty cell.
extension ReportFormat {
    public func workbook(_ r: Report, comparedWith previous: Report?) -> Workbook {
        WorkbookPage(page: HTMLPage(format: self, report: r, previous: previous)).workbook()
    }
}

/// The columns of every sheet: label, key, code, this period, previous period, target, met now, met before.
struct WorkbookPage {
    let page: HTMLPage

    var format: ReportFormat { page.format }
    var s: Strings { page.format.strings }
    typealias Cell = Workbook.Cell

    func workbook() -> Workbook {
        var book = Workbook()
        func add(_ title: String, _ body: [[Cell]]) {
            let name = Workbook.sheetName(title, taken: book.sheets.map(\.name))
            book.sheets.append(sheet(name, title: title, body: body))
        }
        add(s(.reportXlsxOverview), targetRows())
        for (number, section) in HTMLPage.sections.enumerated() {
            var body: [[Cell]] = []
            for part in section.parts {
                switch part {
                case .figures(let lines): body += lines.flatMap(figureRows)
                case .chart(let title, let key, let largestFirst): body += chartRows(title, key, largestFirst: largestFirst)
                }
            }
            add("\(number + 1). \(s(section.title))", body)
        }
        return book
    }

    // MARK: - A sheet

    /// The top rows — the title, the period, the previous period, the point, the minimum cell — then the column
    /// headings, all frozen, then the body.
    func sheet(_ name: String, title: String, body: [[Cell]]) -> Workbook.Sheet {
        let r = page.report
        var place = r.point.map { code in format.points.first { $0.code == code }?.name[page.language] ?? code } ?? format.allPointsLabel ?? s(.reportAllPoints)
        place = place.prefix(1).uppercased() + place.dropFirst()
        var rows: [[Cell]] = [[.heading(s(.reportHtmlTitle) + " – " + title)]]
        rows.append([.text(s(.reportXlsxPeriod)), .number(Workbook.serial(r.from), .date), .number(Workbook.serial(r.to), .date)])
        if let previous = page.previous {
            rows.append([.text(s(.reportHtmlPreviousPeriod)), .number(Workbook.serial(previous.from), .date),
                         .number(Workbook.serial(previous.to), .date)])
        }
        rows.append([.text(s(.reportXlsxPoint)), .text(place), r.point.map(Cell.text) ?? .empty])
        if format.minCell > 1 {
            rows.append([.text(s(.reportMinCellNote, ["n": String(format.minCell), "max": String(format.minCell - 1)]))])
        }
        rows.append([])
        rows.append([s(.reportHtmlFigure), s(.reportXlsxKey), s(.reportXlsxCode), s(.reportHtmlThisPeriod), s(.reportHtmlPreviousPeriod),
                     s(.reportHtmlTarget), s(.reportXlsxMetNow), s(.reportXlsxMetBefore)].map(Cell.heading))
        let frozen = rows.count
        rows += body
        // Widths from the body and the headings, not the title or the notes that run across the top.
        let measured = rows[(frozen - 1)...]
        let widths = (0..<8).map { column in
            Workbook.width(measured.compactMap { row in
                guard column < row.count else { return nil }
                switch row[column] {
                case .text(let t), .heading(let t): return t
                case .number: return "1 234 567,00 €"
                case .empty: return nil
                }
            }, minimum: column == 0 ? 24 : 10, maximum: column == 0 ? 60 : 32)
        }
        return Workbook.Sheet(name: name, columnWidths: widths, frozenRows: frozen, rows: rows)
    }

    // MARK: - Rows

    /// The targets: each with this period's figure and the previous one's, met or not.
    func targetRows() -> [[Cell]] {
        guard !page.evaluation.isEmpty else { return [[.text(s(.reportHtmlNoTargets))]] }
        return page.evaluation.enumerated().map { index, e in
            [.text(e.target.label[page.language]), .text(e.target.key), .empty,
             value(e.target.key, page.now, page.report),
             page.previous.map { value(e.target.key, page.before, $0) } ?? .empty,
             .text(format.goal(e.target)), .text(met(e)),
             page.previous == nil ? .empty : .text(met(page.previousEvaluation[index]))]
        }
    }

    /// A line of a section's figure table: a row for each of its keys (a count and its rate are two rows), the
    /// targets beside the figure they are set on.
    func figureRows(_ line: HTMLPage.Line) -> [[Cell]] {
        let label = s(line.label).trimmingCharacters(in: .whitespaces)
        return line.keys.map { key in
            var row: [Cell] = [.text(label), .text(key), .empty, value(key, page.now, page.report),
                               page.previous.map { value(key, page.before, $0) } ?? .empty]
            if key == line.keys.last {
                let targets = page.evaluation.enumerated().filter { $0.element.target.key == key }
                if !targets.isEmpty {
                    row.append(.text(targets.map { format.goal($0.element.target) }.joined(separator: "; ")))
                    row.append(.text(targets.map { met($0.element) }.joined(separator: "; ")))
                    if page.previous != nil {
                        row.append(.text(targets.map { met(page.previousEvaluation[$0.offset]) }.joined(separator: "; ")))
                    }
                }
            }
            return row
        }
    }

    /// A map: its title, then a row for each code of either period.
    func chartRows(_ title: StringKey, _ key: String, largestFirst: Bool) -> [[Cell]] {
        let (rows, _) = page.chartRows(key, largestFirst: largestFirst)
        var out: [[Cell]] = [[], [.heading(s(title))]]
        if rows.isEmpty { out.append([.text(s(.reportHtmlNoData)), .text(key)]) }
        for row in rows {
            out.append([.text(page.label(key, row.code)), .text(key), .text(row.code), entry(row.count),
                        page.previous == nil ? .empty : entry(row.earlier)])
        }
        return out
    }

    // MARK: - Cells

    /// A map's count: masked as `<N`, else the count (absent from the JSON map: 0).
    func entry(_ count: Int) -> Cell { format.masks(count) ? .text(format.cell(count)) : .count(count) }

    /// One figure of one period: the JSON's value as a number in the figure's format; `<N` or `..` under the
    /// minimum cell; empty where the JSON has null (the staff's figures under their anonymity minimum say why).
    func value(_ key: String, _ figures: [String: ReportFormat.Figure], _ r: Report) -> Cell {
        switch figures[key] {
        case nil, .map?: return .empty
        case let figure? where format.withholds(figure):
            if case .count(let n) = figure { return .text(format.cell(n)) }
            return .text(ReportFormat.withheld)
        case .count(let n)?, .total(let n, _)?: return .count(n)
        case .ratio(let ratio, let decimals, _)?:
            guard let ratio else {
                let tooFew = (key == "mood_mean" && r.moodWithheld) || (key == "enps" && r.enpsWithheld)
                return tooFew ? .text(s(.reportHtmlTooFew, ["minimum": String(Report.staffAnonymityMinimum)])) : .empty
            }
            return .number(Double(ratio.written(decimals: decimals))!, Self.style(key, decimals: decimals))
        }
    }

    /// How a rate, mean, sum or score is shown.
    static func style(_ key: String, decimals: Int) -> Workbook.NumberStyle {
        switch key {
        case "cost_eur", "cost_per_contact", "cost_per_resolved": .euros
        case "staff_hours": .hours
        case _ where decimals == ReportFormat.rateDecimals: .percent
        case _ where decimals == ReportFormat.scoreDecimals: .decimal1
        default: .decimal2
        }
    }

    /// ✓ met, ✗ not met, or why there is nothing to set against the target.
    func met(_ e: Targets.Evaluation) -> String {
        switch e.met {
        case true?: "✓ " + s(.reportHtmlMet)
        case false?: "✗ " + s(.reportHtmlNotMet)
        case nil: e.withheld ? s(.reportHtmlWithheld) : s(.reportHtmlNoFigure)
        }
    }
}
