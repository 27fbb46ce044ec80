import Foundation

/// The warm handoff's personal details and their checks (CONTRACT §9): what the sending advisor types with the client's
/// consent, what only a login of the receiving service reads, and what is erased 30 days after closing (90 after sending
/// at the latest). Each field is checked on its own, so a form can say at the field and a command can name it.

/// The language to call the client in.
public enum HandoffLanguage: String, CaseIterable, Sendable {
    case fi, sv, en, other
}

/// A field of a handoff, as a message names it (the JSON key of `neuvo handoff send`).
public enum HandoffField: String, CaseIterable, Sendable {
    case point, service, consent, name, phone, language, when, urgency, note, reason
}

/// Why a handoff, or one of its fields, is refused: the field and the message's key in `strings.json`.
public struct HandoffProblem: Error, Equatable, Sendable {
    /// Nil for the document as a whole (not JSON, an unknown key).
    public let field: HandoffField?
    public let key: StringKey
    public let arguments: [String: String]

    public init(_ field: HandoffField?, _ key: StringKey, _ arguments: [String: String] = [:]) {
        self.field = field
        self.key = key
        self.arguments = arguments
    }

    /// The message, naming the field.
    public func message(_ strings: Strings) -> String {
        strings(key, arguments.merging(["field": field?.rawValue ?? ""]) { a, _ in a })
    }
}

/// What the receiving service needs to call the client: never shown to anyone but a login of that service.
public struct HandoffDetails: Equatable, Sendable {
    public var name: String
    public var phone: String
    public var language: HandoffLanguage?
    /// When to call, in the advisor's words (≤ 60 characters).
    public var when: String?
    /// A note for the receiving professional (≤ 500 characters).
    public var note: String?

    public init(name: String, phone: String, language: HandoffLanguage? = nil, when: String? = nil, note: String? = nil) {
        self.name = name
        self.phone = phone
        self.language = language
        self.when = when
        self.note = note
    }

    public static let nameLimit = 100
    public static let whenLimit = 60
    public static let noteLimit = 500
    public static let reasonLimit = 200

    /// The problem with a free-text field's value (name, when, note, a return's reason), if any: too long, or
    /// holding text shaped like a personal identity code. `required` refuses an empty one.
    public static func checkText(_ value: String, _ field: HandoffField, limit: Int, required: Bool = false) -> HandoffProblem? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if required && trimmed.isEmpty { return HandoffProblem(field, .handoffFieldMissing) }
        if value.count > limit { return HandoffProblem(field, .handoffFieldTooLong, ["limit": String(limit)]) }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) {
            return HandoffProblem(field, .handoffFieldControl)
        }
        if IdentityCode.appears(in: value) { return HandoffProblem(field, .handoffFieldIdentityCode) }
        return nil
    }

    /// The problem with a phone number, if any: `+358…` or a Finnish number beginning with `0`; digits, spaces and
    /// hyphens; 7–15 digits.
    public static func checkPhone(_ value: String) -> HandoffProblem? {
        let phone = value.trimmingCharacters(in: .whitespaces)
        if phone.isEmpty { return HandoffProblem(.phone, .handoffFieldMissing) }
        if IdentityCode.appears(in: phone) { return HandoffProblem(.phone, .handoffFieldIdentityCode) }
        let body = phone.hasPrefix("+") ? phone.dropFirst() : Substring(phone)
        let digits = body.filter(\.isASCII).filter(\.isNumber)
        guard body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == " " || $0 == "-" }),
            (phone.hasPrefix("+358") || phone.hasPrefix("0")), (7...15).contains(digits.count)
        else { return HandoffProblem(.phone, .handoffPhoneInvalid) }
        return nil
    }

    /// Every field's problem, the first one found, in the form's order.
    public func problem() -> HandoffProblem? {
        Self.checkText(name, .name, limit: Self.nameLimit, required: true) ?? Self.checkPhone(phone)
            ?? when.flatMap { Self.checkText($0, .when, limit: Self.whenLimit) }
            ?? note.flatMap { Self.checkText($0, .note, limit: Self.noteLimit) }
    }
}

