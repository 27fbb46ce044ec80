import CSV
import Foundation
import Guidance

/// A contact CSV file, read on a background thread in chunks of checked contacts, so that an import
/// writes while the rest of the file is still being read; problems are named as `LINE:COLUMN: message`.
///
/// CSV.swift parses the syntax; the checks here cover what it lets through silently. No valid neuvo
/// value holds a quote or a line break, so a first pass over the quoting names any quoted value that
/// spans lines and any quote never closed; once that pass is clean every record is exactly one line.
final class ContactFile: @unchecked Sendable {
    /// One problem at a place in the file. `column` is the column's name, or its 1-based position
    /// where the problem is not in one named column.
    struct Problem: Equatable {
        let line: Int
        let column: String
        let message: String
        /// A point code that data/points.json does not list: the import then says once where the points are listed.
        var unknownPoint = false

        static func isUnknownPoint(_ column: String, _ problem: ContactProblem) -> Bool {
            guard column == ContactColumn.point.rawValue, case .unknownCode = problem else { return false }
            return true
        }

        var description: String { "\(line):\(column): \(message)" }
    }

    /// Thrown by `next()` once any row is known to be bad: the import must write nothing.
    struct BadRows: Error {}

    static let chunkSize = 4096
    static let chunksAhead = 8

    // Shared between the reading thread and the caller, guarded by `condition`.
    private let condition = NSCondition()
    private var chunks: [[CheckedContact]] = []
    private var problems: [Problem] = []
    private var rows = 0
    private var finished = false
    private var abandoned = false
    /// Used by the reading thread only, once it has started.
    private var reader: Records?

