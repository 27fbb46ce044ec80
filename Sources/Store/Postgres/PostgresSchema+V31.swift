extension PostgresSchema {
    /// v31: figure origins as integers (issue 22, part "origin"): a slot.
    static let v31 = "SELECT 1;"
}
