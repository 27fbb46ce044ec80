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
    case reportTitle = "report.title"
    case reportAllPoints = "report.all_points"
    case reportContacts = "report.contacts"
    case reportResolved = "report.resolved"
    case reportVerified = "report.verified"
    case reportWithClientRef = "report.with_client_ref"
    case reportRepeats = "report.repeats"
    case reportIdentified = "report.identified"
    case reportReferrals = "report.referrals"
    case reportReferralsSplit = "report.referrals_split"
    case reportDuration = "report.duration"
    case reportSatisfaction = "report.satisfaction"
    case reportResponses = "report.responses"
    case reportByChannel = "report.by_channel"
    case reportByReason = "report.by_reason"
    case reportByTopic = "report.by_topic"
    case reportByReferral = "report.by_referral"
    case reportByAgeGroup = "report.by_age_group"
    case reportByContactBy = "report.by_contact_by"
    case reportBySegment = "report.by_segment"
    case reportByDay = "report.by_day"
    case reportFromAfterTo = "report.from_after_to"
    case unknownPoint = "point.unknown"
    case csvUnreadable = "csv.unreadable"
    case csvNotUTF8 = "csv.not_utf8"
    case csvEmpty = "csv.empty"
    case csvUnknownColumn = "csv.unknown_column"
    case csvDuplicateColumn = "csv.duplicate_column"
    case csvMissingColumn = "csv.missing_column"
    case csvFieldCount = "csv.field_count"
    case csvEmptyRow = "csv.empty_row"
    case importDone = "import.done"
    case importChecked = "import.checked"
    case importFailed = "import.failed"
    case importMore = "import.more"
    case problemMissing = "problem.missing"
    case problemTimestampFormat = "problem.timestamp_format"
    case problemTimestampMissingOffset = "problem.timestamp_missing_offset"
    case problemTimestampOffset = "problem.timestamp_offset"
    case problemTimestampDate = "problem.timestamp_date"
    case problemUnknownCode = "problem.unknown_code"
    case problemDuplicateCode = "problem.duplicate_code"
    case problemEmptyListItem = "problem.empty_list_item"
    case problemNotYesNo = "problem.not_yes_no"
    case problemNotWholeNumber = "problem.not_whole_number"
    case problemOutOfRange = "problem.out_of_range"
    case problemClientRefShape = "problem.client_ref_shape"
    case problemIdentityCode = "problem.identity_code"
    case problemTooLong = "problem.too_long"
    case problemStrayQuote = "problem.stray_quote"
    case problemUnclosedQuote = "problem.unclosed_quote"
    case problemLineBreak = "problem.line_break"
    case dbNotNeuvo = "db.not_neuvo"
    case dbNewer = "db.newer"
    case dbReadOnly = "db.read_only"
    case dbMissingDirectory = "db.missing_directory"
    case dbCannotOpen = "db.cannot_open"
    case contactInvalid = "contact.invalid"
    case auditWhen = "audit.when"
    case settingsFollowUp = "settings.follow_up"
    case terminalCheckTitle = "terminal_check.title"
    case terminalCheckLetters = "terminal_check.letters"
    case terminalCheckSample = "terminal_check.sample"
    case terminalCheckStyles = "terminal_check.styles"
    case terminalCheckSize = "terminal_check.size"
    case terminalCheckKeys = "terminal_check.keys"
    case terminalCheckLastKey = "terminal_check.last_key"
    case terminalTooSmall = "terminal.too_small"
    case auditUser = "audit.user"
    case auditCommand = "audit.command"
    case auditDetails = "audit.details"
    case auditContacts = "audit.contacts"
    case auditEmpty = "audit.empty"
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
