import ArgumentParser
import CSV
import Foundation
import Guidance

/// A CSV file of one of the anonymous kinds (feedback, mood, staffing; CONTRACT §7) or of the handoffs' figures (§9),
/// read whole — such files are small — with every problem named as `LINE:COLUMN: message`, as `ContactFile` names a
/// contact file's.
enum RecordFile {
    /// The file's records, or every problem (then no record). `ownPoints`: an advisor's points on PostgreSQL.
    static func read(path: String, kind: RecordKind, context: Context, ownPoints: [String]? = nil) throws
        -> (records: [EvaluationRecord], problems: [ContactFile.Problem])
    {
        try read(text: text(path: path, context: context), kind: kind, context: context, ownPoints: ownPoints)
    }

    /// A file's text: UTF-8 or refused, a byte order mark dropped.
    static func text(path: String, context: Context) throws -> String {
        let strings = context.strings
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: strings(.csvUnreadable, ["file": path]))
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw Failure(message: strings(.csvNotUTF8, ["file": path]))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func read(text: String, kind: RecordKind, context: Context, ownPoints: [String]? = nil) throws
        -> (records: [EvaluationRecord], problems: [ContactFile.Problem])
    {
        precondition(RecordKind.evaluationKinds.contains(kind), "contacts and handoffs have readers of their own")
        let points = Set(context.catalog.points.map(\.code))
        var staffedAt: [String: Int] = [:]
        return try rows(
            text: text, kind: kind, context: context, ownPoints: ownPoints, point: \.point,
            read: { (_: Int, values: [String: String]) throws(RecordErrors) in try EvaluationCSV.record(kind, from: values, points: points) },
            accept: { line, record in
                // At most one staffing row a day and point in a file.
                guard kind == .staffing else { return nil }
                let key = "\(record.day) \(record.point)"
                if let earlier = staffedAt[key] {
                    return ContactFile.Problem(line: line, column: "day", message: context.message(for: .sameDayAndPoint(line: earlier)))
                }
                staffedAt[key] = line
                return nil
            })
    }

    /// A file of the CSV kind `handoffs` (CONTRACT §9), read whole like the anonymous kinds.
    static func readHandoffs(path: String, context: Context, ownPoints: [String]? = nil) throws
        -> (records: [HandoffRecord], problems: [ContactFile.Problem])
    {
        try readHandoffs(text: text(path: path, context: context), context: context, ownPoints: ownPoints)
    }

    static func readHandoffs(text: String, context: Context, ownPoints: [String]? = nil) throws
        -> (records: [HandoffRecord], problems: [ContactFile.Problem])
    {
        let vocabulary = context.catalog.vocabulary
        let points = Set(context.catalog.points.map(\.code)), services = HandoffCSV.receivingServices(vocabulary)
        return try rows(
            text: text, kind: .handoffs, context: context, ownPoints: ownPoints, point: \.point,
            read: { (_: Int, values: [String: String]) throws(RecordErrors) in
                try HandoffCSV.record(from: values, points: points, services: services, vocabulary: vocabulary)
            })
    }

    /// The header (the kind's columns, in any order, each once, the required ones all there), then every row through
    /// `read` (line number, column name → text), each bad row's problems named as `LINE:COLUMN: message`.
    /// A record at another point than `ownPoints` is named; then `accept` may name a problem beyond the row's values.
    private static func rows<Record>(
        text: String, kind: RecordKind, context: Context, ownPoints: [String]?, point: (Record) -> String,
        read: (Int, [String: String]) throws(RecordErrors) -> Record,
        accept: (Int, Record) -> ContactFile.Problem? = { _, _ in nil }
    ) throws -> (records: [Record], problems: [ContactFile.Problem]) {
        typealias Problem = ContactFile.Problem
        let strings = context.strings
        let quoting = ContactFile.quotingProblems(text.utf8)
        guard quoting.isEmpty else {
            let names = ContactFile.headerNames(text.utf8)
            return ([], quoting.map { found in
                Problem(
                    line: found.line, column: names.indices.contains(found.field - 1) ? names[found.field - 1] : String(found.field),
                    message: context.message(for: found.problem))
            })
        }
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        guard let header = reader.next(), header != [""] else {
            return ([], [Problem(line: 1, column: "1", message: strings(.csvEmpty))])
        }
        // The header: columns of the kind, in any order, each once, the required ones all there.
        var columns: [String] = []
        for (position, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            guard kind.columns.contains(name) else {
                let message = strings(.csvUnknownColumn, ["column": name, "columns": kind.columns.joined(separator: ", ")])
                return ([], [Problem(line: 1, column: String(position + 1), message: message)])
            }
            guard !columns.contains(name) else {
                return ([], [Problem(line: 1, column: name, message: strings(.csvDuplicateColumn, ["column": name]))])
            }
            columns.append(name)
        }
        let missing = kind.requiredColumns.filter { !columns.contains($0) }
        guard missing.isEmpty else {
            return ([], missing.map { Problem(line: 1, column: $0, message: strings(.csvMissingColumn)) })
        }

        var records: [Record] = []
        var problems: [Problem] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            if fields == [""] { continue }
            guard fields.count == columns.count else {
                let message = strings(.csvFieldCount, ["count": String(fields.count), "expected": String(columns.count)])
                problems.append(Problem(line: line, column: String(min(fields.count, columns.count) + 1), message: message))
                continue
            }
            do {
                let record = try read(line, Dictionary(uniqueKeysWithValues: zip(columns, fields)))
                if let ownPoints, !ownPoints.contains(point(record)) {
                    let message = strings(.importNotYourPoint, ["point": point(record), "points": ownPoints.joined(separator: ", ")])
                    problems.append(Problem(line: line, column: "point", message: message))
                    continue
                }
                if let problem = accept(line, record) {
                    problems.append(problem)
                    continue
                }
                records.append(record)
            } catch {
                problems += error.problems.map {
                    Problem(
                        line: line, column: $0.column, message: context.message(for: $0.problem),
                        unknownPoint: Problem.isUnknownPoint($0.column, $0.problem))
                }
            }
        }
        return problems.isEmpty ? (records, []) : ([], problems)
    }
}

extension RecordKind: ExpressibleByArgument {}
