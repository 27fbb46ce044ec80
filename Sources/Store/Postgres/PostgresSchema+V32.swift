extension PostgresSchema {
    /// v32: advisors by number (issue 22, part "advisors"): a slot.
    static let v32 = "SELECT 1;"
}
