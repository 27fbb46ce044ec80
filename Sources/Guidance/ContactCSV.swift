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
    ) throws(FieldProblems) -> Contact {
        var problems: [FieldProblem] = []
        var texts: [ContactColumn: String] = [:]
        for column in ContactColumn.allCases {
            let raw = values[column] ?? ""
            if raw.contains("\"") {
                problems.append(FieldProblem(column, .strayQuote))
            } else if raw.contains("\n") || raw.contains("\r") {
                problems.append(FieldProblem(column, .lineBreak))
            } else if column != .clientRef && IdentityCode.appears(in: raw) {
                problems.append(FieldProblem(column, .identityCode))
            } else {
                let text = raw.trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    texts[column] = text
                } else if column.isRequired {
                    problems.append(FieldProblem(column, .missing))
                }
            }
        }
        guard problems.isEmpty else { throw FieldProblems(problems: problems) }

        func list(_ column: ContactColumn) -> [String] {
            guard let text = texts[column] else { return [] }
            let items = text.split(separator: listSeparator, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if items.contains("") { problems.append(FieldProblem(column, .emptyListItem)) }
            return items.filter { !$0.isEmpty }
        }
        func yesNo(_ column: ContactColumn) -> Bool {
            guard let text = texts[column] else { return false }
            switch text {
            case yes: return true
            case no: return false
            default:
                problems.append(FieldProblem(column, .notYesNo(text)))
                return false
            }
        }
        func number(_ column: ContactColumn) -> Int? {
            guard let text = texts[column] else { return nil }
            guard text.allSatisfy({ $0.isASCII && $0.isNumber }) || (text.first == "-" && text.dropFirst().allSatisfy(\.isNumber) && text.count > 1),
                let n = Int(text)
            else {
                problems.append(FieldProblem(column, .notWholeNumber(text)))
                return nil
            }
            return n
        }

        var occurredAt: Timestamp?
        do {
            occurredAt = try Timestamp(iso: texts[.occurredAt]!)
        } catch {
            problems.append(FieldProblem(.occurredAt, .timestamp(error, texts[.occurredAt]!)))
        }
        var segment: Segment?
        if let text = texts[.segment] {
            segment = Segment(rawValue: text)
            if segment == nil { problems.append(FieldProblem(.segment, .unknownCode(text))) }
        }
        let contact = Contact(
            occurredAt: occurredAt ?? Timestamp(date: CivilDate(year: 2000, month: 1, day: 1)!, hour: 0, minute: 0, offsetMinutes: 0),
            point: texts[.point]!, channel: texts[.channel]!, topics: list(.topics), resolved: yesNo(.resolved),
            contactBy: texts[.contactBy] ?? Contact.defaultContactBy, reason: texts[.reason], referrals: list(.referrals),
            identified: yesNo(.identified), ageGroup: texts[.ageGroup] ?? Vocabulary.unknownAgeGroup,
            serviceArea: texts[.serviceArea], durationMinutes: number(.durationMinutes), segment: segment,
            clientRef: texts[.clientRef], satisfaction: number(.satisfaction), advisor: texts[.advisor])
        problems += contact.problems(vocabulary: vocabulary, points: points)
        guard problems.isEmpty else {
            throw FieldProblems(problems: problems.sorted { $0.column.position < $1.column.position })
        }
        return contact
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
            }
        }
    }
}

extension ContactColumn {
    var position: Int { Self.allCases.firstIndex(of: self)! }
}

extension CodeList {
    /// Where `code` stands in the data's order.
    public func position(of code: String) -> Int? { index[code] }
}
