import Guidance
import Store
import Terminal

/// Contacts as rows — [day,] time, channel, topics, referrals (each with a mark of what became of it, then any
/// consultation), outcome (or another last column) — on Today and the follow-up list alike. Topics and referrals share what the fixed columns leave.
struct ContactTable {
    struct Column {
        let title: String
        let width: Int
        let value: (LoggedContact) -> (String, Style)
    }

    let columns: [Column]
    let width: Int

    /// `last` replaces the outcome column (the follow-ups show how long each has waited); `showsPoint` adds the
    /// advice point after the time (the day browser over all points).
    init(width: Int, _ context: AppContext, showsDay: Bool = false, showsPoint: Bool = false, last: Column? = nil) {
        let v = context.vocabulary, language = context.language, s = context.strings
        let outcome = last ?? Column(title: s(.columnOutcome), width: 14) { logged in
            switch logged.followUp {
            case .settled: (s(.outcomeResolved), .success)
            case .open: (s(.outcomeFollowUp), .warning)
            case .done: (s(.outcomeFollowUpDone), .muted)
            }
        }
        var fixed = [
            Column(title: s(.columnTime), width: 6) { ($0.contact.occurredAt.clockTime, .normal) },
            Column(title: s(.columnChannel), width: width >= 110 ? 22 : 12) { (v.channel.label($0.contact.channel, in: language), .normal) },
        ]
        if showsPoint {
            let names = Dictionary(context.catalog.points.map { ($0.code, $0.name[language]) }, uniquingKeysWith: { first, _ in first })
            fixed.insert(Column(title: s(.browserColumnPoint), width: width >= 110 ? 26 : 14) { (names[$0.contact.point] ?? $0.contact.point, .normal) }, at: 1)
        }
        if showsDay {
            fixed.insert(Column(title: s(.followUpsColumnDay), width: 7) { ($0.contact.occurredAt.date.dayAndMonth, .normal) }, at: 0)
        }
        let gaps = fixed.count + 2
        let rest = max(20, width - fixed.reduce(0) { $0 + $1.width } - outcome.width - gaps)
        columns = fixed + [
            Column(title: s(.columnTopics), width: rest / 2) { logged in
                (logged.contact.topics.map { v.topic.label($0, in: language) }.joined(separator: ", "), .normal)
            },
            Column(title: s(.columnReferrals), width: rest - rest / 2) { logged in
                // A consultation (CONTRACT §8) after the referrals: the line consulted during the contact.
                let consulted = logged.contact.consultation.map { s(.tableConsultationMark, ["line": v.consultation.label($0, in: language)]) }
                return ((logged.contact.referrals.map { ReferralOutcomes.marked($0, outcome: logged.contact.outcome(of: $0), context) }
                    + (consulted.map { [$0] } ?? [])).joined(separator: ", "), .normal)
            },
            outcome,
        ]
        self.width = width
    }

    func header(into canvas: inout Canvas, x: Int, y: Int) {
        var x = x
        for column in columns {
            canvas.put(column.title, x: x, y: y, style: .header, maxWidth: column.width - 1)
            x += column.width + 1
        }
    }

    func row(_ logged: LoggedContact, into canvas: inout Canvas, x: Int, y: Int, selected: Bool) {
        var column = x
        for c in columns {
            let (text, style) = c.value(logged)
            canvas.put(TextWidth.truncated(text, to: c.width - 1), x: column, y: y, style: style)
            column += c.width + 1
        }
        if selected {
            canvas.paint(x: x - 1, y: y, width: width + 2, style: .selection)
            canvas.focus(x: x, y: y)
        }
    }
}
