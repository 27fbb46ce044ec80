import PQ

/// Values of columns the schema declares NOT NULL (or that the caller has checked with `isNull`): a NULL or an
/// unreadable value there is a bug in the query, and reads as empty, zero or false rather than crashing a screen.
extension PQResult {
    func text(_ row: Int, _ column: Int) -> String { self[row, column] ?? "" }
    func integer(_ row: Int, _ column: Int) -> Int { int(row, column) ?? 0 }
    func integer64(_ row: Int, _ column: Int) -> Int64 { int64(row, column) ?? 0 }
    func flag(_ row: Int, _ column: Int) -> Bool { bool(row, column) ?? false }
}
