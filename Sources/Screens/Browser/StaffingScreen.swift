import Guidance
import Store
import Terminal

/// The supervisors' staffed hours at one point (CONTRACT §7 `staffing`): a weekly pattern — hours and the cost of
/// an hour for each weekday — written for every day of the period browsed, and the days of that period one by one.
/// No pattern is kept apart from the days: applying it writes each day's row, replacing the one held.
public struct StaffingScreen: Screen {
    enum Action: Equatable, Sendable {
        case back, apply, nextField, previousField, up, down, edit, saveDay, cancelEdit, copyToNextDay
    }

    /// Where the keys go: a field of the pattern (weekday 0–6, column 0 hours, 1 cost) or the list of days.
    enum Focus: Equatable {
        case pattern(row: Int, column: Int)
        case days
    }

    /// One day being changed: its hours and cost.
    struct DayEdit: Equatable {
        let day: CivilDate
        var fields: [TextField]
        var column = 0
    }

    let period: BrowserPeriod
    let point: String
    /// Monday to Sunday: hours, and the cost of an hour.
    var pattern: [[TextField]] = Array(repeating: [TextField(maxLength: 7), TextField(maxLength: 8)], count: 7)
    var focus = Focus.pattern(row: 0, column: 0)
    /// The rows held for the period, once the store has answered.
    var rows: [StaffingDay]?
    var navigator = ListNavigator()
    var editing: DayEdit?
    /// What was wrong with the last input, in words.
    var problem: String?

    static let pageHeight = 14

    public init(_ context: AppContext, period: BrowserPeriod, point: String) {
        self.period = period
        self.point = point
    }

    /// Every day of the period, first to last.
    var days: [CivilDate] {
        var days: [CivilDate] = [], day = period.from
        while day <= period.to {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days
    }

    func row(of day: CivilDate) -> StaffingDay? { rows?.first { $0.day == day } }

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        if editing != nil {
            return KeyMap([
                .init([.enter, .function(2)], .saveDay, label: s(.keySave), inFooter: true),
                .init([.tab, .backTab], .nextField, label: s(.staffingKeyNextField), inFooter: true),
                .init([.escape], .cancelEdit, label: s(.browserKeyCancel), inFooter: true),
            ])
        }
        var bindings: [KeyMap<Action>.Binding] = [
            .init([.function(2)], .apply, label: s(.staffingKeyApply), inFooter: true),
            .init([.tab], .nextField, label: s(.staffingKeyNextField), inFooter: true),
            .init([.backTab], .previousField, label: s(.staffingKeyPreviousField)),
            .init([.up], .up, label: s(.staffingKeyUp)),
            .init([.down], .down, label: s(.staffingKeyDown)),
        ]
        if case .pattern(let row, _) = focus, row < 6 {
            bindings.append(.init([.function(5)], .copyToNextDay, label: s(.staffingKeyCopy), inFooter: true))
        }
        if focus == .days { bindings.append(.init([.enter], .edit, label: s(.staffingKeyEdit), inFooter: true)) }
        bindings.append(.init([.escape], .back, label: s(.keyBack), inFooter: true))
        return KeyMap(bindings)
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }
    public func title(_ context: AppContext) -> String { context.strings(.staffingTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(.staffingGuide) }

    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        if editing != nil {
            if editing!.fields[editing!.column].paste(text) { problem = nil }
        } else if case .pattern(let row, let column) = focus {
            if pattern[row][column].paste(text) { problem = nil }
        }
        return []
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if let action = keyMap(context).action(for: key) { return update(action, context) }
        if editing != nil {
            let column = editing!.column
            if editing!.fields[column].handle(key) { problem = nil }
        } else if case .pattern(let row, let column) = focus {
            if pattern[row][column].handle(key) { problem = nil }
        } else {
            _ = navigator.handle(key, count: days.count, height: context.pageRows(at80x24: Self.pageHeight))
        }
        return []
    }

    /// The stops Tab goes through, in order: the pattern row by row, then the days.
    static let stops = (0..<7).flatMap { row in [Focus.pattern(row: row, column: 0), .pattern(row: row, column: 1)] } + [Focus.days]

    /// The Tabs from the focus to `target`: what a click on it presses.
    func tabs(to target: Focus) -> [Key] {
        let at = Self.stops.firstIndex(of: focus) ?? 0, to = Self.stops.firstIndex(of: target) ?? at
        return Array(repeating: .tab, count: (to - at + Self.stops.count) % Self.stops.count)
    }

