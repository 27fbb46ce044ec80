import Guidance

/// The settings every database keeps beside its contacts, by key, whatever the backend.
enum Setting {
    /// The follow-up window in hours (`ContactLog.followUpWindowHours`).
    static let followUpWindowKey = "follow_up_window_hours"
    /// `real` or `demo` (DatabaseKind); written when a database is first opened.
    static let kindKey = "database_kind"
    static let defaultFollowUpWindowHours = 14 * 24
    /// The region's time zone, an IANA name (CONTRACT §3).
    static let timeZoneKey = "timezone"
    static let defaultTimeZone = RegionClock.defaultZoneName

    /// `timezone old → new`, as the audit log names a change of the region's clock.
    static func timeZoneDetails(from old: String, to new: String) -> String { "timezone \(old) → \(new)" }
}
