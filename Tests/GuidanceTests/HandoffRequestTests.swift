import Foundation
import TestSupport
import Testing
@testable import Guidance

/// A handoff's personal details and their checks (CONTRACT §9), field by field as the form and `neuvo handoff send`
/// use them: the phone's shape, lengths, an identity code in any field, the JSON document's keys and types.
struct HandoffRequestTests {
    static let code = "150655-" + "902T"

    @Test(arguments: ["+358 40 123 4567", "+358401234567", "040 123 4567", "09-123 4567", "0401234567", "040-123 45 67", "0 1 2 3 4 5 6"])
    func aFinnishNumberIsAPhone(phone: String) {
        #expect(HandoffDetails.checkPhone(phone) == nil)
    }

    @Test(arguments: ["", "123", "40 123 4567", "+46 70 123 4567", "+358", "040/123 4567", "040 123 4567 ext 2", "0401234567890123", "012345"])
    func anythingElseIsRefusedNamingThePhone(phone: String) {
        #expect(HandoffDetails.checkPhone(phone)?.field == .phone)
    }

    @Test func everyFreeTextFieldRefusesAnIdentityCodeNamingIt() {
        var details = HandoffDetails(name: "Testi", phone: "040 123 4567", when: "aamulla \(Self.code)")
        #expect(details.problem() == HandoffProblem(.when, .handoffFieldIdentityCode))
        details.when = nil
        details.note = "hetu:\(Self.code.lowercased())"
        #expect(details.problem() == HandoffProblem(.note, .handoffFieldIdentityCode))
        details.note = String(repeating: "é", count: 500)
        #expect(details.problem() == nil, "500 characters, however many bytes")
        details.note = String(repeating: "é", count: 501)
        #expect(details.problem() == HandoffProblem(.note, .handoffFieldTooLong, ["limit": "500"]))
        details.note = "rivi\nrivi"
        #expect(details.problem() == nil)
        details.note = "tab\there"
        #expect(details.problem() == HandoffProblem(.note, .handoffFieldControl))
        #expect(HandoffDetails.checkText(String(repeating: "x", count: 61), .when, limit: HandoffDetails.whenLimit) != nil)
    }

    @Test func theDocumentIsReadFieldByField() throws {
        let json = #"{"point": "jarvenpaa-library", "service": "adult-social-work", "name": "Testi", "phone": "040 123 4567", "consent": true}"#
        let request = try HandoffRequest.parse(json: Data(json.utf8))
        #expect(request.urgency == .normal && request.details.language == nil && request.details.note == nil && request.consent)
        #expect(request.problem(points: ["jarvenpaa-library"], vocabulary: Fixtures.vocabulary) == nil)
        func problem(_ text: String) -> HandoffProblem? {
            do {
                _ = try HandoffRequest.parse(json: Data(text.utf8))
                return nil
            } catch {
                return error
            }
        }
        #expect(problem(json.replacingOccurrences(of: "true", with: #""yes""#))?.field == .consent)
        #expect(problem(json.replacingOccurrences(of: #""Testi""#, with: "42"))?.key == .handoffFieldNotText)
        #expect(problem(json.replacingOccurrences(of: #""name": "Testi", "#, with: ""))?.key == .handoffFieldMissing)
        #expect(problem("[]")?.key == .handoffNotJSON)
        #expect(problem(json.replacingOccurrences(of: "}", with: #", "hetu": "x"}"#)) == HandoffProblem(nil, .handoffUnknownKey, ["key": "hetu"]))
        // The message names the field, in each language.
        let message = HandoffProblem(.note, .handoffFieldIdentityCode).message(Fixtures.catalog.strings.inLanguage(.en))
        #expect(message == "the field note holds a personal identity code – identity codes are never kept")
    }

    @Test func theReceivingServicesAreTheInternalReferralDestinations() {
        let services = HandoffRequest.services(Fixtures.vocabulary)
        #expect(services.contains("adult-social-work") && services.contains("health-station") && !services.contains("kela"))
        #expect(services.allSatisfy { Fixtures.vocabulary.referral[$0]?.kind == .internal })
    }
}
