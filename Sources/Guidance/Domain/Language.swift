/// The languages every text in `data/` is written in; Finnish first.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fi, sv, en

    /// The language a user's locale asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
    /// (`sv_FI.UTF-8` → Swedish); Finnish when none names one of ours.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let prefix = value.prefix { $0.isLetter }.lowercased()
            return Language(rawValue: prefix) ?? .fi
        }
        return .fi
    }
}

/// A text in all three languages.
public struct LocalizedText: Equatable, Sendable {
    public let fi: String
    public let sv: String
    public let en: String

    public init(fi: String, sv: String, en: String) {
        self.fi = fi
        self.sv = sv
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .fi: fi
        case .sv: sv
        case .en: en
        }
    }
}
