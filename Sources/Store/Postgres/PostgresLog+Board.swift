import Guidance
import PQ

/// The live board on PostgreSQL: the daily figures (a board login sees only those the board shows) and the open
/// follow-ups' aggregate through `neuvo.board_follow_ups`, the one way a board login learns anything of contacts.
extension PostgresLog {
    public func board(day: CivilDate, points: [String]?, by actor: Actor) throws -> BoardFigures {
        var shown = points ?? pointOrder
        // An advisor's board: their own points only (the server would show no figures of the others anyway).
        if session.role == .advisor { shown = shown.filter(session.points.contains) }
        return try transaction { c in
            var today: [String: Report] = [:]
            for point in shown { today[point] = try Self.report(c, from: day, to: day, point: point, vocabulary: vocabulary) }

            let days = BoardFigures.usualDays(before: day)
            let week = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($0.element.description, $0.offset) })
            var usual = Dictionary(uniqueKeysWithValues: shown.map { ($0, [[String: Int]](repeating: [:], count: days.count)) })
            let rows = try c.exec(
                #"""
                SELECT "day", "point", "code", sum("value") FROM neuvo.daily_figure
                WHERE "day" = ANY ($1::date[]) AND "point" = ANY ($2::text[]) AND "figure" = 'by_hour'
                GROUP BY "day", "point", "code" HAVING sum("value") <> 0
                """#, [PGArray.literal(days.map(\.description)), PGArray.literal(shown)])
            for row in 0..<rows.rowCount {
                let point = rows.text(row, 1)
                guard let index = week[rows.text(row, 0)], usual[point] != nil else { continue }
                usual[point]![index][rows.text(row, 2)] = rows.integer(row, 3)
            }

            var followUps = Dictionary(uniqueKeysWithValues: shown.map { ($0, OpenFollowUps.none) })
            let open = try c.exec(
                #"SELECT "point", "open", "oldest" FROM neuvo.board_follow_ups($1::date, $2::text[])"#,
                [day.description, PGArray.literal(shown)])
            for row in 0..<open.rowCount {
                followUps[open.text(row, 0)] = OpenFollowUps(count: open.integer(row, 1), oldest: open.int64(row, 2))
            }
            return BoardFigures(day: day, points: shown, today: today, usualDays: usual, followUps: followUps)
        }
    }
}
