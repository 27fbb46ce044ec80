import Foundation
import Guidance
import Store
import Testing
import TestSupport

/// The `timezone` setting (CONTRACT §3) on both backends: there from the migration with its default, changed and
/// audited, carried by a copy.
struct TimeZoneSettingTests {
    let admin = Actor(user: "admin", command: "settings")

    @Test(arguments: Backend.allCases)
    func aNewDatabaseKeepsHelsinkiAndAChangeIsKeptAndAudited(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        #expect(try log.timeZoneName() == "Europe/Helsinki")
        try log.setTimeZone("Europe/Mariehamn", by: admin)
        #expect(try log.timeZoneName() == "Europe/Mariehamn")
        let audit = try log.audit(from: nil, to: nil)
        #expect(audit.contains { $0.details == "timezone Europe/Helsinki → Europe/Mariehamn" }, "\(audit.map(\.details))")
    }

    @Test(arguments: Backend.allCases)
    func aCopyCarriesTheZone(_ backend: Backend) throws {
        let from = try backend.emptyLog()
        try from.setTimeZone("America/New_York", by: admin)
        let contents = try from.contents(by: admin)
        #expect(contents.timeZone == "America/New_York")
        for target in Backend.allCases {
            let to = try target.emptyLog()
            try to.load(contents, details: "copy", by: admin)
            #expect(try to.timeZoneName() == "America/New_York", "\(backend) → \(target)")
        }
    }
}