    mutating func update(_ action: Action, _ context: AppContext) -> [Effect] {
        let height = context.pageRows(at80x24: Self.pageHeight)
        switch action {
        case .back: return [.pop(nil)]
        case .nextField, .previousField:
            if var edit = editing {
                edit.column = 1 - edit.column
                editing = edit
                return []
            }
            // Row by row through the pattern, then the days, then round again.
            let at = Self.stops.firstIndex(of: focus) ?? 0
            focus = Self.stops[(at + (action == .nextField ? 1 : Self.stops.count - 1)) % Self.stops.count]
        case .up, .down:
            let step = action == .down ? 1 : -1
            switch focus {
            // ↓ goes on from Sunday to the days, ↑ from the first day back to Sunday.
            case .pattern(let row, let column): focus = row == 6 && step == 1 ? .days : .pattern(row: max(0, row + step), column: column)
            case .days:
                if step == -1, navigator.selected == 0 { focus = .pattern(row: 6, column: 0) } else {
                    _ = navigator.handle(action == .down ? .down : .up, count: days.count, height: height)
                }
            }
        case .copyToNextDay:
            // The row's hours and cost to the next weekday, and the focus with them: Mon–Fri is one row and four F5s.
            guard case .pattern(let row, let column) = focus, row < 6 else { return [] }
            pattern[row + 1] = pattern[row]
            focus = .pattern(row: row + 1, column: column)
            problem = nil
        case .edit:
            guard focus == .days, days.indices.contains(navigator.selected) else { return [] }
            let day = days[navigator.selected]
            let held = row(of: day)
            editing = DayEdit(day: day, fields: [
                TextField(text: held.map { Self.written($0.staffHundredths, context) } ?? "", maxLength: 7),
                TextField(text: held.map { Self.written($0.hourlyCostCents, context) } ?? "", maxLength: 8),
            ])
            problem = nil
        case .cancelEdit:
            editing = nil
            problem = nil
        case .saveDay:
            guard let edit = editing else { return [] }
            let name = Chrome.weekday(edit.day, context) + " " + edit.day.written
            switch Self.read(hours: edit.fields[0].text, cost: edit.fields[1].text, name: name, context) {
            case .failure(let message):
                problem = message.text
            case .success(nil):
                problem = context.strings(.staffingMissingBoth, ["day": name])
            case .success(let values?):
                return [.saveStaffing([StaffingDay(day: edit.day, point: point, staffHundredths: values.hours, hourlyCostCents: values.cost)], period: period)]
            }
        case .apply:
            var weekly: [Int: (hours: Int, cost: Int)] = [:]
            for weekday in 0..<7 {
                let name = Self.weekdayName(weekday, context)
                switch Self.read(hours: pattern[weekday][0].text, cost: pattern[weekday][1].text, name: name, context) {
                case .failure(let message):
                    problem = message.text
                    focus = .pattern(row: weekday, column: message.column)
                    return []
                case .success(let values): weekly[weekday + 1] = values
                }
            }
            let rows = days.compactMap { day in
                weekly[day.weekday].map { StaffingDay(day: day, point: point, staffHundredths: $0.hours, hourlyCostCents: $0.cost) }
            }
            guard !rows.isEmpty else {
                problem = context.strings(.staffingEmptyPattern)
                return []
            }
            problem = nil
            // Days already held with other figures are replaced only when the supervisor says so.
            let replaced = rows.filter { new in
                self.row(of: new.day).map { $0.staffHundredths != new.staffHundredths || $0.hourlyCostCents != new.hourlyCostCents } ?? false
            }
            guard replaced.isEmpty else {
                let s = context.strings
                return [.push(ConfirmScreen(
                    title: s(.staffingTitle),
                    question: s(.staffingReplaceQuestion, [
                        "count": String(rows.count), "days": Self.daysWritten(rows, context),
                        "list": replaced.prefix(5).map { Chrome.weekday($0.day, context) + " " + $0.day.dayAndMonth }.joined(separator: ", ")
                            + (replaced.count > 5 ? " … +\(replaced.count - 5)" : "")]),
                    choices: s(.staffingReplaceChoices), onYes: [.saveStaffing(rows, period: period)]))]
            }
            return [.saveStaffing(rows, period: period)]
        }
        return []
    }

