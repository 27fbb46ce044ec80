/// One option of a picker.
public struct Choice: Equatable, Sendable {
    /// What is stored when the option is chosen.
    public let code: String
    /// What the user reads, in the user's language.
    public let label: String
    /// A heading the option is listed under (e.g. internal / external services); nil for none.
    ///
    /// A heading is drawn wherever the group changes, so list the options of a group together.
    public let group: String?

    public init(code: String, label: String, group: String? = nil) {
        self.code = code
        self.label = label
        self.group = group
    }
}
