import Foundation

/// The contact CSV of CONTRACT §3, value by value: reading a row's texts into a `Contact` with every
/// problem named by column, and writing a contact back as the same texts. The CSV syntax itself is the
/// CSV library's business.
public enum ContactCSV {
    public static let listSeparator: Character = ";"
    public static let yes = "yes", no = "no"

    public enum HeaderProblem: Error, Equatable, Sendable {
        case empty
        /// A column the contract does not know, with its 1-based position.
        case unknownColumn(String, position: Int)
        case duplicateColumn(String)
        case missingColumns([ContactColumn])
    }

    /// The column of each position in the header; columns may come in any order.
    public static func columns(header: [String]) throws(HeaderProblem) -> [ContactColumn] {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        guard names != [""] && !names.isEmpty else { throw .empty }
        var columns: [ContactColumn] = []
        for (i, name) in names.enumerated() {
            guard let column = ContactColumn(rawValue: name) else { throw .unknownColumn(name, position: i + 1) }
            guard !columns.contains(column) else { throw .duplicateColumn(name) }
            columns.append(column)
        }
        let missing = ContactColumn.allCases.filter { $0.isRequired && !columns.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        return columns
    }

    /// Reads one row's values (column → text as in the file) into a contact, or names every problem.
    public static func contact(
        from values: [ContactColumn: String], vocabulary: Vocabulary, points: Set<String>
    ) throws(FieldProblems) -> CheckedContact {
        try contact(from: ContactColumn.allCases.map { values[$0] ?? "" }, vocabulary: vocabulary, points: points)
    }

    /// The same for a row already in `ContactColumn` order (an absent column as ""): the import's fast path.
    public static func contact(
        from values: [String], vocabulary: Vocabulary, points: Set<String>
    ) throws(FieldProblems) -> CheckedContact {
        var problems: [FieldProblem] = []
        var texts = [String?](repeating: nil, count: ContactColumn.allCases.count)
        for (position, column) in ContactColumn.allCases.enumerated() {
            let raw = values[position]
            switch Self.scan(raw) {
            case .quote:
                problems.append(FieldProblem(column, .strayQuote))
            case .lineBreak:
                problems.append(FieldProblem(column, .lineBreak))
            case .plain(let padded):
                if column != .clientRef && IdentityCode.appears(in: raw) {
                    problems.append(FieldProblem(column, .identityCode))
                    continue
                }
                let text = padded ? raw.trimmingCharacters(in: .whitespaces) : raw
                if !text.isEmpty {
                    texts[position] = text
                } else if column.isRequired {
                    problems.append(FieldProblem(column, .missing))
                }
            }
        }
        guard problems.isEmpty else { throw FieldProblems(problems: problems) }
        func text(_ column: ContactColumn) -> String? { texts[column.position] }

        func list(_ column: ContactColumn) -> [String] {
            guard let text = text(column) else { return [] }
            var items: [String] = []
            for item in text.split(separator: listSeparator, omittingEmptySubsequences: false) {
                let code = Self.scan(String(item)) == .plain(padded: true)
                    ? item.trimmingCharacters(in: .whitespaces) : String(item)
                if code.isEmpty {
                    problems.append(FieldProblem(column, .emptyListItem))
                } else {
                    items.append(code)
                }
            }
            return items
        }
        func yesNo(_ column: ContactColumn) -> Bool {
            guard let text = text(column) else { return false }
            switch text {
            case yes: return true
            case no: return false
            default:
                problems.append(FieldProblem(column, .notYesNo(text)))
                return false
            }
        }
        func number(_ column: ContactColumn) -> Int? {
            guard let text = text(column) else { return nil }
            guard let n = Int(text) else {
                problems.append(FieldProblem(column, .notWholeNumber(text)))
                return nil
            }
            return n
        }

        /// `code:outcome` pairs; each code once.
        func outcomes(_ items: [String]) -> [String: String] {
            var outcomes: [String: String] = [:]
            for item in items {
                let parts = item.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    problems.append(FieldProblem(.referralOutcomes, .notPair(item)))
                    continue
                }
                let code = String(parts[0]), outcome = String(parts[1])
                if outcomes[code] != nil {
                    problems.append(FieldProblem(.referralOutcomes, .duplicateCode(code)))
                } else {
                    outcomes[code] = outcome
                }
            }
            return outcomes
        }

        var occurredAt: Timestamp?
        do {
            occurredAt = try Timestamp(iso: text(.occurredAt)!)
        } catch {
            problems.append(FieldProblem(.occurredAt, .timestamp(error, text(.occurredAt)!)))
        }
        var segment: Segment?
        if let code = text(.segment) {
            segment = Segment(rawValue: code)
            if segment == nil { problems.append(FieldProblem(.segment, .unknownCode(code))) }
        }
        let contact = Contact(
            occurredAt: occurredAt ?? Timestamp(date: CivilDate(year: 2000, month: 1, day: 1)!, hour: 0, minute: 0, offsetMinutes: 0),
            point: text(.point)!, channel: text(.channel)!, topics: list(.topics), resolved: yesNo(.resolved),
            contactBy: text(.contactBy) ?? Contact.defaultContactBy, reason: text(.reason), referrals: list(.referrals),
            identified: yesNo(.identified), ageGroup: text(.ageGroup) ?? Vocabulary.unknownAgeGroup,
            serviceArea: text(.serviceArea), durationMinutes: number(.durationMinutes), segment: segment,
            clientRef: text(.clientRef), satisfaction: number(.satisfaction), advisor: text(.advisor),
            referralOutcomes: outcomes(list(.referralOutcomes)), unmetNeeds: list(.unmetNeeds), consultation: text(.consultation))
        do throws(FieldProblems) {
            let checked = try contact.checked(vocabulary: vocabulary, points: points)
            if problems.isEmpty { return checked }
        } catch {
            problems += error.problems
        }
        throw FieldProblems(problems: problems.sorted { $0.column.position < $1.column.position })
    }

