/// An unsaved contact form, kept on every change so that a crash or a lost session loses nothing.
public struct Draft: Equatable, Sendable {
    public let id: Int64
    public let advisor: String
    public let point: String?
    public let updatedAt: String
    /// The form's state as its screen writes it (JSON); never an identity code.
    public let form: String
}
