extension PostgresSchema {
    /// v28: points and advisors by number (issue 22, part "points"): a slot.
    static let v28 = "SELECT 1;"
}
