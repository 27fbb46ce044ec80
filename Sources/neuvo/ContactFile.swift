import CSV
import Foundation
import Guidance

/// A contact CSV file read whole: the contacts, or every problem as `LINE:COLUMN: message`.
/// CSV.swift parses the syntax; the checks here cover what it lets through. No valid neuvo value holds
/// a quote or a line break, so a line with an odd number of quotes, or a value with a quote or a line
/// break in it, is a stray or unclosed quote — and every record is exactly one line.
struct ContactFile {
    /// One problem at a place in the file. `column` is the column's name, or its 1-based position
    /// where the problem is not in one named column.
    struct Problem: Equatable {
        let line: Int
        let column: String
        let message: String

        var description: String { "\(line):\(column): \(message)" }
    }

    let contacts: [Contact]
    let problems: [Problem]
    /// Data lines read (the header and skipped blank lines not counted).
    let rows: Int

    static func read(path: String, context: Context) throws -> ContactFile {
        let strings = context.strings
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: strings(.csvUnreadable, ["file": path]))
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw Failure(message: strings(.csvNotUTF8, ["file": path]))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a spreadsheet's byte order mark
        return try read(text: text, context: context)
    }

    static func read(text: String, context: Context) throws -> ContactFile {
        let strings = context.strings
        let oddQuoteLines = linesWithOddQuotes(text)
        guard oddQuoteLines.isEmpty else {
            // Past an unclosed quote the parser would merge lines; name each such line instead.
            let problems = oddQuoteLines.map { Problem(line: $0.line, column: String($0.field), message: strings(.problemStrayQuote)) }
            return ContactFile(contacts: [], problems: problems, rows: 0)
        }
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        guard let header = reader.next(), header != [""] else {
            return ContactFile(contacts: [], problems: [Problem(line: 1, column: "1", message: strings(.csvEmpty))], rows: 0)
        }
        let columns: [ContactColumn]
        do {
            columns = try ContactCSV.columns(header: header)
        } catch {
            return ContactFile(contacts: [], problems: headerProblems(error, context: context), rows: 0)
        }

        let vocabulary = context.catalog.vocabulary
        let points = Set(context.catalog.points.map(\.code))
        var contacts: [Contact] = []
        var problems: [Problem] = []
        var line = 1, rows = 0
        var values: [ContactColumn: String] = [:]
        while let fields = reader.next() {
            line += 1
            if fields == [""] { continue }  // a blank line carries nothing
            rows += 1
            guard fields.count == columns.count else {
                let message = strings(.csvFieldCount, ["count": String(fields.count), "expected": String(columns.count)])
                problems.append(Problem(line: line, column: String(min(fields.count, columns.count) + 1), message: message))
                continue
            }
            values.removeAll(keepingCapacity: true)
            for (column, value) in zip(columns, fields) { values[column] = value }
            do {
                contacts.append(try ContactCSV.contact(from: values, vocabulary: vocabulary, points: points))
            } catch {
                problems += error.problems.map { Problem(line: line, column: $0.column.rawValue, message: context.message(for: $0.problem)) }
            }
        }
        return ContactFile(contacts: contacts, problems: problems, rows: rows)
    }

    static func headerProblems(_ problem: ContactCSV.HeaderProblem, context: Context) -> [Problem] {
        let strings = context.strings
        switch problem {
        case .empty:
            return [Problem(line: 1, column: "1", message: strings(.csvEmpty))]
        case .unknownColumn(let name, let position):
            let allowed = ContactColumn.allCases.map(\.rawValue).joined(separator: ", ")
            return [Problem(line: 1, column: String(position), message: strings(.csvUnknownColumn, ["column": name, "columns": allowed]))]
        case .duplicateColumn(let name):
            return [Problem(line: 1, column: name, message: strings(.csvDuplicateColumn, ["column": name]))]
        case .missingColumns(let missing):
            return missing.map { Problem(line: 1, column: $0.rawValue, message: strings(.csvMissingColumn)) }
        }
    }

    /// The lines whose quotes do not pair up, with the 1-based field where the unpaired quote opens.
    static func linesWithOddQuotes(_ text: String) -> [(line: Int, field: Int)] {
        var result: [(line: Int, field: Int)] = []
        var line = 1, field = 1, openedIn = 1
        var inQuotes = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""):
                if !inQuotes { openedIn = field }
                inQuotes.toggle()
            case UInt8(ascii: ","):
                if !inQuotes { field += 1 }
            case UInt8(ascii: "\n"):
                if inQuotes { result.append((line, openedIn)) }
                line += 1
                field = 1
                inQuotes = false
            default:
                break
            }
        }
        if inQuotes { result.append((line, openedIn)) }
        return result
    }
}
