extension PostgresSchema {
    /// Where each column of `neuvo.contact_row` is, by its name in `contactRowColumns`: that list (v7's, which
    /// `contactRowSelect` follows) is the one list of a contact's columns as the client reads them, and
    /// `PostgresLog.loggedContact` reads them by these names, never by a number of its own.
    static let contactRow: [String: Int] = Dictionary(
        uniqueKeysWithValues: contactRowColumns.split(separator: ",").enumerated().map { column in
            (String(column.element.split(separator: "\"", omittingEmptySubsequences: false)[1]), column.offset)
        })

    /// How many columns a contact has in a row: a function's own columns after the contact's start here.
    static var contactRowWidth: Int { contactRow.count }

    /// The positions `PostgresLog.loggedContact` reads, looked up by name once (a long export reads millions of rows).
    struct ContactRowPositions: Sendable {
        let id, occurredAt, point, channel, resolved, contactBy, reason, identified, ageGroup, serviceArea, durationMin, segment: Int
        let clientRef, satisfaction, advisor, hasRepeat, topics, referrals, followUpDone, followUpNote, closedBy, loggedAt, unmetNeeds: Int
        let consultation: Int

        init(_ at: [String: Int]) {
            (id, occurredAt, point, channel, resolved) = (at["id"]!, at["occurred_at"]!, at["point"]!, at["channel"]!, at["resolved"]!)
            (contactBy, reason, identified, ageGroup) = (at["contact_by"]!, at["reason"]!, at["identified"]!, at["age_group"]!)
            (serviceArea, durationMin, segment, clientRef) = (at["service_area"]!, at["duration_min"]!, at["segment"]!, at["client_ref"]!)
            (satisfaction, advisor, hasRepeat, topics) = (at["satisfaction"]!, at["advisor"]!, at["has_repeat"]!, at["topics"]!)
            (referrals, followUpDone, followUpNote, closedBy) = (at["referrals"]!, at["follow_up_done"]!, at["follow_up_note"]!, at["closed_by"]!)
            (loggedAt, unmetNeeds, consultation) = (at["logged_at"]!, at["unmet_needs"]!, at["consultation"]!)
        }
    }

    static let contactColumns = ContactRowPositions(contactRow)
}
