import CLibpq

/// The rows of a successful statement, in libpq's text format.
///
/// Owns its `PGresult` and frees it (`PQclear`) when released. A result does not depend on its
/// connection: it stays valid after the connection is used again, reset or closed. Reading it is
/// read-only, so it may be shared between threads.
public final class PQResult: @unchecked Sendable {
    private let result: OpaquePointer

    /// The number of rows returned (0 for statements that return none).
    public let rowCount: Int
    /// The number of columns returned.
    public let columnCount: Int
    /// The columns' names, in order, as the server reports them (unquoted, as written or aliased).
    public let columnNames: [String]
    private let columnIndex: [String: Int]

    init(_ result: OpaquePointer) {
        self.result = result
        rowCount = Int(PQntuples(result))
        columnCount = Int(PQnfields(result))
        columnNames = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var index: [String: Int] = [:]
        // The first of two same-named columns wins, as in SQL's own `SELECT a.id, b.id` ambiguity.
        for (column, name) in columnNames.enumerated() where index[name] == nil { index[name] = column }
        columnIndex = index
    }

    deinit { PQclear(result) }

    /// The command's status tag, such as `INSERT 0 3` or `SELECT 1`.
    public var commandStatus: String { String(cString: PQcmdStatus(result)) }

    /// The rows that an INSERT, UPDATE, DELETE, MERGE, SELECT, MOVE, FETCH or COPY affected (`PQcmdTuples`);
    /// 0 for a command that reports no count.
    public var affectedRows: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }

    /// The index of the column named `name`; the name is compared exactly (not folded to lower case).
    public func column(named name: String) -> Int? { columnIndex[name] }

    // MARK: - Values

    /// The value as text, or nil for SQL NULL.
    public subscript(_ row: Int, _ column: Int) -> String? {
        value(row, column).map { String(cString: $0) }
    }

    /// The value of the column named `column` as text, or nil for SQL NULL.
    public subscript(_ row: Int, _ column: String) -> String? { self[row, index(of: column)] }

    /// True when the value is SQL NULL.
    public func isNull(_ row: Int, _ column: Int) -> Bool { value(row, column) == nil }
    public func isNull(_ row: Int, _ column: String) -> Bool { isNull(row, index(of: column)) }

    /// The value as text, or nil for SQL NULL (the same as the subscript).
    public func string(_ row: Int, _ column: Int) -> String? { self[row, column] }
    public func string(_ row: Int, _ column: String) -> String? { self[row, column] }

    /// The value as an integer; nil for SQL NULL or for text that is not a decimal integer in range.
    public func int(_ row: Int, _ column: Int) -> Int? { int64(row, column).flatMap { Int(exactly: $0) } }
    public func int(_ row: Int, _ column: String) -> Int? { int(row, index(of: column)) }

    /// The value as a 64-bit integer (`bigint`); nil for SQL NULL or text that is not one.
    public func int64(_ row: Int, _ column: Int) -> Int64? { value(row, column).flatMap(Self.parseInt64) }
    public func int64(_ row: Int, _ column: String) -> Int64? { int64(row, index(of: column)) }

    /// A `boolean` value (`t` or `f` in the text format); nil for SQL NULL or any other text.
    public func bool(_ row: Int, _ column: Int) -> Bool? {
        guard let value = value(row, column), value[1] == 0 else { return nil }
        switch UInt8(bitPattern: value[0]) {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: return nil
        }
    }
    public func bool(_ row: Int, _ column: String) -> Bool? { bool(row, index(of: column)) }

    // MARK: - Internals

    /// A pointer into the PGresult, valid while `self` lives; nil for SQL NULL. Out-of-range indexes are
    /// a programming error, as with arrays (libpq would return NULL and send a notice instead).
    private func value(_ row: Int, _ column: Int) -> UnsafePointer<CChar>? {
        precondition(row >= 0 && row < rowCount, "row \(row) out of range 0..<\(rowCount)")
        precondition(column >= 0 && column < columnCount, "column \(column) out of range 0..<\(columnCount)")
        if PQgetisnull(result, Int32(row), Int32(column)) != 0 { return nil }
        return PQgetvalue(result, Int32(row), Int32(column)).map { UnsafePointer($0) }
    }

    private func index(of name: String) -> Int {
        guard let column = columnIndex[name] else {
            preconditionFailure("no column \"\(name)\" in the result (columns: \(columnNames.joined(separator: ", ")))")
        }
        return column
    }

    /// Parses the C string in place: no String is made for each number read.
    static func parseInt64(_ text: UnsafePointer<CChar>) -> Int64? {
        var pointer = text
        var negative = false
        if pointer.pointee == CChar(UInt8(ascii: "-")) || pointer.pointee == CChar(UInt8(ascii: "+")) {
            negative = pointer.pointee == CChar(UInt8(ascii: "-"))
            pointer += 1
        }
        guard pointer.pointee != 0 else { return nil }
        // Accumulated negatively, so that Int64.min parses too.
        var value: Int64 = 0
        while pointer.pointee != 0 {
            let digit = Int64(UInt8(bitPattern: pointer.pointee)) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.subtractingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = next
            pointer += 1
        }
        if negative { return value }
        return value == .min ? nil : -value
    }
}
