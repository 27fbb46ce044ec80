extension PostgresSchema {
    /// v21's PostgreSQL half (issue 22): placeholder, owned by helper "reads" (the stored figures' reads named once).
    static let v21 = "SELECT 1;"
}
