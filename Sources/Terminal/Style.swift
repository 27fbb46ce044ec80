/// What a cell means, not how it looks: the terminal maps each to colours, or to attributes when the
/// terminal has no colour or `NO_COLOR` is set. Screens never choose colours.
public enum Style: Int, CaseIterable, Sendable {
    case normal
    /// Title and header lines.
    case header
    /// The row or field the cursor is on.
    case selection
    /// Secondary text: hints, empty values.
    case muted
    /// Something needs attention: a follow-up, a problem at a field.
    case warning
    case error
    /// Done and saved.
    case success
    /// A key name in the footer or help.
    case key
    /// The trainers' DEMO mark: unmistakable on every screen.
    case demo
}
