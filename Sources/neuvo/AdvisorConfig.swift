import Foundation

/// `neuvo.config.json` beside the database: the advice point each OS user works at, remembered from the
/// first start. Per user, because advisors of several points may share one database.
struct AdvisorConfig: SettingsFile, Equatable {
    static let name = "neuvo.config.json"
    static let mode: mode_t = 0o600

    var points: [String: String] = [:]
}
