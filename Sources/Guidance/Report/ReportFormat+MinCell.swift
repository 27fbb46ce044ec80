/// `--min-cell N`, for figures that leave the organisation: a small count could point to a person, so counts of 1 to
/// N − 1 are masked — `<N` in text and CSV, left out of JSON maps, null in JSON (named under `masked`) — and a
/// rate, mean or total computed from a masked count is withheld with it (`..`; null in JSON), since it would give
/// the count back. A zero stays 0: it says nobody. Differences between figures shown are not masked.
extension ReportFormat {
    /// `..`: a figure withheld because it is computed from a masked count (the mark of Finnish official statistics
    /// for a figure kept confidential).
    public static let withheld = ".."

    /// Whether a count is too small to be shown: from 1 to `minCell − 1`.
    public func masks(_ count: Int) -> Bool { count > 0 && count < minCell }

    /// `<5` for a masked count, else the count itself.
    public func cell(_ count: Int) -> String { masks(count) ? "<\(minCell)" : String(count) }

    /// Whether any of the counts a figure is computed from is masked.
    func withholds(_ counts: [Int]) -> Bool { counts.contains(where: masks) }

    /// Whether a figure as a whole is withheld: a masked count, or a rate or total computed from one.
    func withholds(_ figure: Figure) -> Bool {
        switch figure {
        case .count(let n): masks(n)
        case .ratio(_, _, let counts), .total(_, let counts): withholds(counts)
        case .map: false
        }
    }

    /// The rate as the text writes it (`percent`), or `..` when it is computed from a masked count.
    func percent(_ ratio: Ratio?, from counts: [Int]) -> String {
        withholds(counts) ? Self.withheld : percent(ratio)
    }
}

extension ReportFormat {
    /// The largest counts first, ties in the data's order; masked counts all tie, so that their order tells nothing.
    func largestFirst(_ entries: [(code: String, count: Int)]) -> [(code: String, count: Int)] {
        let shown = { (count: Int) in self.masks(count) ? 0 : count }
        return entries.enumerated()
            .sorted { (shown($0.element.count), -$0.offset) > (shown($1.element.count), -$1.offset) }
            .map(\.element)
    }
}
