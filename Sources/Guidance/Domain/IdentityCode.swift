import Foundation

/// A Finnish personal identity code (henkilötunnus), `DDMMYYCZZZQ`, checked but never stored:
/// only its pseudonym and the age group derived from it are kept.
public struct IdentityCode: Equatable, Sendable {
    /// The code in its one written form: upper case, no surrounding space.
    public let normalized: String
    public let birthDate: CivilDate

    /// Why a text is not a valid identity code; each failure its own message.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// Not 11 characters long.
        case length(Int)
        /// The first six characters (DDMMYY) are not all digits.
        case dateDigits
        /// The 7th character is not one of `+`, `-YXWVU` or `ABCDEF`.
        case centurySign(Character)
        /// The 8th–10th characters are not all digits.
        case individualDigits
        /// No such day, e.g. 29.2. in a year that is not a leap year.
        case date
        /// 000 and 001 are never given.
        case individualNumber
        /// The last character does not match the rest.
        case checkCharacter
    }

    /// The century each sign stands for; the 2023 reform added `YXWVU` and `BCDEF`.
    public static let centuries: [Character: Int] = [
        "+": 1800,
        "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
        "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
    ]

    /// The check character is this alphabet at (DDMMYYZZZ mod 31).
    static let checkAlphabet = Array("0123456789ABCDEFHJKLMNPRSTUVWXY")

    public init(_ text: String) throws(Problem) {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard !code.isEmpty else { throw .empty }
        let chars = Array(code)
        guard chars.count == 11 else { throw .length(chars.count) }
        func digits(_ range: Range<Int>) -> Int? {
            let part = chars[range]
            guard part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(part))
        }
        guard let dd = digits(0..<2), let mm = digits(2..<4), let yy = digits(4..<6) else { throw .dateDigits }
        guard let century = Self.centuries[chars[6]] else { throw .centurySign(chars[6]) }
        guard let individual = digits(7..<10) else { throw .individualDigits }
        guard let birth = CivilDate(year: century + yy, month: mm, day: dd) else { throw .date }
        guard individual >= 2 else { throw .individualNumber }
        let number = (dd * 10_000 + mm * 100 + yy) * 1000 + individual
        guard chars[10] == Self.checkAlphabet[number % 31] else { throw .checkCharacter }
        self.normalized = code
        self.birthDate = birth
    }

    /// How the code shows once accepted (CONTRACT §11): its date part and `-****`, never the whole code again.
    public var masked: String { String(normalized.prefix(6)) + "-****" }

    /// The age in whole years on `date`, or nil if born after it.
    public func age(on date: CivilDate) -> Int? {
        date < birthDate ? nil : birthDate.years(until: date)
    }

    /// The vocabulary's age group on `date`; `unknown` if born after it.
    public func ageGroup(on date: CivilDate, in vocabulary: Vocabulary) -> String {
        age(on: date).map(vocabulary.ageGroup(forAge:)) ?? Vocabulary.unknownAgeGroup
    }

    /// Whether any valid identity code stands in `text`, as a word of its own — used to refuse free text
    /// and imported rows that carry one. Looks at bytes first: most text has no six digits in a row.
    public static func appears(in text: String) -> Bool {
        guard text.utf8.count >= 11 else { return false }
        var text = text
        return text.withUTF8 { bytes in  // the value's own bytes: asked of every value an import reads
            func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
            func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 97 && b | 0x20 <= 122) || b >= 0x80 }
            for start in 0...(bytes.count - 11) {
                guard isDigit(bytes[start]), start == 0 || !isWordByte(bytes[start - 1]),
                    start + 11 == bytes.count || !isWordByte(bytes[start + 11]),
                    bytes[start..<(start + 6)].allSatisfy(isDigit), bytes[(start + 7)..<(start + 10)].allSatisfy(isDigit)
                else { continue }
                let candidate = String(decoding: bytes[start..<(start + 11)], as: UTF8.self)
                if (try? IdentityCode(candidate)) != nil { return true }
            }
            return false
        }
    }
}
