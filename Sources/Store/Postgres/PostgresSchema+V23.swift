extension PostgresSchema {
    /// v23's PostgreSQL half: a slot held for the helper "saves" (issue 22); replaced by its migration.
    static let v23 = "SELECT 1;"
}
