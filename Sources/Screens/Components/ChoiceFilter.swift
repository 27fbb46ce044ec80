import Foundation

/// What a picker's filter matches: every word of the filter is the start of some word of the label
/// or of the code, whatever the case.
///
/// A letter typed without a mark also finds the letter with one ("a" finds a with a diaeresis or a ring, "o" finds o with a diaeresis),
/// so an advisor on a keyboard without Finnish letters finds everything; a letter typed with its mark
/// finds only that letter (a with a diaeresis does not find a plain "a"), so typing one narrows the list. Words are split at
/// anything that is neither a letter nor a digit ("North-East" is "north", "east"); Space is a key of
/// the picker, so a filter's words are typed apart with punctuation ("so-wo").
struct ChoiceFilter: Equatable, Sendable {
    /// One character of a word, lower-cased, with and without its marks.
    struct Letter: Equatable, Sendable {
        let exact: String
        let plain: String

        init(_ character: Character) {
            exact = String(character).lowercased()
            plain = exact.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        }

        /// Whether this letter, typed in a filter, finds `other` in a label.
        func finds(_ other: Letter) -> Bool {
            exact == other.exact || (exact == plain && plain == other.plain)
        }
    }

    typealias Word = [Letter]

    let words: [Word]

    init(_ filter: String) {
        words = Self.words(of: filter)
    }

    /// True when the filter has no words: everything matches.
    var isEmpty: Bool { words.isEmpty }

    /// Whether every word of the filter starts one of `candidates`.
    func matches(_ candidates: [Word]) -> Bool {
        words.allSatisfy { word in candidates.contains { Self.starts($0, with: word) } }
    }

    /// The words a choice is found by: those of its label, then those of its code.
    static func searchWords(of choice: Choice) -> [Word] {
        words(of: choice.label) + words(of: choice.code)
    }

    static func words(of text: String) -> [Word] {
        text.split { !($0.isLetter || $0.isNumber) }.map { $0.map(Letter.init) }
    }

    static func starts(_ word: Word, with prefix: Word) -> Bool {
        guard word.count >= prefix.count else { return false }
        return zip(prefix, word).allSatisfy { $0.finds($1) }
    }
}
