extension PostgresSchema {
    /// v26's PostgreSQL half: a slot held for the helper "figures" (issue 22); replaced by its migration.
    static let v26 = "SELECT 1;"
}