    enum Scan: Equatable {
        case quote, lineBreak
        /// Neither; `padded` when it begins or ends with a space or a tab.
        case plain(padded: Bool)
    }

    /// One pass over the bytes of a value: an import reads millions of them (over the contiguous UTF-8 itself: the
    /// enumerated view was a tenth of an import's reading).
    static func scan(_ value: String) -> Scan {
        var value = value
        return value.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): return .quote
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return .lineBreak
                default: continue
                }
            }
            func isPad(_ byte: UInt8?) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            return .plain(padded: isPad(bytes.first) || isPad(bytes.last))
        }
    }

    /// The contact's values in `ContactColumn` order; lists in the vocabulary's order, so that exporting
    /// and importing again gives the same data.
    public static func fields(of contact: Contact, vocabulary: Vocabulary) -> [String] {
        func list(_ codes: [String], _ order: CodeList) -> String {
            codes.sorted { (order.position(of: $0) ?? .max, $0) < (order.position(of: $1) ?? .max, $1) }
                .joined(separator: String(listSeparator))
        }
        return ContactColumn.allCases.map { column in
            switch column {
            case .occurredAt: contact.occurredAt.description
            case .point: contact.point
            case .channel: contact.channel
            case .topics: list(contact.topics, vocabulary.topic)
            case .resolved: contact.resolved ? yes : no
            case .contactBy: contact.contactBy
            case .reason: contact.reason ?? ""
            case .referrals: list(contact.referrals, vocabulary.referral)
            case .identified: contact.identified ? yes : no
            case .ageGroup: contact.ageGroup
            case .serviceArea: contact.serviceArea ?? ""
            case .durationMinutes: contact.durationMinutes.map(String.init) ?? ""
            case .segment: contact.segment?.rawValue ?? ""
            case .clientRef: contact.clientRef ?? ""
            case .satisfaction: contact.satisfaction.map(String.init) ?? ""
            case .advisor: contact.advisor ?? ""
            case .referralOutcomes:
                contact.referralOutcomes.map { ($0.key, $0.value) }
                    .sorted { (vocabulary.referral.position(of: $0.0) ?? .max, $0.0) < (vocabulary.referral.position(of: $1.0) ?? .max, $1.0) }
                    .map { "\($0.0):\($0.1)" }.joined(separator: String(listSeparator))
            case .unmetNeeds: list(contact.unmetNeeds, vocabulary.unmetNeed)
            case .consultation: contact.consultation ?? ""
            }
        }
    }
}

extension ContactColumn {
    /// The column's place in the export order.
    /// (A look along the nineteen cases: quicker than hashing the column for a dictionary, and asked for every value an
    /// import reads.)
    public var position: Int { Self.ordered.firstIndex(of: self)! }
    private static let ordered = allCases
}

extension CodeList {
    /// Where `code` stands in the data's order.
    public func position(of code: String) -> Int? { index[code] }
}
