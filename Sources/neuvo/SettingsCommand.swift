import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo settings [--follow-up-days N] [--timezone ZONE] [--idle-minutes N]`: the database's settings; changing one is audited.
    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the database's settings, or change the follow-up window for repeat contacts, the region's time zone or the idle cover.",
            discussion: """
                The time zone (an IANA name, default Europe/Helsinki) decides a contact's stamp, its day and its hour, and \
                "today" everywhere (the screens, the board, the kiosk, --from today), whatever the time zone of the machine \
                or of the database server. On a shared database only its owner changes the settings.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "The follow-up window in days: a later contact within it can be a repeat (default 14).")
        var followUpDays: Int?

        @Option(help: "The region's time zone, an IANA name such as Europe/Helsinki (the default).")
        var timezone: String?

        @Option(help: "Minutes without a key before the screens cover all but their header until a key (default 5; 0: never).")
        var idleMinutes: Int?

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
            if followUpDays != nil || timezone != nil || idleMinutes != nil, let shared = log as? PostgresLog, shared.session.role != .owner {
                throw Failure(message: context.strings(.settingsOwnerOnly, ["login": shared.session.login]))
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
            let hours = try log.followUpWindowHours()
            Output.standard(context.strings(.settingsFollowUp, ["days": String(hours / 24)]) + "\n")
            Output.standard(context.strings(.settingsTimeZone, ["zone": try log.timeZoneName()]) + "\n")
            if let setting = log as? any IdleCoverSetting {
                let minutes = try setting.idleMinutes()
                Output.standard(context.strings(minutes == 0 ? .settingsIdleOff : .settingsIdleMinutes, ["minutes": String(minutes)]) + "\n")
            }
        }
    }
}
