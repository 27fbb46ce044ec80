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

    @Test(arguments: Backend.allCases)
    func anUnknownLineIsRefused(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        var contact = ContactLogTests.contact("2023-03-13T10:00:00+02:00")
        contact.consultation = "nobody"
        #expect(throws: StoreError.self) { try w.log.log(contact, by: w.actor) }
    }
}
