import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// CONTRACT §8 in the store, the same on both backends: a contact's consultation kept, exported, edited and counted.
struct ConsultationStoreTests {
    @Test(arguments: Backend.allCases)
    func aConsultationIsKeptAndCounted(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        var consulted = ContactLogTests.contact("2023-03-13T10:00:00+02:00", resolved: true)
        consulted.consultation = "older-people-expert"
        var unresolved = ContactLogTests.contact("2023-03-13T11:00:00+02:00", resolved: false)
        unresolved.consultation = "older-people-expert"
        var other = ContactLogTests.contact("2023-03-13T12:00:00+02:00", resolved: false)
        other.consultation = "health-nurse"
        let id = try w.log.log(consulted, by: w.actor)
        try w.log.importContacts([unresolved, other, ContactLogTests.contact("2023-03-13T13:00:00+02:00")], details: "t", by: w.actor)
        #expect(try w.export().map(\.consultation) == ["older-people-expert", "older-people-expert", "health-nurse", nil])
        var r = try w.report("2023-03-13")
        #expect(r.consultations == ["older-people-expert": 2, "health-nurse": 1] && r.consultedContacts == 3 && r.consultedResolved == 1)
        #expect(r.consultedResolvedRate?.written(decimals: 4) == "0.3333")

        consulted.consultation = nil
        try w.log.update(id: id, to: consulted, assessment: nil, chain: nil, by: w.actor)
        r = try w.report("2023-03-13")
        #expect(r.consultations == ["older-people-expert": 1, "health-nurse": 1] && r.consultedResolved == 0)
        #expect(try w.export().first?.consultation == nil)

        // A copy carries it.
        let copy = try backend.emptyLog()
        try copy.load(try w.log.contents(by: w.actor), details: "copy", by: w.actor)
        #expect(try copy.report(from: CivilDate(iso: "2023-03-13")!, to: CivilDate(iso: "2023-03-13")!, point: nil, by: w.actor) == r)
    }

    /// The day browser's drill-down (CONTRACT §8 figures): the contacts behind `consulted_contacts`, its resolved ones
    /// and each line's, exactly as the report counts them, at a point and over all points.
    @Test(arguments: Backend.allCases)
    func theContactsBehindTheConsultationFiguresAreTheOnesTheReportCounts(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let library = "jarvenpaa-library", other = "kerava-service-centre"
        func contact(_ at: String, resolved: Bool, _ line: String?, point: String = "jarvenpaa-library") -> Contact {
            var c = ContactLogTests.contact(at, point: point, resolved: resolved)
            c.consultation = line
            return c
        }
        try w.log.importContacts([
            contact("2023-03-13T09:00:00+02:00", resolved: true, "older-people-expert"),
            contact("2023-03-13T10:00:00+02:00", resolved: false, "older-people-expert"),
            contact("2023-03-14T11:00:00+02:00", resolved: true, "health-nurse"),
            contact("2023-03-14T12:00:00+02:00", resolved: true, nil),
            contact("2023-03-15T12:00:00+02:00", resolved: true, "health-nurse", point: other),
            // Outside the period.
            contact("2023-03-20T12:00:00+02:00", resolved: true, "health-nurse"),
        ], details: "t", by: w.actor)
        let from = CivilDate(iso: "2023-03-13")!, to = CivilDate(iso: "2023-03-19")!
        for point in [library, nil] as [String?] {
            let r = try w.log.report(from: from, to: to, point: point, by: w.actor)
            func listed(_ filter: ContactFilter) throws -> [Contact] {
                try w.log.contacts(from: from, to: to, point: point, matching: filter, by: w.actor).map(\.contact)
            }
            for filter in [ContactFilter.consulted, .consultedResolved] + Fixtures.vocabulary.consultation.codes.map(ContactFilter.consultation) {
                #expect(try listed(filter).count == r.value(of: filter), "\(filter) at \(point ?? "all")")
            }
            #expect(try listed(.consulted).allSatisfy { $0.consultation != nil })
            #expect(try listed(.consultedResolved).allSatisfy { $0.consultation != nil && $0.resolved })
            #expect(try listed(.consultation("health-nurse")).allSatisfy { $0.consultation == "health-nurse" })
            #expect(try w.lastAudit().details.hasSuffix(", consultation health-nurse"))
            #expect(r.rate(of: .consultedResolved) == r.consultedResolvedRate)
        }
        let atPoint = try w.log.report(from: from, to: to, point: library, by: w.actor)
        #expect((atPoint.consultedContacts, atPoint.consultedResolved, atPoint.consultations["health-nurse"]) == (3, 2, 1))
        let all = try w.log.report(from: from, to: to, point: nil, by: w.actor)
        #expect((all.consultedContacts, all.consultedResolved, all.consultations["health-nurse"]) == (4, 3, 2))
    }

    @Test(arguments: Backend.allCases)
    func anUnknownLineIsRefused(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        var contact = ContactLogTests.contact("2023-03-13T10:00:00+02:00")
        contact.consultation = "nobody"
        #expect(throws: StoreError.self) { try w.log.log(contact, by: w.actor) }
    }
}
