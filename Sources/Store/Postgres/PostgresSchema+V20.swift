extension PostgresSchema {
    /// v20's PostgreSQL half (issue 22): placeholder, owned by helper "pg-contact" (the contact's own codes, times,
    /// topics and referrals compact).
    static let v20 = "SELECT 1;"
}