    /// Opens `path` and starts reading it; a file that cannot be read or is not UTF-8 fails at once.
    /// `ownPoints`: on PostgreSQL, an advisor's points, the only ones the server lets them import for; a row at
    /// another point is named like any bad row.
    convenience init(path: String, context: Context, ownPoints: [String]? = nil) throws {
        let strings = context.strings
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: strings(.csvUnreadable, ["file": path]))
        }
        // The file's bytes are kept once: a million contacts are 170 MB, and every copy of them (a String, its UTF-8 as
        // an array) cost the import's start its own pages. An ASCII file is UTF-8 without a look at its characters.
        var bytes = [UInt8](data)
        guard Self.isASCII(bytes) || String(validating: bytes, as: UTF8.self) != nil else {
            throw Failure(message: strings(.csvNotUTF8, ["file": path]))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a spreadsheet's byte order mark
        try self.init(bytes: bytes, context: context, ownPoints: ownPoints)
    }

    convenience init(text: String, context: Context, ownPoints: [String]? = nil) throws {
        try self.init(bytes: Array(text.utf8), context: context, ownPoints: ownPoints)
    }

    /// `bytes`: the file's UTF-8, without a byte order mark.
    init(bytes: [UInt8], context: Context, ownPoints: [String]? = nil) throws {
        let strings = context.strings
        // Only a quote can open a value that spans lines or is never closed: a file without one needs no pass for them.
        let quoting = bytes.contains(UInt8(ascii: "\"")) ? Self.quotingProblems(bytes) : []
        guard quoting.isEmpty else {
            // Line numbers after such a value would not be the file's; name these and stop.
            let names = Self.headerNames(bytes)
            end(problems: quoting.map { found in
                let column = names.indices.contains(found.field - 1) ? names[found.field - 1] : String(found.field)
                return Problem(line: found.line, column: column, message: context.message(for: found.problem))
            })
            return
        }
        let reader = try Records(bytes: bytes)
        guard let header = reader.next(), header != [""] else {
            end(problems: [Problem(line: 1, column: "1", message: strings(.csvEmpty))])
            return
        }
        do {
            let columns = try ContactCSV.columns(header: header)
            self.reader = reader
            Thread.detachNewThread { self.read(columns: columns, context: context, ownPoints: ownPoints) }
        } catch {
            end(problems: Self.headerProblems(error, context: context))
        }
    }

    /// The next chunk of checked contacts; nil at the end of a good file.
    func next() throws -> [CheckedContact]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished && problems.isEmpty { condition.wait() }
        guard problems.isEmpty else { throw BadRows() }
        if chunks.isEmpty { return nil }
        defer { condition.signal() }
        return chunks.removeFirst()
    }

    /// Waits until the whole file is read, keeping no more contacts, and gives its problems and data rows.
    func finish() -> (problems: [Problem], rows: Int) {
        condition.lock()
        defer { condition.unlock() }
        abandoned = true
        chunks.removeAll()
        condition.broadcast()
        while !finished { condition.wait() }
        return (problems, rows)
    }

    private func end(problems: [Problem]) {
        self.problems = problems
        finished = true
    }

    /// The reading thread: checks every row, hands on chunks while all is well, and goes on to the end
    /// after a problem so that every bad row is named.
    private func read(columns: [ContactColumn], context: Context, ownPoints: [String]?) {
        guard let reader else { return }
        let vocabulary = context.catalog.vocabulary
        let points = Set(context.catalog.points.map(\.code))
        var chunk: [CheckedContact] = []
        chunk.reserveCapacity(Self.chunkSize)
        var found: [Problem] = []
        var line = 1, rows = 0
        var values = [String](repeating: "", count: ContactColumn.allCases.count)
        let positions = columns.map(\.position)
        while let fields = reader.next() {
            line += 1
            if fields == [""] { continue }  // a blank line carries nothing
            rows += 1
            var rowProblems: [Problem] = []
            if fields.count != columns.count {
                let message = context.strings(.csvFieldCount, ["count": String(fields.count), "expected": String(columns.count)])
                rowProblems = [Problem(line: line, column: String(min(fields.count, columns.count) + 1), message: message)]
            } else {
                for (position, value) in zip(positions, fields) { values[position] = value }
                do {
                    let contact = try ContactCSV.contact(from: values, vocabulary: vocabulary, points: points)
                    if let ownPoints, !ownPoints.contains(contact.contact.point) {
                        let message = context.strings(.importNotYourPoint, ["point": contact.contact.point, "points": ownPoints.joined(separator: ", ")])
                        rowProblems = [Problem(line: line, column: ContactColumn.point.rawValue, message: message)]
                    } else if found.isEmpty {
                        chunk.append(contact)
                    }
                } catch {
                    rowProblems = error.problems.map {
                        Problem(
                            line: line, column: $0.column.rawValue, message: context.message(for: $0.problem),
                            unknownPoint: Problem.isUnknownPoint($0.column.rawValue, $0.problem))
                    }
                }
            }
            if !rowProblems.isEmpty {
                if found.isEmpty { report(rowProblems) }
                found += rowProblems
                chunk.removeAll()
            } else if chunk.count == Self.chunkSize {
                hand(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if found.isEmpty && !chunk.isEmpty { hand(chunk) }
        condition.lock()
        problems = found
        self.rows = rows
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a chunk, waiting while the writer is `chunksAhead` behind.
    private func hand(_ chunk: [CheckedContact]) {
        condition.lock()
        while chunks.count >= Self.chunksAhead && !abandoned { condition.wait() }
        if !abandoned { chunks.append(chunk) }
        condition.broadcast()
        condition.unlock()
    }

    /// Lets the writer know at once that the import must fail.
    private func report(_ first: [Problem]) {
        condition.lock()
        problems = first
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The file's records, each as its fields: CSV.swift's reader, or for a file with no quote and no carriage return
    /// (every file neuvo writes, and most a spreadsheet saves) its lines split at the commas, which is what CSV.swift
    /// gives for such a text, with a fifth of the work (an import reads a million records).
    final class Records {
        private let csv: CSVReader?
        private let bytes: [UInt8]
        private var offset = 0

        convenience init(_ text: String) throws {
            try self.init(bytes: Array(text.utf8))
        }

        init(bytes: [UInt8]) throws {
            if bytes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") }) {
                csv = try CSVReader(string: String(decoding: bytes, as: UTF8.self), hasHeaderRow: false)
                self.bytes = []
            } else {
                csv = nil
                self.bytes = bytes
            }
        }

        /// The next record's fields; `[""]` for a blank line, nil after the last line.
        func next() -> [String]? {
            if let csv { return csv.next() }
            guard offset < bytes.count else { return nil }
            return bytes.withUnsafeBufferPointer { buffer in
                var fields: [String] = []
                var start = offset, i = offset
                while i < buffer.count {
                    let byte = buffer[i]
                    if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self))
                        start = i + 1
                        if byte == UInt8(ascii: "\n") { break }
                    }
                    i += 1
                }
                if i == buffer.count { fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self)) }
                offset = min(i + 1, buffer.count)
                return fields
            }
        }
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

    /// Follows the quoting as RFC 4180 does: a quoted value that goes on past a line end, and a quote that
    /// is never closed, each named at the line and the 1-based field where its quote opens.
    static func quotingProblems(_ bytes: some Sequence<UInt8>) -> [(line: Int, field: Int, problem: ContactProblem)] {
        var found: [(line: Int, field: Int, problem: ContactProblem)] = []
        var line = 1, field = 1, openLine = 1, openField = 1
        var inQuotes = false, brokeLine = false
        // A quote opens a quoted value only at the start of a field, or right after a closing quote (`""`);
        // elsewhere it is a character of the value, which the value's own check names.
        var atFieldStart = true, justClosed = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""):
                if inQuotes {
                    inQuotes = false
                    brokeLine = false
                    justClosed = true
                } else if atFieldStart || justClosed {
                    if atFieldStart {
                        openLine = line
                        openField = field
                    }
                    inQuotes = true
                    justClosed = false
                }
                atFieldStart = false
                continue
            case UInt8(ascii: ","):
                if !inQuotes {
                    field += 1
                    atFieldStart = true
                    justClosed = false
                    continue
                }
            case UInt8(ascii: "\n"):
                if inQuotes && !brokeLine {
                    found.append((openLine, openField, .lineBreak))
                    brokeLine = true
                }
                if !inQuotes {
                    field = 1
                    atFieldStart = true
                    justClosed = false
                    line += 1
                    continue
                }
                line += 1
            default:
                break
            }
            if !inQuotes && byte != UInt8(ascii: "\r") {
                atFieldStart = false
                justClosed = false
            }
        }
        if inQuotes {
            if brokeLine { found.removeLast() }
            found.append((openLine, openField, .unclosedQuote))
        }
        return found
    }

    /// The names in the first line, for naming columns before the file is parsed.
    static func headerNames(_ bytes: some Sequence<UInt8>) -> [String] {
        let firstLine = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }, as: UTF8.self)
        return firstLine.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \t"))
        }
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            return raw[i...].allSatisfy { $0 < 0x80 }
        }
    }
}
