import Guidance
import Terminal

/// At first start (and later with `c` on Today): which advice point this advisor works at.
public struct PointChoiceScreen: Screen {
    enum Action: Sendable { case back }

    var picker: Picker
    /// At first start there is nothing to go back to.
    let canGoBack: Bool

    /// A choice among `points` (every point of data/, or an advisor's own on PostgreSQL).
    public init(_ points: [AdvicePoint], language: Language, current: String? = nil, canGoBack: Bool = true) {
        let points = points.map {
            Choice(code: $0.code, label: $0.name[language] + " – " + $0.municipality[language])
        }
        picker = Picker(choices: points, mode: .single, chosen: current.map { [$0] } ?? [])
        self.canGoBack = canGoBack
    }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        KeyMap(canGoBack ? [.init([.escape], .back, label: context.strings(.keyBack), inFooter: true)] : [])
    }

    public func title(_ context: AppContext) -> String { context.strings(.pointChoiceTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(Self.text(context)) }

    /// What the choice is for: kept on this computer, or (on a team's database) among the points the server gives.
    static func text(_ context: AppContext) -> StringKey { context.remembersPoint ? .pointChoiceText : .pointChoiceTextTeam }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] {
        [KeyHelp(keys: "1–9/Enter", label: context.strings(.keyChoosePoint), inFooter: true)] + keyMap(context).keyHelp
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if keyMap(context).action(for: key) == .back, picker.filter.isEmpty { return [.pop(nil)] }
        guard picker.handle(key) == .picked, let code = picker.chosen.first,
              let point = context.points.first(where: { $0.code == code }) else { return [] }
        return [.choosePoint(point)]
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        var y = area.y + 1
        y += canvas.putWrapped(context.strings(Self.text(context)), x: area.x + 2, y: y, width: area.width - 4)
        y += 1
        picker.render(into: &canvas, x: area.x + 2, y: y, width: area.width - 4, height: area.bottom - y, focused: true,
                      context)
    }
}
