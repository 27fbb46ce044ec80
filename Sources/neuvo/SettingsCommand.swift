import ArgumentParser
import Foundation
import Guidance
import Store

extension Neuvo {
    /// `neuvo settings [--follow-up-days N]`: the database's settings; changing one is audited.
    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the database's settings, or change the follow-up window for repeat contacts.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The follow-up window in days: a later contact within it can be a repeat (default 14).")
        var followUpDays: Int?

        func validate() throws {
            if let followUpDays, !(1...365).contains(followUpDays) {
                throw ValidationError("--follow-up-days must be between 1 and 365")
            }
        }

        func run() throws {
            let context = try global.context()
            let log = try context.openLog()
            if let followUpDays {
                try log.setFollowUpWindow(hours: followUpDays * 24, by: context.actor("settings"))
            }
            let hours = try log.followUpWindowHours()
            Output.standard(context.strings(.settingsFollowUp, ["days": String(hours / 24)]) + "\n")
        }
    }
}
