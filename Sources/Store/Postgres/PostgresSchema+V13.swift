extension PostgresSchema {
    /// v13: concurrent saves (issues 17 and 22: PostgreSQL saves under load). Placeholder slot until its part is written.
    static let v13 = "SELECT 1;"
}
