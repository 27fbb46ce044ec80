/// A moment as the contact log writes it: ISO 8601 with its offset, `2023-03-14T10:25:00+02:00`.
/// The date as written is the contact's day; instants are compared with their offsets.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The local date and time as written.
    public let date: CivilDate
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// The offset from UTC in minutes, −14:00 to +14:00.
    public let offsetMinutes: Int

    public enum Problem: Error, Equatable, Sendable {
        /// Not shaped like `2023-03-14T10:25:00+02:00`.
        case format
        /// A date and time without an offset: the instant is unknown.
        case missingOffset
        /// An offset beyond ±14:00 or with minutes over 59.
        case offset
        /// No such day or time, e.g. 30.2. or 24:10.
        case dateOrTime
    }

    public init(date: CivilDate, hour: Int, minute: Int, second: Int = 0, offsetMinutes: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// Reads `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`.
    public init(iso text: String) throws(Problem) {
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            var n = 0
            for c in chars[range] {
                guard c >= 48 && c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard chars.count >= 16, let year = number(0..<4), chars[4] == UInt8(ascii: "-"), let month = number(5..<7),
            chars[7] == UInt8(ascii: "-"), let day = number(8..<10), chars[10] == UInt8(ascii: "T"),
            let hour = number(11..<13), chars[13] == UInt8(ascii: ":"), let minute = number(14..<16)
        else { throw .format }
        var rest = 16
        var second = 0
        if rest < chars.count, chars[rest] == UInt8(ascii: ":") {
            guard let s = number(17..<19) else { throw .format }
            second = s
            rest = 19
        }
        guard rest < chars.count else { throw .missingOffset }
        let offset: Int
        switch chars[rest] {
        case UInt8(ascii: "Z"):
            guard rest + 1 == chars.count else { throw .format }
            offset = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard rest + 6 == chars.count, let h = number((rest + 1)..<(rest + 3)), chars[rest + 3] == UInt8(ascii: ":"),
                let m = number((rest + 4)..<(rest + 6))
            else { throw .format }
            guard h <= 14, m <= 59, h * 60 + m <= 14 * 60 else { throw .offset }
            offset = (chars[rest] == UInt8(ascii: "-") ? -1 : 1) * (h * 60 + m)
        default:
            throw .format
        }
        guard let date = CivilDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else {
            throw .dateOrTime
        }
        self.init(date: date, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var instant: Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
    }

    /// The one written form: `2023-03-14T10:25:00+02:00` (UTC as `+00:00`). Built byte by byte, as an
    /// import or export writes millions of them.
    public var description: String {
        let offset = abs(offsetMinutes)
        var bytes = date.isoBytes
        bytes.reserveCapacity(25)
        bytes.append(UInt8(ascii: "T"))
        for (i, part) in [hour, minute, second].enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ":")) }
            CivilDate.append(part, digits: 2, to: &bytes)
        }
        bytes.append(offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        CivilDate.append(offset / 60, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        CivilDate.append(offset % 60, digits: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Ordered by instant; equal instants by their offset, so the order is total.
    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        (a.instant, a.offsetMinutes) < (b.instant, b.offsetMinutes)
    }
}

extension CivilDate {
    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let d = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (d < 0 ? d + 7 : d) + 1
    }
}
