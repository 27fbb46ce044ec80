/// What an OS user does with neuvo (from the role file; anyone not in it is an advisor).
public enum Role: String, CaseIterable, Sendable {
    case advisor, supervisor, trainer

    /// Supervisors and trainers see the supervisors' screens; advisors do not.
    public var seesSupervisorScreens: Bool { self != .advisor }

    /// Supervisors (and a shared database's owner, who runs as one) keep the staffed hours; trainers do not.
    public var keepsStaffing: Bool { self == .supervisor }
}
