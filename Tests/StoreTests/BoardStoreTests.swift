import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// The live board's read (`ContactLog.board`) on both backends: Given contacts logged over weeks, When the board reads a
/// day, Then its figures are the report's for that day, its usual day is the same weekday of the 8 weeks before, and its
/// open follow-ups are the follow-up list's.
struct BoardStoreTests {
    static let actor = Actor(user: "test", command: "board")
    static let day = CivilDate(iso: "2026-11-23")!
    static let library = "jarvenpaa-library"
    static let kerava = "kerava-service-centre"

    @Test(arguments: Backend.allCases)
    func theBoardsFiguresAreTheReportsForTheDay(_ backend: Backend) throws {
        let log = try backend.demoLog()
        let board = try log.board(day: Self.day, points: nil, by: Self.actor)
        #expect(board.points == Fixtures.catalog.points.map(\.code))
        for point in board.points {
            let report = try log.report(from: Self.day, to: Self.day, point: point, by: Self.actor)
            #expect(board.today[point] == report, "\(point)")
        }
        let all = try log.report(from: Self.day, to: Self.day, point: nil, by: Self.actor)
        #expect(all.contacts > 0)
        #expect(board.total(Fixtures.vocabulary) == all)
        let one = try log.board(day: Self.day, points: [Self.kerava], by: Self.actor)
        #expect(one.points == [Self.kerava])
        #expect(one.total(Fixtures.vocabulary) == (try log.report(from: Self.day, to: Self.day, point: Self.kerava, by: Self.actor)))
    }

    @Test(arguments: Backend.allCases)
    func theUsualDayIsTheSameWeekdayOfTheEightWeeksBefore(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        func at(_ day: CivilDate, _ time: String, point: String = BoardStoreTests.library) throws {
            try log.log(ContactLogTests.contact("\(day)T\(time):00+02:00", point: point), by: Self.actor)
        }
        let weeks = BoardFigures.usualDays(before: Self.day)
        #expect(weeks.count == 8 && weeks.allSatisfy { $0.weekday == Self.day.weekday } && weeks[0] == Self.day.adding(days: -7))
        // The nearest week: two at 9 and one at 10; the second week nothing (a holiday: it counts as 0); the other six one
        // at 9 each; and at Kerava one at 14 in the nearest week.
        try at(weeks[0], "09:10"); try at(weeks[0], "09:40"); try at(weeks[0], "10:05")
        for week in weeks[2...] { try at(week, "09:30") }
        try at(weeks[0], "14:00", point: Self.kerava)
        // Not the same weekday, not within the 8 weeks, and today itself: none of them is usual.
        try at(Self.day.adding(days: -1), "09:00")
        try at(Self.day.adding(days: -63), "09:00")
        try at(Self.day, "09:00")

        let board = try log.board(day: Self.day, points: [Self.library, Self.kerava], by: Self.actor)
        let library = board.usual(Self.library)
        #expect(library.days == [["09": 2, "10": 1], [:], ["09": 1], ["09": 1], ["09": 1], ["09": 1], ["09": 1], ["09": 1]])
        // By 10.30: every contact before 10 (2 + 6) and half of the one at 10, over 8 weeks: 8.5 / 8 = 1.0625.
        #expect(library.by(hour: 10, minute: 30) == Ratio(510, of: 480))
        #expect(library.by(hour: 10, minute: 30)?.written(decimals: 0) == "1")
        #expect(library.by(hour: 9, minute: 0) == Ratio(0, of: 480))
        #expect(library.at(hour: 9) == Ratio(8, of: 8))
        #expect(board.usual(Self.kerava).days[0] == ["14": 1])
        #expect(board.usualTotal.days[0] == ["09": 2, "10": 1, "14": 1])
        #expect(board.today[Self.library]?.contacts == 1)
    }

    @Test(arguments: Backend.allCases)
    func theOpenFollowUpsAreTheFollowUpListsWithTheOldestsInstant(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        func open(_ at: String, point: String = BoardStoreTests.library, resolved: Bool = false) throws -> Int64 {
            try log.log(ContactLogTests.contact(at, point: point, resolved: resolved), by: Self.actor)
        }
        let oldest = try open("2026-11-21T10:00:00+02:00")
        _ = try open("2026-11-23T09:00:00+02:00")
        let done = try open("2026-11-20T09:00:00+02:00")
        try log.markFollowUpDone(contactID: done, note: "", by: Self.actor)
        _ = try open("2026-11-22T12:00:00+02:00", resolved: true)
        _ = try open("2026-10-01T09:00:00+02:00")  // out of the 14-day window: lapsed
        _ = try open("2026-11-22T13:00:00+02:00", point: Self.kerava)

        let board = try log.board(day: Self.day, points: nil, by: Self.actor)
        let list = try log.followUps(point: Self.library, since: Self.day.adding(days: -14), by: Self.actor)
        #expect(board.followUps[Self.library] == OpenFollowUps(count: list.count, oldest: Fixtures.at("2026-11-21T10:00:00+02:00").instant))
        #expect(list.count == 2 && list.first?.id == oldest)
        #expect(board.followUps[Self.kerava]?.count == 1)
        #expect(board.followUps["hyvinkaa-library"] == OpenFollowUps.none)
        #expect(board.followUpsTotal == OpenFollowUps(count: 3, oldest: Fixtures.at("2026-11-21T10:00:00+02:00").instant))
    }

    @Test(arguments: Backend.allCases)
    func readingTheBoardWritesNoAuditRow(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        let before = try log.audit(from: nil, to: nil).count
        for _ in 0..<3 { _ = try log.board(day: Self.day, points: nil, by: Self.actor) }
        #expect(try log.audit(from: nil, to: nil).count == before)
    }

    @Test func roundingTheUsualIsHalfAwayFromZero() {
        func usual(_ at9: [Int]) -> UsualDay { UsualDay(at9.map { $0 == 0 ? [:] : ["09": $0] }) }
        #expect(usual([1, 1, 1, 1, 0, 0, 0, 0]).by(hour: 10, minute: 0)?.written(decimals: 0) == "1", "0.5")
        #expect(usual([1, 1, 1, 0, 0, 0, 0, 0]).by(hour: 10, minute: 0)?.written(decimals: 0) == "0", "0.375")
        #expect(usual([3, 2, 2, 2, 2, 2, 2, 5]).by(hour: 10, minute: 0)?.written(decimals: 0) == "3", "2.5")
        #expect(UsualDay([]).by(hour: 10, minute: 0) == nil, "no weeks: no usual")
        #expect(UsualDay.sum([usual([1, 0]), usual([2, 3])]).days == [["09": 3], ["09": 3]])
    }
}
