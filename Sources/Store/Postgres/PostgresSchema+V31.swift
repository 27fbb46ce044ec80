extension PostgresSchema {
    /// v31: a slot for this stop's part "saves" (issue 22).
    static let v31 = "SELECT 1;"
}
