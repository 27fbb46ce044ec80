/// Real contacts, or the trainers' synthetic ones; a database is one or the other for good.
public enum DatabaseKind: String, Sendable {
    case real, demo
}
