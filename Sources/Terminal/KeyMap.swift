/// One key table per screen: named actions with their keys and labels. The same table decides what a
/// key does, what the footer shows and what help lists, so help can never drift from behaviour.
public struct KeyMap<Action: Sendable>: Sendable {
    public struct Binding: Sendable {
        public let keys: [Key]
        public let action: Action
        /// What the action does, in the user's language (from data/strings.json).
        public let label: String
        /// Shown in the footer; every binding is shown in help.
        public let inFooter: Bool

        public init(_ keys: [Key], _ action: Action, label: String, inFooter: Bool = false) {
            self.keys = keys
            self.action = action
            self.label = label
            self.inFooter = inFooter
        }
    }

    public let bindings: [Binding]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The action of `key`: the first binding that has it.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Every binding as help lists it — keys, what they do, whether the footer shows it — in table order.
    public var keyHelp: [KeyHelp] {
        bindings.map { KeyHelp(keys: $0.keys.map(\.name).joined(separator: "/"), label: $0.label, inFooter: $0.inFooter, key: $0.keys.first) }
    }
}

/// One line of help: a binding's keys (`Ctrl-S/F2`), what it does, and whether the footer shows it.
public struct KeyHelp: Equatable, Sendable {
    public let keys: String
    public let label: String
    public let inFooter: Bool
    /// The key a click on the footer's entry presses (its first); nil for a line naming several (`1–9`).
    public let key: Key?

    public init(keys: String, label: String, inFooter: Bool, key: Key? = nil) {
        self.keys = keys
        self.label = label
        self.inFooter = inFooter
        self.key = key
    }
}
