import Terminal

/// A number typed with the digit keys on a row of numbered boxes (the kiosk's 0–10, the mood's 1–5, eNPS's 0–10), the
/// way it is written: `1` `0` is 10, on any of them alike and however slowly it is typed. Each digit gives the box to
/// highlight — the number typed so far with the digit after it, when that number is on the row, else the digit alone —
/// and Enter stores the highlighted box, so what is stored is always the number shown. Any key other than a digit ends
/// the number (`reset`): after an arrow, `0` is 0 again.
struct TypedNumber: Equatable, Sendable {
    let range: ClosedRange<Int>
    /// The number typed so far; nil when the last key was no digit.
    private(set) var typed: Int?

    init(range: ClosedRange<Int>) {
        self.range = range
    }

    /// The digit of `key`, if it is one.
    static func digit(_ key: Key) -> Int? {
        guard case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue else { return nil }
        return digit
    }

    /// The number to highlight after `digit`: `1` then `0` is 10 on a row that has 10, `1` then `1` is 1 again (no 11),
    /// and a digit on no box (a `7` on 1–5) is nil and changes nothing.
    mutating func type(_ digit: Int) -> Int? {
        if let typed, typed > 0, range.contains(typed * 10 + digit) {
            self.typed = typed * 10 + digit
        } else if range.contains(digit) {
            typed = digit
        } else {
            return nil
        }
        return typed
    }

    /// A key other than a digit: the next digit begins a new number.
    mutating func reset() {
        typed = nil
    }
}
