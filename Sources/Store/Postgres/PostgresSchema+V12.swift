extension PostgresSchema {
    /// v12: settings through functions (issue 20's remaining gaps). Placeholder slot until its part is written.
    static let v12 = "SELECT 1;"
}
