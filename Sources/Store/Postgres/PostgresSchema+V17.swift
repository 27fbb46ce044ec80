extension PostgresSchema {
    /// v17's PostgreSQL half: quicker imports, smaller storage (issue 22; DECISIONS "v17 on PostgreSQL").
    ///
    /// The audit's index of the clients each row names keeps no pending list. With GIN's `fastupdate` (the default) an
    /// import's one audit row, naming every client it touched, went first into the pending list and, at the next
    /// cleanup, into the tree, and the list's pages stayed in the file: at 194,154 contacts the index took 56–74 bytes a
    /// contact, against 39 written straight into the tree. A save's audit row names at most two clients: a few keys put
    /// straight into the tree, and no save ever pays for another's cleanup of the list. What the list holds now goes
    /// into the tree here.
    ///
    /// The other change of this part is the owner's import's (its daily figures copied in key order,
    /// `PostgresLog.ownersImport`): no schema.
    static let v17 = #"""
        ALTER INDEX neuvo.audit_clients SET (fastupdate = off);
        SELECT gin_clean_pending_list('neuvo.audit_clients');
        """#
}
