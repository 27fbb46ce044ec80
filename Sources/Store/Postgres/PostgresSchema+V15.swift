extension PostgresSchema {
    /// v15: figure lists by the page (issue 22: the contacts behind a figure, one screenful at a time). Placeholder slot
    /// until its part is written.
    static let v15 = "SELECT 1;"
}