/// A handoff as it is sent: where from, to which service, how urgent, the client's consent and details.
public struct HandoffRequest: Equatable, Sendable {
    /// The sending point.
    public var point: String
    /// The receiving service: an internal referral destination (§1).
    public var service: String
    /// Explicit consent of the client; without it nothing is sent.
    public var consent: Bool
    public var urgency: HandoffUrgency
    public var details: HandoffDetails

    public init(point: String, service: String, consent: Bool, urgency: HandoffUrgency = .normal, details: HandoffDetails) {
        self.point = point
        self.service = service
        self.consent = consent
        self.urgency = urgency
        self.details = details
    }

    /// The receiving services a vocabulary knows: its internal referral destinations, in its order.
    public static func services(_ vocabulary: Vocabulary) -> [String] {
        vocabulary.referral.terms.filter { $0.kind == .internal }.map(\.code)
    }

    /// The first problem: an unknown point, a service that is no receiving one (an external destination, an unknown
    /// code), no consent, then the details'.
    public func problem(points: Set<String>, vocabulary: Vocabulary) -> HandoffProblem? {
        if !points.contains(point) { return HandoffProblem(.point, .handoffUnknownPoint, ["code": point]) }
        guard let term = vocabulary.referral[service] else { return HandoffProblem(.service, .handoffUnknownService, ["code": service]) }
        if term.kind != .internal { return HandoffProblem(.service, .handoffExternalService, ["code": service]) }
        if !consent { return HandoffProblem(.consent, .handoffNoConsent) }
        return details.problem()
    }

    /// Reads the JSON object `neuvo handoff send` takes: `{"point", "service", "name", "phone", "consent": true,
    /// "urgency", "language", "when", "note"}`, the last four optional; any other key is refused. Checks each field's
    /// type and value (but not the point and service, see `problem(points:vocabulary:)`).
    public static func parse(json data: Data) throws(HandoffProblem) -> HandoffRequest {
        guard case .object(let fields) = try? JSONValue.parse(data) else { throw HandoffProblem(nil, .handoffNotJSON) }
        if let unknown = fields.keys.sorted().first(where: { HandoffField(rawValue: $0) == nil || $0 == "reason" }) {
            throw HandoffProblem(nil, .handoffUnknownKey, ["key": unknown])
        }
        func text(_ field: HandoffField, required: Bool) throws(HandoffProblem) -> String? {
            switch fields[field.rawValue] {
            case nil, .null?:
                if required { throw HandoffProblem(field, .handoffFieldMissing) }
                return nil
            case .string(let value)?: return value
            default: throw HandoffProblem(field, .handoffFieldNotText)
            }
        }
        let point = try text(.point, required: true)!
        let service = try text(.service, required: true)!
        guard case .bool(true)? = fields["consent"] else { throw HandoffProblem(.consent, .handoffNoConsent) }
        let name = try text(.name, required: true)!
        let phone = try text(.phone, required: true)!
        var urgency = HandoffUrgency.normal
        if let given = try text(.urgency, required: false) {
            guard let known = HandoffUrgency(rawValue: given) else { throw HandoffProblem(.urgency, .handoffBadUrgency, ["value": given]) }
            urgency = known
        }
        var language: HandoffLanguage?
        if let given = try text(.language, required: false) {
            guard let known = HandoffLanguage(rawValue: given) else { throw HandoffProblem(.language, .handoffBadLanguage, ["value": given]) }
            language = known
        }
        let when = try text(.when, required: false).flatMap { $0.isEmpty ? nil : $0 }
        let note = try text(.note, required: false).flatMap { $0.isEmpty ? nil : $0 }
        let request = HandoffRequest(
            point: point, service: service, consent: true, urgency: urgency,
            details: HandoffDetails(name: name, phone: phone, language: language, when: when, note: note))
        if let problem = request.details.problem() { throw problem }
        return request
    }
}
