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

    /// This map, with `fallback`'s bindings after its own (a screen's table before the global one).
    public func then(_ fallback: KeyMap) -> KeyMap {
        KeyMap(bindings + fallback.bindings)
    }

    /// `Key label` pairs for the footer, in table order.
    public var footer: [(keys: String, label: String)] {
        bindings.filter(\.inFooter).map { (Self.names($0.keys), $0.label) }
    }

    /// Every binding as help lists it: keys, then what they do.
    public var help: [(keys: String, label: String)] {
        bindings.map { (Self.names($0.keys), $0.label) }
    }

    static func names(_ keys: [Key]) -> String {
        keys.map(\.name).joined(separator: "/")
    }
}
