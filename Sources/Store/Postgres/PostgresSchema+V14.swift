extension PostgresSchema {
    /// v14: monthly figures (issue 22: the year report independent of volume). Placeholder slot until its part is written.
    static let v14 = "SELECT 1;"
}
