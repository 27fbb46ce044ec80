extension PostgresSchema {
    /// v24's PostgreSQL half: a slot held for the helper "import" (issue 22); replaced by its migration.
    static let v24 = "SELECT 1;"
}
