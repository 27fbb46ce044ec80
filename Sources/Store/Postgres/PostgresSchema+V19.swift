extension PostgresSchema {
    /// v19's PostgreSQL half: codes as small integers (issue 22). Placeholder: the helper "pg-codes" fills it.
    static let v19 = "SELECT 1;"
}