    /// `ma, ti, ke, to, pe 1.12.–31.12.2026`: which days a pattern writes, by weekday and the first and last day.
    static func daysWritten(_ rows: [StaffingDay], _ context: AppContext) -> String {
        guard let first = rows.map(\.day).min(), let last = rows.map(\.day).max() else { return "" }
        let weekdays = Set(rows.map(\.day.weekday)).sorted().map { weekdayName($0 - 1, context) }.joined(separator: ", ")
        return weekdays + " " + (first == last ? first.written : first.dayAndMonth + "–" + last.written)
    }

    /// A problem with the input and the column (0 hours, 1 cost) it is in.
    struct Problem: Error {
        let text: String
        let column: Int
    }

    /// Hours and the cost of an hour as typed (`7,5` or `7.5`): both in hundredths, nil when both are empty, else a
    /// problem naming the day, the field and what it may be.
    static func read(hours: String, cost: String, name: String, _ context: AppContext) -> Result<(hours: Int, cost: Int)?, Problem> {
        let s = context.strings
        let hours = hours.trimmingCharacters(in: .whitespaces), cost = cost.trimmingCharacters(in: .whitespaces)
        if hours.isEmpty && cost.isEmpty { return .success(nil) }
        if hours.isEmpty { return .failure(Problem(text: s(.staffingMissingHours, ["day": name]), column: 0)) }
        if cost.isEmpty { return .failure(Problem(text: s(.staffingMissingCost, ["day": name]), column: 1)) }
        guard let h = Decimals.hundredths(hours.replacingOccurrences(of: ",", with: ".")), StaffingDay.hoursRange.contains(h) else {
            return .failure(Problem(text: s(.staffingBadHours, [
                "day": name, "value": hours, "max": written(StaffingDay.hoursRange.upperBound, context)]), column: 0))
        }
        guard let c = Decimals.hundredths(cost.replacingOccurrences(of: ",", with: ".")), StaffingDay.costRange.contains(c) else {
            return .failure(Problem(text: s(.staffingBadCost, [
                "day": name, "value": cost, "max": written(StaffingDay.costRange.upperBound, context)]), column: 1))
        }
        return .success((h, c))
    }

    /// 750 → `7,5` (`7.5` in English): as a field is typed.
    static func written(_ hundredths: Int, _ context: AppContext) -> String {
        let text = Decimals.written(hundredths)
        return context.language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// `ma`…`su`: weekday 0 is Monday.
    static func weekdayName(_ weekday: Int, _ context: AppContext) -> String {
        let names = context.strings(.weekdaysShort).split(separator: "|").map(String.init)
        return names.count == 7 ? names[weekday] : String(weekday + 1)
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed where rows == nil, .othersSaved:
            return [.loadStaffing(from: period.from, to: period.to, point: point)]
        case .staffing(let held):
            // The pattern starts from the first week held, weekday by weekday, where nothing is typed yet.
            if rows == nil {
                for weekday in 0..<7 where pattern[weekday].allSatisfy(\.text.isEmpty) {
                    if let first = held.first(where: { $0.day.weekday == weekday + 1 }) {
                        pattern[weekday] = [
                            TextField(text: Self.written(first.staffHundredths, context), maxLength: 7),
                            TextField(text: Self.written(first.hourlyCostCents, context), maxLength: 8),
                        ]
                    }
                }
            }
            rows = held
        case .staffingSaved(let saved, let held):
            rows = held
            editing = nil
            problem = nil
            let message = saved.count == 1
                ? context.strings(.staffingDaySaved, ["day": Chrome.weekday(saved[0].day, context) + " " + saved[0].day.written])
                : context.strings(.staffingSaved, ["count": String(saved.count), "days": Self.daysWritten(saved, context)])
            return [.status(message, .success)]
        default: break
        }
        return []
    }

    // MARK: - Drawing

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        let x = area.x + 2, width = area.width - 4
        var y = area.y
        canvas.put(period.title(context) + " · " + context.pointName(point), x: x, y: y, style: .header, maxWidth: width)
        y += 1
        y += canvas.putWrapped(s(.staffingHint), x: x, y: y, width: width, style: .muted, maxLines: 2)
        y += 1
        let format = context.reportFormat

