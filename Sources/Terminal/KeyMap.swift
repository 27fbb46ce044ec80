/// One key table per screen: named actions with their keys and labels. The same table decides what a
/// key does, what the footer shows and what help lists, so help can never drift from behaviour.
public struct KeyMap<Action: Sendable>: Sendable {
    public struct Binding: Sendable {
        public let keys: [Key]
        public let action: Action
        /// What the action does, in the user's language (from data/strings.json).
        public let label: String
        /// Whether the footer shows it, and how surely; every binding is shown in help.
        public let footer: FooterPlace
        /// A shorter entry for the footer (`←/→ Edellinen/seuraava päivä`), where help's would not fit; nil: the
        /// first key and the label.
        public let footerEntry: (keys: String, label: String)?

        public var inFooter: Bool { footer != .helpOnly }

        /// `inFooter`: shown in the footer where there is room (`.ifRoom`); `footer` says so more exactly and wins.
        public init(
            _ keys: [Key], _ action: Action, label: String, inFooter: Bool = false, footer: FooterPlace? = nil,
            footerEntry: (keys: String, label: String)? = nil
        ) {
            self.keys = keys
            self.action = action
            self.label = label
            self.footer = footer ?? (inFooter ? .ifRoom : .helpOnly)
            self.footerEntry = footerEntry
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
        bindings.map {
            KeyHelp(
                keys: $0.keys.map(\.name).joined(separator: "/"), label: $0.label, footer: $0.footer, key: $0.keys.first,
                footerEntry: $0.footerEntry)
        }
    }
}

extension KeyMap.Binding {
    /// ↑ ↓ PgUp PgDn Home End, which move through a list (`ListNavigator`), as one line of help.
    public static func moving(_ action: Action, label: String) -> Self {
        Self(ListKeys.all, action, label: label)
    }

    /// ↑ ↓ PgUp PgDn Home, which scroll a page of text (help, a record shown whole).
    public static func scrolling(_ action: Action, label: String) -> Self {
        Self([.up, .down, .pageUp, .pageDown, .home], action, label: label)
    }
}

/// The keys that move through a list.
public enum ListKeys {
    public static let all: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end]
}

/// Where a binding stands in the footer. A footer that cannot show every entry keeps the `.kept` ones — what a
/// newcomer needs to get on and to get out — then the `.ifRoom` ones in table order as long as they fit; F1 lists all.
public enum FooterPlace: Sendable, Equatable {
    /// In help only.
    case helpOnly
    /// In the footer when there is room.
    case ifRoom
    /// In the footer at any width the app runs at (80 columns and up).
    case kept
}

/// One line of help: a binding's keys (`Ctrl-S/F2`), what it does, and whether the footer shows it.
public struct KeyHelp: Equatable, Sendable {
    public let keys: String
    public let label: String
    public let footer: FooterPlace
    /// The key a click on the footer's entry presses (its first); nil for a line naming several (`1–9`).
    public let key: Key?
    /// What the footer shows for it in place of the first key and the label.
    public let footerKeys: String?
    public let footerLabel: String?

    public var inFooter: Bool { footer != .helpOnly }

    public init(
        keys: String, label: String, inFooter: Bool, footer: FooterPlace? = nil, key: Key? = nil,
        footerEntry: (keys: String, label: String)? = nil
    ) {
        self.keys = keys
        self.label = label
        self.footer = footer ?? (inFooter ? .ifRoom : .helpOnly)
        self.key = key
        footerKeys = footerEntry?.keys
        footerLabel = footerEntry?.label
    }

    init(keys: String, label: String, footer: FooterPlace, key: Key?, footerEntry: (keys: String, label: String)?) {
        self.init(keys: keys, label: label, inFooter: footer != .helpOnly, footer: footer, key: key, footerEntry: footerEntry)
    }
}
