extension PostgresSchema {
    /// v25's PostgreSQL half: a slot held for the helper "clients" (issue 22); replaced by its migration.
    static let v25 = "SELECT 1;"
}
