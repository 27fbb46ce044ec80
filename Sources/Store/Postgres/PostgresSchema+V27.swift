extension PostgresSchema {
    /// v27's PostgreSQL half: a slot held for the helper "saves" (issue 22); replaced by its migration.
    static let v27 = "SELECT 1;"
}
