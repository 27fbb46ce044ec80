extension PostgresSchema {
    /// v29: quicker imports (one stream) (issue 22, part "import"): a slot.
    static let v29 = "SELECT 1;"
}
