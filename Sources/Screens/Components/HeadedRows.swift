/// The rows of a list whose items fall under headings (referrals: the region's own, then others), and the
/// window of them to draw: from the navigator's first item (with its heading just above), kept full, and
/// far enough down that the selected item shows below the headings.
struct HeadedRows {
    enum Row: Equatable {
        case heading(String)
        /// The n-th item of the list.
        case item(Int)
    }

    let rows: [Row]
    private let rowOfItem: [Int]

    /// `headings[n]` is the heading of item n (nil for none); a heading row goes before each run of items under it.
    init(headings: [String?]) {
        var rows: [Row] = [], rowOfItem: [Int] = []
        for (n, heading) in headings.enumerated() {
            if let heading, n == 0 || headings[n - 1] != heading { rows.append(.heading(heading)) }
            rowOfItem.append(rows.count)
            rows.append(.item(n))
        }
        self.rows = rows
        self.rowOfItem = rowOfItem
    }

    func window(_ navigator: ListNavigator, height: Int) -> ArraySlice<Row> {
        guard !rowOfItem.isEmpty, height > 0 else { return [] }
        let first = navigator.visible(count: rowOfItem.count, height: height).lowerBound
        var start = rowOfItem[first]
        if start > 0, case .heading = rows[start - 1] { start -= 1 }
        start = min(start, max(0, rows.count - height))
        let selectedRow = rowOfItem[min(navigator.selected, rowOfItem.count - 1)]
        if selectedRow >= start + height { start = selectedRow - height + 1 }
        return rows[start..<min(rows.count, start + height)]
    }
}
