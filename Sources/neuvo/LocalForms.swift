import Foundation
import Guidance
import Screens
import Store

/// Forms the database could not take yet (busy with an import, out of reach) — a waiting save's, a draft's — kept in
/// a private file on this machine (mode 0600 in a 0700 directory; never an identity code, which no form holds), so
/// that a crash or a lost session while the database is away loses nothing. The next start hands them to the
/// database as drafts, which Today offers back as any draft.
struct LocalForms {
    let file: LocalFile<[String]>

    /// `$XDG_STATE_HOME/neuvo/unsaved-<database>.json` (`~/.local/state` by default): one file per database, named by a
    /// hash of its location (without a password).
    init(database location: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        file = LocalFile("unsaved", database: location, what: "the unsaved forms", environment: environment)
    }

    /// Writes `forms` in place of what the file held (removes it when there are none): whole or not at all.
    func keep(_ forms: [String]) throws {
        guard !forms.isEmpty else { return file.remove() }
        try file.write(forms)
    }

    /// The forms kept by an earlier run.
    func read() -> [String] {
        file.read() ?? []
    }

    /// Hands the forms an earlier run kept to the database as drafts (offered back on Today), then forgets them. A
    /// form whose contact the database holds after all (saved with its token, the answer lost with the connection) is
    /// dropped: nothing saved comes back as unsaved. (When the database cannot say, the form is offered back: saved
    /// again with its token, it is still saved once.)
    func handOver(to log: any ContactLog, point: String?, by actor: Actor) throws {
        let forms = read()
        guard !forms.isEmpty else { return }
        for form in forms {
            if let token = App.token(of: form), (try? log.isSaved(token: token)) == true { continue }
            try log.saveDraft(id: nil, form: form, point: point, by: actor)
        }
        file.remove()
    }
}
