extension PostgresSchema {
    /// v8, the audit chain without a queue (placeholder: to be filled).
    static let v8Audit = "SELECT 1;"
    /// v8, the writing functions (placeholder: to be filled).
    static let v8Writes = "SELECT 1;"
}
