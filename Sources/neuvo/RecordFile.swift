import ArgumentParser
import CSV
import Foundation
import Guidance

/// A CSV file of one of the anonymous kinds (feedback, mood, staffing; CONTRACT §7), read whole — such files are
/// small — with every problem named as `LINE:COLUMN: message`, as `ContactFile` names a contact file's.
enum RecordFile {
    /// The file's records, or every problem (then no record). `ownPoints`: an advisor's points on PostgreSQL.
    static func read(path: String, kind: RecordKind, context: Context, ownPoints: [String]? = nil) throws
        -> (records: [EvaluationRecord], problems: [ContactFile.Problem])
    {
        let strings = context.strings
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: strings(.csvUnreadable, ["file": path]))
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw Failure(message: strings(.csvNotUTF8, ["file": path]))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try read(text: text, kind: kind, context: context, ownPoints: ownPoints)
    }

    static func read(text: String, kind: RecordKind, context: Context, ownPoints: [String]? = nil) throws
        -> (records: [EvaluationRecord], problems: [ContactFile.Problem])
    {
        typealias Problem = ContactFile.Problem
        let strings = context.strings
        let quoting = ContactFile.quotingProblems(text)
        guard quoting.isEmpty else {
            let names = ContactFile.headerNames(text)
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

        let points = Set(context.catalog.points.map(\.code))
        var records: [EvaluationRecord] = []
        var problems: [Problem] = []
        var staffedAt: [String: Int] = [:]
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
                let record = try EvaluationCSV.record(kind, from: Dictionary(uniqueKeysWithValues: zip(columns, fields)), points: points)
                if let ownPoints, !ownPoints.contains(record.point) {
                    let message = strings(.importNotYourPoint, ["point": record.point, "points": ownPoints.joined(separator: ", ")])
                    problems.append(Problem(line: line, column: "point", message: message))
                    continue
                }
                if kind == .staffing {
                    let key = "\(record.day) \(record.point)"
                    if let earlier = staffedAt[key] {
                        problems.append(Problem(line: line, column: "day", message: context.message(for: .sameDayAndPoint(line: earlier))))
                        continue
                    }
                    staffedAt[key] = line
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
