extension PostgresSchema {
    /// v9, the warm handoff (CONTRACT §9) (placeholder: to be filled).
    static let v9 = "SELECT 1;"
}
