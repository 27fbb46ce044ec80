extension PostgresSchema {
    /// v17's PostgreSQL half: quicker imports, smaller storage (issue 22; DECISIONS "v17 on PostgreSQL").
    ///
    /// The audit's index of the clients each row names keeps no pending list: with GIN's `fastupdate` (the default) an
    /// import's one audit row, naming every client it touched, went first into the pending list and then, at the next
    /// cleanup, into the tree, and the list's pages stayed in the file (at 194,154 contacts: 14 MB in the list, 11 MB
    /// in the tree after it, 7.6 MB built directly). A save's audit row names at most two clients, a few keys put
    /// straight into the tree. What the list still holds goes into the tree now.
    ///
    /// The owner's import copies its daily figures in key order (`PostgresLog.ownersImport`): no change of the schema.
    static let v17 = #"""
        ALTER INDEX neuvo.audit_clients SET (fastupdate = off);
        SELECT gin_clean_pending_list('neuvo.audit_clients');
        """#
}
