extension PostgresSchema {
    /// v22's PostgreSQL half: a slot held for the helper "referrals" (issue 22); replaced by its migration.
    static let v22 = "SELECT 1;"
}
