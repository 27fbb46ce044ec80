import Foundation

/// Every text the program shows, by key, from `strings.json`; the loader checks that each key is there.
public enum StringKey: String, CaseIterable, Sendable {
    case appNotYet = "app.not_yet"
    case segmentResult = "segment.result"
    case segmentOverridden = "segment.overridden"
    case segmentScore = "segment.score"
    case segmentThreshold = "segment.threshold"
    case segmentMarker = "segment.marker"
    case segmentServices = "segment.services"
    case answersUnreadable = "answers.unreadable"
    case answersNotJSON = "answers.not_json"
    case answersNotDocument = "answers.not_document"
    case answersAxisNotObject = "answers.axis_not_object"
    case answersUnknownItem = "answers.unknown_item"
    case answersOutOfRange = "answers.out_of_range"
    case answersTooFew = "answers.too_few"
    case answersUnknownKey = "answers.unknown_key"
    case answersUnknownSegment = "answers.unknown_segment"
    case overrideMalformed = "override.malformed"
    case overrideReasonMissing = "override.reason_missing"
    case overrideReasonIdentityCode = "override.reason_identity_code"
    case unknownChain = "chain.unknown"
    case identityCodeEmpty = "identity_code.empty"
    case identityCodeLength = "identity_code.length"
    case identityCodeDateDigits = "identity_code.date_digits"
    case identityCodeCenturySign = "identity_code.century_sign"
    case identityCodeIndividualDigits = "identity_code.individual_digits"
    case identityCodeDate = "identity_code.date"
    case identityCodeIndividualNumber = "identity_code.individual_number"
    case identityCodeCheckCharacter = "identity_code.check_character"
}

/// The program's texts in one language; `{name}` placeholders are filled from the arguments.
public struct Strings: Sendable {
    private let table: [String: LocalizedText]
    public let language: Language

    public func callAsFunction(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
        var text = table[key.rawValue]?[language] ?? key.rawValue
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    public func inLanguage(_ language: Language) -> Strings {
        Strings(table: table, language: language)
    }

    static func read(_ root: DataNode) -> Strings? {
        var table: [String: LocalizedText] = [:]
        for (key, node) in root.members ?? [] {
            table[key] = node.localized
        }
        for key in StringKey.allCases where root.fields?[key.rawValue] == nil {
            root.log.add(file: root.file, key: key.rawValue, "missing (the program uses this text)")
        }
        return Strings(table: table, language: .fi)
    }
}
