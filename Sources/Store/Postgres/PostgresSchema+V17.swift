extension PostgresSchema {
    /// v17's PostgreSQL half: quicker imports, smaller storage (issue 22). Placeholder of helper "pg-size".
    static let v17 = "SELECT 1"
}
