import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo settings [--follow-up-days N] [--timezone ZONE] [--idle-minutes N] [--client-ref-days N] [--draft-days N]`:
    /// the database's settings; changing one is audited.
    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the database's settings, or change the follow-up window, the region's time zone, the idle cover or how long data is kept.",
            discussion: """
                The time zone (an IANA name, default Europe/Helsinki) decides a contact's stamp, its day and its hour, and \
                "today" everywhere (the screens, the board, the kiosk, --from today), whatever the time zone of the machine \
                or of the database server. --client-ref-days and --draft-days say how long neuvo retention keeps a contact's \
                pseudonym (never less than the follow-up window) and a draft. On a shared database only its owner changes \
                the settings.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "The follow-up window in days: a later contact within it can be a repeat (default 14).")
        var followUpDays: Int?

        @Option(help: "The region's time zone, an IANA name such as Europe/Helsinki (the default).")
        var timezone: String?

        @Option(help: "Minutes without a key before the screens cover all but their header until a key (default 5; 0: never).")
        var idleMinutes: Int?

        @Option(help: "Days a contact keeps its client's pseudonym before neuvo retention unlinks it (default 365; 1-3650, never less than the follow-up window).")
        var clientRefDays: Int?

        @Option(help: "Days an unsaved form's draft is kept before neuvo retention removes it (default 30; 1-365).")
        var draftDays: Int?

        func validate() throws {
            if let followUpDays, !(1...365).contains(followUpDays) {
                throw ValidationError("--follow-up-days must be between 1 and 365")
            }
            if let idleMinutes, !IdleCover.minutesRange.contains(idleMinutes) {
                throw ValidationError("--idle-minutes must be between \(IdleCover.minutesRange.lowerBound) and \(IdleCover.minutesRange.upperBound)")
            }
        }

        func run() throws {
            let context = try global.context()
            if let timezone, RegionClock.zone(named: timezone) == nil {
                throw Failure(message: context.strings(.settingsTimeZoneUnknown, ["zone": timezone]))
            }
            let log = try context.openLog()
            defer { try? log.close() }
            let changesRetention = clientRefDays != nil || draftDays != nil
            if followUpDays != nil || timezone != nil || idleMinutes != nil || changesRetention, let shared = log as? PostgresLog,
               shared.session.role != .owner {
                throw Failure(message: context.strings(.settingsOwnerOnly, ["login": shared.session.login]))
            }
            let retention = log as? any RetentionStore
            // Checked before anything changes: the new window with the new (or the kept) retention.
            if let retention, changesRetention || followUpDays != nil {
                let old = try retention.retentionSettings()
                let new = RetentionSettings(clientRefDays: clientRefDays ?? old.clientRefDays, draftDays: draftDays ?? old.draftDays)
                let window = try followUpDays.map { $0 * 24 } ?? log.followUpWindowHours()
                if let problem = new.problem(followUpWindowHours: window) {
                    throw Failure(message: Self.message(problem, context))
                }
            }
            if let followUpDays {
                try log.setFollowUpWindow(hours: followUpDays * 24, by: context.actor("settings"))
            }
            if let timezone {
                try log.setTimeZone(timezone, by: context.actor("settings"))
            }
            if let idleMinutes, let setting = log as? any IdleCoverSetting {
                try setting.setIdleMinutes(idleMinutes, by: context.actor("settings"))
            }
            if changesRetention, let retention {
                let old = try retention.retentionSettings()
                try retention.setRetention(
                    RetentionSettings(clientRefDays: clientRefDays ?? old.clientRefDays, draftDays: draftDays ?? old.draftDays),
                    by: context.actor("settings"))
            }
            let hours = try log.followUpWindowHours()
            Output.standard(context.strings(.settingsFollowUp, ["days": String(hours / 24)]) + "\n")
            Output.standard(context.strings(.settingsTimeZone, ["zone": try log.timeZoneName()]) + "\n")
            if let setting = log as? any IdleCoverSetting {
                let minutes = try setting.idleMinutes()
                Output.standard(context.strings(minutes == 0 ? .settingsIdleOff : .settingsIdleMinutes, ["minutes": String(minutes)]) + "\n")
            }
            if let retention {
                let kept = try retention.retentionSettings()
                Output.standard(context.strings(.settingsClientRefDays, ["days": String(kept.clientRefDays)]) + "\n")
                Output.standard(context.strings(.settingsDraftDays, ["days": String(kept.draftDays)]) + "\n")
            }
        }

        static func message(_ problem: RetentionSettingRefused, _ context: Context) -> String {
            switch problem {
            case .clientRefDaysOutOfRange: context.strings(.settingsClientRefDaysRange)
            case .draftDaysOutOfRange: context.strings(.settingsDraftDaysRange)
            case .belowFollowUpWindow(let days): context.strings(.settingsClientRefDaysWindow, ["days": String(days)])
            }
        }
    }
}
