extension PostgresSchema {
    /// v11's client log part (CONTRACT §11: `neuvo audit --client -`, `--login`, `neuvo client-data -`). Placeholder
    /// until written.
    static let v11ClientLog = #"""
        SELECT 1;
        """#
}
