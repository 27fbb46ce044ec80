/// A trend in one line of block characters, one value to a character (`▁▂▃▄▅▆▇█`): how a figure went day by day.
public enum Sparkline {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Counts against the largest of them: the largest is `█`, any count above zero at least `▁`, and zero a space
    /// (a day without contacts — a weekend — stands out from a quiet day).
    public static func counts(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        return String(values.map { value in
            guard value > 0, largest > 0 else { return " " }
            // ceil(value × 8 / largest) − 1: 1…8 eighths of the largest.
            return levels[(value * levels.count + largest - 1) / largest - 1]
        })
    }

    /// Shares on a fixed scale, 0 % as `▁` to 100 % as `█` (rounded to the nearest level), so that lines of different
    /// periods and points read alike; a space where the share is of nothing.
    public static func shares(_ values: [(part: Int, whole: Int)]) -> String {
        String(values.map { value in
            guard value.whole > 0 else { return " " }
            let top = levels.count - 1
            return levels[min(top, max(0, (2 * value.part * top + value.whole) / (2 * value.whole)))]
        })
    }
}
