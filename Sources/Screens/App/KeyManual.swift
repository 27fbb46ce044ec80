import Foundation
import Guidance
import Store
import Terminal

/// The screens' keys as a section of the manual page neuvo(1), in mdoc like the argument parser's pages, rendered from the same key tables that handle the
/// keys and that help lists (`keyHelp`), so that the manual cannot drift from the program. Each screen is shown as it
/// opens (a new contact, the browser on today), for a supervisor, so that every screen's keys are listed.
public enum KeyManual {
    /// The screens in the order the manual lists them, each as it opens.
    static func screens(_ context: AppContext) -> [any Screen] {
        let today = context.today
        return [
            TodayScreen(),
            ContactForm(context),
            SegmentationScreen(assessment: nil, chain: nil, context),
            DirectoryScreen(choosing: false, context),
            ConsultationScreen(
                topics: [], ageGroup: nil, segment: nil, current: context.catalog.consultationLines.first?.code, context),
            FollowUpsScreen(context),
            QueueScreen(services: nil),
            PointChoiceScreen(context.points, language: context.language, current: context.point.code),
            DayBrowserScreen(context),
            SegmentTargetsScreen(from: today, to: today, point: nil, context),
            StaffingScreen(context, period: BrowserPeriod(.day, day: today), point: context.point.code),
        ]
    }

    /// The section `SCREENS AND KEYS`: one subsection per screen (its guide, then each key), the keys every screen
    /// takes, and the wall board's (`neuvo board`).
    public static func roff(_ context: AppContext) -> String {
        var out = ".Sh \"SCREENS AND KEYS\"\n"
        out += "Run without a subcommand, neuvo shows the advisor's screens. Each screen's keys are listed here as its "
            + "help (F1) lists them; the footer shows the commonest.\n"
        for screen in screens(context) {
            out += subsection(screen.title(context), guide: screen.guide(context), keys: screen.keyHelp(context))
        }
        out += subsection(
            "Every screen", guide: HelpScreen.idleCover(minutes: IdleCover.defaultMinutes, context), keys: App.globalKeys(context).keyHelp)
        out += subsection("neuvo board", guide: nil, keys: LiveBoard.keyMap(context.strings).keyHelp)
        return out
    }

    private static func subsection(_ name: String, guide: String?, keys: [KeyHelp]) -> String {
        var out = ".Ss \(quoted(name))\n"
        if let guide {
            for paragraph in guide.split(separator: "\n", omittingEmptySubsequences: true) {
                out += ".Pp\n\(escape(String(paragraph)))\n"
            }
        }
        out += ".Bl -tag -width 12n -compact\n"
        for key in keys {
            out += ".It Sy \(quoted(key.keys))\n\(escape(key.label))\n"
        }
        return out + ".El\n"
    }

    /// Text safe in roff: backslashes doubled as `\e`, and a leading dot or quote made literal.
    static func escape(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\\", with: "\\e")
        if text.hasPrefix(".") || text.hasPrefix("'") { text = "\\&" + text }
        return text
    }

    /// One macro argument: quoted, with a quote inside written `\(dq`.
    static func quoted(_ text: String) -> String {
        "\"" + escape(text).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }
}
