import Guidance
import Terminal

/// How the screens write a consultation line's hours and whether it answers now (CONTRACT §8).
extension ConsultationLine {
    /// `ma–pe 8.00–15.00`, or `ma–to 9.00–15.00, pe 9.00–13.00`: each stretch of hours with its days, runs of
    /// days as a range; empty for a line without hours.
    func hoursText(_ context: AppContext) -> String {
        let names = context.strings(.weekdaysShort).split(separator: "|").map(String.init)
        func day(_ n: Int) -> String { names.count == 7 ? names[n - 1] : String(n) }
        func time(_ minutes: Int) -> String { "\(minutes / 60).\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)" }
        return hours.map { stretch in
            // Consecutive days as `ma–pe`, the others one by one.
            var runs: [(Int, Int)] = []
            for d in Set(stretch.days).sorted() {
                if let last = runs.last, last.1 + 1 == d { runs[runs.count - 1].1 = d } else { runs.append((d, d)) }
            }
            let days = runs.map { $0.0 == $0.1 ? day($0.0) : day($0.0) + "–" + day($0.1) }.joined(separator: ", ")
            return days + " " + time(stretch.from) + "–" + time(stretch.to)
        }.joined(separator: ", ")
    }

    /// `vastaa nyt`, or `ei vastaa nyt (ma–pe 8.00–15.00)` at the context's clock, with the style to write it in;
    /// `withHours` false leaves the hours out (where they are written beside it).
    func answersText(_ context: AppContext, withHours: Bool = true) -> (String, Style) {
        let s = context.strings
        if answers(at: context.clock()) { return (s(.consultationAnswersNow), .success) }
        if !withHours { return (s(.consultationNotAnswering), .muted) }
        let hours = hoursText(context)
        return (hours.isEmpty ? s(.consultationNoHours) : s(.consultationNotNow, ["hours": hours]), .muted)
    }

    /// `Ikäihmisten palveluohjaaja · 09 0000 1101`: who answers and the phone number, if any.
    func whoAndPhone(_ context: AppContext) -> String {
        ([who[context.language]] + (phone.map { [$0] } ?? [])).joined(separator: " · ")
    }
}
