import Foundation
import Guidance
import Screens
import Testing
import TestSupport
@testable import neuvo

/// Issue 24: each `neuvo demo` opens a new database in a new temporary folder; when the mood question was asked is
/// kept for every demo alike, so that the demo asks at most once a day, as a real database does.
struct DemoMoodAskedTests {
    @Test func theDemoAsksTheMoodAtMostOnceADayWhateverItsDatabase() throws {
        let state = try NeuvoProcess.temporaryDirectory().path
        let environment = ["XDG_STATE_HOME": state]
        let first = MoodAskedFile.demo(environment: environment)
        var asked = first.read()
        let afternoon = Fixtures.at("2026-11-23T15:00:00+02:00")
        #expect(asked.due(at: afternoon).mood)
        asked.note(mood: true, enps: true, at: afternoon)
        try first.save(asked)
        // The next demo, the same day: another database, the same record — nothing is due.
        let again = MoodAskedFile.demo(environment: environment).read()
        #expect(again.due(at: Fixtures.at("2026-11-23T16:30:00+02:00")) == (mood: false, enps: false))
        #expect(again.due(at: Fixtures.at("2026-11-24T15:00:00+02:00")).mood, "the next day it asks again")
        // Real databases keep their own record, apart from the demo's.
        let real = MoodAskedFile(database: state + "/neuvo.sqlite", environment: environment)
        #expect(real.file.path != first.file.path)
        #expect(real.read().due(at: afternoon).mood)
    }
}
