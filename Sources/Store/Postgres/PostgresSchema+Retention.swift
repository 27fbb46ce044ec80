extension PostgresSchema {
    /// v11's retention part (CONTRACT §11: `neuvo retention`). Placeholder until written.
    static let v11Retention = #"""
        SELECT 1;
        """#
}
