/// One meeting or call at an advice point (CONTRACT §3): what the log keeps, and nothing that identifies.
public struct Contact: Equatable, Sendable {
    public var occurredAt: Timestamp
    public var point: String
    public var channel: String
    /// One or more topic codes, each at most once.
    public var topics: [String]
    /// Settled in this contact: nothing more to wait for.
    public var resolved: Bool
    public var contactBy: String
    public var reason: String?
    public var referrals: [String]
    public var identified: Bool
    public var ageGroup: String
    public var serviceArea: String?
    public var durationMinutes: Int?
    public var segment: Segment?
    /// A pseudonym, never an identity code.
    public var clientRef: String?
    public var satisfaction: Int?
    public var advisor: String?
    /// What became of each referral, by referral code (CONTRACT §7); a referral not listed is `pending`, and
    /// `pending` is never listed, so that a contact has one way of saying it.
    public var referralOutcomes: [String: String]
    /// Why no service fitted (CONTRACT §7), each code at most once.
    public var unmetNeeds: [String]
    /// The consultation line the advisor consulted during the contact (CONTRACT §8).
    public var consultation: String?

    public init(
        occurredAt: Timestamp, point: String, channel: String, topics: [String], resolved: Bool,
        contactBy: String = Contact.defaultContactBy, reason: String? = nil, referrals: [String] = [],
        identified: Bool = false, ageGroup: String = Vocabulary.unknownAgeGroup, serviceArea: String? = nil,
        durationMinutes: Int? = nil, segment: Segment? = nil, clientRef: String? = nil, satisfaction: Int? = nil,
        advisor: String? = nil, referralOutcomes: [String: String] = [:], unmetNeeds: [String] = [], consultation: String? = nil
    ) {
        self.occurredAt = occurredAt
        self.point = point
        self.channel = channel
        self.topics = topics
        self.resolved = resolved
        self.contactBy = contactBy
        self.reason = reason
        self.referrals = referrals
        self.identified = identified
        self.ageGroup = ageGroup
        self.serviceArea = serviceArea
        self.durationMinutes = durationMinutes
        self.segment = segment
        self.clientRef = clientRef
        self.satisfaction = satisfaction
        self.advisor = advisor
        self.referralOutcomes = referralOutcomes.filter { $0.value != Vocabulary.pendingOutcome }
        self.unmetNeeds = unmetNeeds
        self.consultation = consultation
    }

    /// The outcome of one of the contact's referrals.
    public func outcome(of referral: String) -> String {
        referralOutcomes[referral] ?? Vocabulary.pendingOutcome
    }

    public static let defaultContactBy = "client"
    public static let durationRange = 1...480
    public static let satisfactionRange = 1...5
    public static let advisorMaxLength = 64
}

/// The columns of the contact CSV (CONTRACT §3), in the order export writes them.
public enum ContactColumn: String, CaseIterable, Sendable {
    case occurredAt = "occurred_at"
    case point
    case channel
    case topics
    case resolved
    case contactBy = "contact_by"
    case reason
    case referrals
    case identified
    case ageGroup = "age_group"
    case serviceArea = "service_area"
    case durationMinutes = "duration_min"
    case segment
    case clientRef = "client_ref"
    case satisfaction
    case advisor
    case referralOutcomes = "referral_outcomes"
    case unmetNeeds = "unmet_needs"
    case consultation

    public var isRequired: Bool {
        switch self {
        case .occurredAt, .point, .channel, .topics, .resolved: true
        default: false
        }
    }
}

/// What is wrong with one value of a contact, whichever way it came (a CSV row, the form).
public enum ContactProblem: Equatable, Sendable {
    case missing
    /// The time as written and what is wrong with it.
    case timestamp(Timestamp.Problem, String)
    case unknownCode(String)
    case duplicateCode(String)
    /// `a;;b`, or a list that ends with `;`.
    case emptyListItem
    case notYesNo(String)
    case notWholeNumber(String)
    case outOfRange(Int, ClosedRange<Int>)
    /// `client_ref` is not 8–64 of `[A-Za-z0-9_-]`.
    case clientRefShape
    /// A personal identity code where none may be: refused, never stored.
    case identityCode
    case tooLong(Int)
    /// A quote inside a value: no neuvo value holds one, so the CSV's quoting is off.
    case strayQuote
    /// A `referral_outcomes` item that is not `code:outcome`.
    case notPair(String)
    /// A referral outcome for a code the contact's `referrals` do not hold.
    case notAReferral(String)
    /// A value that is none of the given ones (`settled`: yes, partly, no).
    case notOneOf(String, [String])
    /// A number that is not written with at most `decimals` decimals (`7.5`).
    case notDecimal(String, decimals: Int)
    /// A decimal outside its range, as written.
    case decimalOutOfRange(String, min: String, max: String)
    /// Not a day written `YYYY-MM-DD`.
    case notADay(String)
    /// A row that answers nothing (a mood row needs `mood` or `enps`).
    case noAnswer
    /// The same day and point as an earlier line of the file.
    case sameDayAndPoint(line: Int)
    /// A line break inside a (quoted) value: no neuvo value spans lines.
    case lineBreak
    /// A quote that opens a value and is never closed.
    case unclosedQuote
    // The CSV kind `handoffs` (CONTRACT §9, HandoffCSV).
    /// A time earlier than the one in `column` (written there as the second value): taken before it was sent.
    case earlierThan(column: String, String)
    /// A value that needs one in `column` too: a close needs a take and a result, a result needs a close.
    case needs(column: String)
    /// Fewer than one try for a result that says the service tried: `reached`, `not-reached`.
    case tooFewTries(result: String)
    /// A referral destination that is not a receiving service (an external one), with the receiving services.
    case notReceivingService(String, [String])
}

