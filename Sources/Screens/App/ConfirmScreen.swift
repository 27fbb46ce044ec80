import Guidance
import Terminal

/// A yes-or-no question before something that cannot be undone. Yes closes the question and runs `onYes`
/// (whose outcomes go to the screen below); no, or Esc, only closes it. Yes is `y`, `k` (Finnish) or `j` (Swedish),
/// no is `n`, `e` (Finnish) or Esc, so that each language's own initials work.
struct ConfirmScreen: Screen {
    enum Action: Sendable { case yes, no }

    let heading: String
    let question: String
    /// The keys in words, in the user's language.
    let choices: String
    let onYes: [Effect]

    init(title: String, question: String, choices: String, onYes: [Effect]) {
        heading = title
        self.question = question
        self.choices = choices
        self.onYes = onYes
    }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        return KeyMap([
            .init([.character("y"), .character("k"), .character("j")], .yes, label: s(.trainerKeyYes), inFooter: true),
            .init([.character("n"), .character("e"), .escape], .no, label: s(.trainerKeyNo), inFooter: true),
        ])
    }

    func title(_ context: AppContext) -> String { heading }
    func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .yes: [.pop(nil)] + onYes
        case .no: [.pop(nil)]
        case nil: []
        }
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        var y = area.y + 2
        y += canvas.putWrapped(question, x: area.x + 3, y: y, width: area.width - 6, style: .warning) + 1
        // A click on a choice answers as its key does.
        canvas.putChoices(choices, x: area.x + 3, y: y, width: area.width - 6, style: .key)
    }
}
