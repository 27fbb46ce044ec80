extension PostgresSchema {
    /// v30: quicker saves (the seal) (issue 22, part "seal"): a slot.
    static let v30 = "SELECT 1;"
}
