import Foundation
import Guidance

/// No identity code on a command line (CONTRACT §11): `ps`, the shell's history and process accounting keep a
/// command's arguments, so a command given a personal identity code as an argument refuses to run (exit 2) and says
/// to give it on standard input. Checked once, before the arguments are parsed, for every command alike.
enum IdentityCodeArguments {
    /// The place (1-based, after `neuvo`) of the first argument that is, or holds as a word of its own, a valid
    /// identity code (`IdentityCode`: its date, century sign, individual number and check character all valid); nil
    /// when none does. A word is what stands between spaces, commas, semicolons and `=` (so `--client=CODE` and a
    /// sentence holding one are found), without quotes or brackets around it or a full stop after it. A file name or
    /// path is one word — `backup-241201-9234.csv` is no identity code even when a part of it has the shape of one —
    /// and dates (`2026-12-07`, `7.12.2026`) are not shaped like one.
    static func firstCode(in arguments: [String]) -> Int? {
        arguments.firstIndex(where: holdsCode).map { $0 + 1 }
    }

    static func holdsCode(_ argument: String) -> Bool {
        // Cheap first: a code has eight ASCII digits.
        guard argument.utf8.count >= 11, argument.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 8 else { return false }
        let separators = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "=,;"))
        let wrapping = CharacterSet(charactersIn: "\"'`()[]{}<>.:!?")
        return argument.components(separatedBy: separators).contains { word in
            let bare = word.trimmingCharacters(in: wrapping)
            return bare.count == 11 && (try? IdentityCode(bare)) != nil
        }
    }
}