/// A problem at one column of a contact.
public struct FieldProblem: Equatable, Sendable {
    public let column: ContactColumn
    public let problem: ContactProblem

    public init(_ column: ContactColumn, _ problem: ContactProblem) {
        self.column = column
        self.problem = problem
    }
}

/// Every problem of one contact.
public struct FieldProblems: Error, Equatable, Sendable {
    public let problems: [FieldProblem]

    public init(problems: [FieldProblem]) {
        self.problems = problems
    }
}

/// A contact whose every code and value passed `Contact.problems` against the data: the only kind the
/// store writes. Made only by `Contact.checked`, so a write needs no second check.
public struct CheckedContact: Equatable, Sendable {
    public let contact: Contact

    fileprivate init(_ contact: Contact) {
        self.contact = contact
    }
}

extension Contact {
    /// The contact, checked; or every problem, named by column.
    public func checked(vocabulary: Vocabulary, points: Set<String>) throws(FieldProblems) -> CheckedContact {
        let problems = problems(vocabulary: vocabulary, points: points)
        guard problems.isEmpty else { throw FieldProblems(problems: problems) }
        return CheckedContact(self)
    }

    /// Checks every code against the data and every number against its range — the one set of rules for
    /// the form, the import and the store. Empty when the contact may be saved.
    public func problems(vocabulary: Vocabulary, points: Set<String>) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        func code(_ value: String?, _ list: CodeList, _ column: ContactColumn) {
            if let value, !list.contains(value) { problems.append(FieldProblem(column, .unknownCode(value))) }
        }
        func codes(_ values: [String], _ list: CodeList, _ column: ContactColumn, required: Bool) {
            if required && values.isEmpty { problems.append(FieldProblem(column, .missing)) }
            var seen = Set<String>()
            for value in values {
                if !list.contains(value) {
                    problems.append(FieldProblem(column, .unknownCode(value)))
                } else if !seen.insert(value).inserted {
                    problems.append(FieldProblem(column, .duplicateCode(value)))
                }
            }
        }
        func range(_ value: Int?, _ range: ClosedRange<Int>, _ column: ContactColumn) {
            if let value, !range.contains(value) { problems.append(FieldProblem(column, .outOfRange(value, range))) }
        }
        if !points.contains(point) { problems.append(FieldProblem(.point, .unknownCode(point))) }
        code(channel, vocabulary.channel, .channel)
        codes(topics, vocabulary.topic, .topics, required: true)
        code(contactBy, vocabulary.contactBy, .contactBy)
        code(reason, vocabulary.reason, .reason)
        codes(referrals, vocabulary.referral, .referrals, required: false)
        codes(unmetNeeds, vocabulary.unmetNeed, .unmetNeeds, required: false)
        code(consultation, vocabulary.consultation, .consultation)
        for (referral, outcome) in referralOutcomes.sorted(by: { $0.key < $1.key }) {
            if !referrals.contains(referral) {
                problems.append(FieldProblem(.referralOutcomes, .notAReferral(referral)))
            } else if !vocabulary.referralOutcome.contains(outcome) {
                problems.append(FieldProblem(.referralOutcomes, .unknownCode(outcome)))
            }
        }
        code(ageGroup, vocabulary.ageGroup, .ageGroup)
        code(serviceArea, vocabulary.serviceArea, .serviceArea)
        range(durationMinutes, Contact.durationRange, .durationMinutes)
        range(satisfaction, Contact.satisfactionRange, .satisfaction)
        if let clientRef {
            if Self.looksLikeIdentityCode(clientRef) {
                problems.append(FieldProblem(.clientRef, .identityCode))
            } else if !Self.isClientRef(clientRef) {
                problems.append(FieldProblem(.clientRef, .clientRefShape))
            }
        }
        if let advisor {
            if advisor.count > Contact.advisorMaxLength {
                problems.append(FieldProblem(.advisor, .tooLong(Contact.advisorMaxLength)))
            } else if IdentityCode.appears(in: advisor) {
                problems.append(FieldProblem(.advisor, .identityCode))
            }
        }
        return problems
    }

    /// CONTRACT §3: `[A-Za-z0-9_-]{8,64}`.
    public static func isClientRef(_ s: String) -> Bool {
        (8...64).contains(s.utf8.count) && s.utf8.allSatisfy { c in
            (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 95 || c == 45
        }
    }

    /// A value shaped like an identity code (`DDMMYY`, a century sign, three digits, a character), valid or
    /// mistyped: such a `client_ref` is far more likely a pasted code than a pseudonym, so it is refused.
    static func looksLikeIdentityCode(_ s: String) -> Bool {
        let chars = Array(s.uppercased())
        guard chars.count == 11 else { return false }
        let digits = [0, 1, 2, 3, 4, 5, 7, 8, 9].allSatisfy { chars[$0].isASCII && chars[$0].isNumber }
        return digits && IdentityCode.centuries[chars[6]] != nil && chars[10].isASCII
            && (chars[10].isLetter || chars[10].isNumber)
    }
}
