import Guidance
import PQ

/// The live board on PostgreSQL: the day's figures and the usual days' through `neuvo.board_figures` (a board login gets
/// only the figures the board shows), and the open follow-ups' aggregate through `neuvo.board_follow_ups` — the one way
/// a board login learns anything of contacts.
extension PostgresLog {
    public func board(day: CivilDate, points: [String]?, by actor: Actor) throws -> BoardFigures {
        var shown = points ?? pointOrder
        // An advisor's board: their own points only (the server would show no figures of the others anyway).
        if session.role == .advisor { shown = shown.filter(session.points.contains) }
        return try transaction { c in
            // part, day, point, figure, code, value: 'today' as neuvo.figure_rows gives each point's day, 'usual' the
            // by_hour figures of the same weekday of the 8 weeks before.
            let rows = try c.exec(
                #"SELECT "part", "day", "point", "figure", "code", "value" FROM neuvo.board_figures($1::date, $2::text[])"#,
                [day.description, PGArray.literal(shown)])
            var byPoint: [String: [Int]] = [:]
            let days = BoardFigures.usualDays(before: day)
            let week = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($0.element.description, $0.offset) })
            var usual = Dictionary(uniqueKeysWithValues: shown.map { ($0, [[String: Int]](repeating: [:], count: days.count)) })
            for row in 0..<rows.rowCount {
                let point = rows.text(row, 2)
                if rows.text(row, 0) == "today" {
                    byPoint[point, default: []].append(row)
                } else if let index = week[rows.text(row, 1)], usual[point] != nil, !rows.isNull(row, 5) {
                    usual[point]![index][rows.text(row, 4)] = rows.integer(row, 5)
                }
            }
            var today: [String: Report] = [:]
            for point in shown {
                var report = Report(from: day, to: day, point: point)
                Self.addFigures(rows, byPoint[point] ?? [], at: 1, to: &report, vocabulary: vocabulary)
                today[point] = report
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
