/// The four segments drawn as a 2 × 2 grid in text, with the client's place marked by `●`:
/// coping runs left (weak) to right (good), the service need bottom (simple) to top (complex).
public struct SegmentGrid: Sendable {
    public static let marker: Character = "●"
    /// Inner width and height of one cell; the first row holds the segment's name.
    let cellWidth: Int
    let cellHeight: Int

    public init(cellWidth: Int = 24, cellHeight: Int = 4) {
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
    }

    public func lines(
        for assessment: Assessment, instrument: Instrument, segments: CodeList, language: Language
    ) -> [String] {
        let top = instrument.professional.high[language], bottom = instrument.professional.low[language]
        let margin = max(TextWidth.of(top), TextWidth.of(bottom)) + 1
        let pad = String(repeating: " ", count: margin)
        let horizontal = String(repeating: "─", count: cellWidth)
        func name(_ segment: Segment) -> String { segments.label(segment.rawValue, in: language) }

        let (markerColumn, markerRow) = place(assessment, thresholdTenths: instrument.thresholdTenths)
        func row(_ left: Segment, _ right: Segment, line: Int, gridRow: Int) -> String {
            var cells = [left, right].map { segment -> [Character] in
                let text = line == 0 ? " " + name(segment) : ""
                return Array(TextWidth.padded(text, to: cellWidth))
            }
            if line > 0, markerRow == gridRow * cellHeight + line {
                cells[markerColumn / cellWidth][markerColumn % cellWidth] = Self.marker
            }
            return "│" + String(cells[0]) + "│" + String(cells[1]) + "│"
        }

        let lowCoping = instrument.client.low[language], highCoping = instrument.client.high[language]
        let span = 2 * cellWidth + 3
        let gap = max(1, span - TextWidth.of(lowCoping) - TextWidth.of(highCoping))
        var lines = [pad + lowCoping + String(repeating: " ", count: gap) + highCoping]
        lines.append(TextWidth.padded(top, to: margin) + "┌" + horizontal + "┬" + horizontal + "┐")
        for line in 0..<cellHeight {
            lines.append(pad + row(.network, .collaboration, line: line, gridRow: 0))
        }
        lines.append(pad + "├" + horizontal + "┼" + horizontal + "┤")
        for line in 0..<cellHeight {
            lines.append(pad + row(.community, .selfCare, line: line, gridRow: 1))
        }
        lines.append(TextWidth.padded(bottom, to: margin) + "└" + horizontal + "┴" + horizontal + "┘")
        return lines
    }

    /// The marker's column (0 ..< 2·cellWidth) and row (counted over both grid rows, label rows included)
    /// for the scores; the threshold falls exactly on the border between the halves.
    func place(_ assessment: Assessment, thresholdTenths: Int) -> (column: Int, row: Int) {
        func offset(_ tenths: Int, high: Bool, steps: Int) -> Int {
            let (from, to) = high ? (thresholdTenths, 1000) : (0, thresholdTenths)
            guard to > from else { return 0 }
            return min(steps - 1, (tenths - from) * steps / (to - from))
        }
        let coping = assessment.clientScore, need = assessment.needScore
        let column = (coping.isHigh ? cellWidth : 0) + offset(coping.tenths, high: coping.isHigh, steps: cellWidth)
        // Rows grow downwards while the need grows upwards; row 0 of each cell is its label.
        let markRows = cellHeight - 1
        let within = markRows - 1 - offset(need.tenths, high: need.isHigh, steps: markRows)
        let row = (need.isHigh ? 0 : cellHeight) + 1 + within
        return (column, row)
    }
}