        // The weekly pattern at the left.
        canvas.put(s(.staffingPattern), x: x, y: y, style: .header)
        canvas.put(s(.staffingHours), x: x + 5, y: y + 1, style: .muted)
        canvas.put(s(.staffingCost), x: x + 15, y: y + 1, style: .muted)
        for weekday in 0..<7 {
            let rowY = y + 2 + weekday
            canvas.put(Self.weekdayName(weekday, context), x: x, y: rowY)
            for column in 0..<2 {
                let focused = editing == nil && focus == .pattern(row: weekday, column: column)
                if editing == nil { canvas.mark(x: x + 5 + column * 10, y: rowY, width: 8, keys: tabs(to: .pattern(row: weekday, column: column))) }
                pattern[weekday][column].render(
                    into: &canvas, x: x + 5 + column * 10, y: rowY, width: 8, focused: focused, style: focused ? .selection : .normal,
                    placeholder: "–")
            }
        }

        // The days at the right: hours, the cost of an hour, the day's cost as the report counts it.
        let listX = x + 30, listWidth = width - 30
        // Room at the bottom for a day's fields and a problem of two lines, and a line saying how many more days follow.
        let bottom = area.bottom - 1
        let height = max(1, bottom - 4 - (y + 2))
        var nav = navigator
        nav.clamp(count: days.count, height: height)
        let shown = nav.visible(count: days.count, height: height)
        // Days that do not fit are counted: `Päivät 1–11 / 30` above, `↓ 19` below.
        let counted = shown.count < days.count ? "  \(shown.lowerBound + 1)–\(shown.upperBound) / \(days.count)" : ""
        canvas.put(s(.staffingDays) + counted, x: listX, y: y, style: .header, maxWidth: listWidth)
        canvas.put(Self.line(s(.staffingHours), s(.staffingCost), s(.staffingDayCost), day: ""), x: listX, y: y + 1, style: .muted, maxWidth: listWidth)
        if shown.upperBound < days.count {
            canvas.put("↓ \(days.count - shown.upperBound)", x: listX, y: y + 2 + height, style: .muted, maxWidth: listWidth)
        }
        guard let rows else { return }
        for (line, index) in shown.enumerated() {
            let day = days[index]
            let name = Chrome.weekday(day, context) + " " + day.written
            var text = Self.line("–", "", "", day: name)
            if let held = rows.first(where: { $0.day == day }) {
                var report = Report(from: day, to: day, point: point)
                report.count(held)
                text = Self.line(
                    format.decimal(report.staffHours, ReportFormat.moneyDecimals),
                    Self.written(held.hourlyCostCents, context), format.decimal(report.costEur, ReportFormat.moneyDecimals), day: name)
            }
            let selected = index == nav.selected && focus == .days
            // A click on a day: the list first (Tabs), the day highlighted (↑ ↓), and on the highlighted one its fields (Enter).
            if editing == nil {
                let moves = index == nav.selected ? [] : Array(repeating: index > nav.selected ? Key.down : .up, count: abs(index - nav.selected))
                canvas.mark(x: listX, y: y + 2 + line, width: listWidth, keys: focus == .days ? nav.keys(clicking: index) : tabs(to: .days) + moves)
            }
            canvas.put(text, x: listX, y: y + 2 + line, style: selected ? .selection : .normal, maxWidth: listWidth)
            if selected { canvas.focus(x: listX, y: y + 2 + line) }
        }

        if let edit = editing {
            let name = Chrome.weekday(edit.day, context) + " " + edit.day.written
            let used = canvas.put(s(.staffingEditing, ["day": name]) + " ", x: x, y: bottom - 2, style: .warning, maxWidth: width)
            for column in 0..<2 {
                canvas.mark(x: x + used + column * 10, y: bottom - 2, width: 8, keys: edit.column == column ? [] : [.tab])
                edit.fields[column].render(
                    into: &canvas, x: x + used + column * 10, y: bottom - 2, width: 8, focused: edit.column == column, style: .selection)
            }
        }
        if let problem {
            canvas.putWrapped(problem, x: x, y: bottom - 1, width: width, style: .error, maxLines: 2)
        }
    }

    /// `ma 2.11.2026    7,50   32,5   243,75`: the day whole in every language (`Thu 10.12.2026`, `mån 10.12.2026`).
    static func line(_ hours: String, _ cost: String, _ dayCost: String, day: String) -> String {
        TextWidth.padded(day, to: 14) + DayBrowserScreen.right(hours, 7) + DayBrowserScreen.right(cost, 9) + DayBrowserScreen.right(dayCost, 10)
    }
}
