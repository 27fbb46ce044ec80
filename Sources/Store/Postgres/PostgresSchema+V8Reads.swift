extension PostgresSchema {
    /// v8, the reading functions as single queries (placeholder: to be filled).
    static let v8Reads = "SELECT 1;"
}
