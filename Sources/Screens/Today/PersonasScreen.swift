import Guidance
import Terminal

/// Trainer mode: the practice clients of `data/personas.json`, opened with `l` in the segmentation. The
/// highlighted client's story is shown below the list; one keystroke (the client's number, or Enter) hands
/// the client back to the segmentation, which loads its answers and service chain.
struct PersonasScreen: Screen {
    enum Action: Sendable { case load, back, move }

    let personas: [Persona]
    var navigator = ListNavigator()

    init(_ context: AppContext) {
        personas = context.personas
    }

    /// `1`…`9` for the first nine clients.
    var numberKeys: [Key] { (1...min(9, max(1, personas.count))).map { Key.character(Character(String($0))) } }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        return KeyMap([
            .init([.enter], .load, label: s(.trainerKeyLoadPersona), inFooter: true),
            .init([.escape, .character("q")], .back, label: s(.keyBack), footer: .kept),
            .moving(.move, label: s(.keyMoveInList)),
        ])
    }

    func keyHelp(_ context: AppContext) -> [KeyHelp] {
        [KeyHelp(keys: "1–\(numberKeys.count)", label: context.strings(.trainerKeyPersonaNumber), inFooter: true, footer: .kept)] + keyMap(context).keyHelp
    }

    func title(_ context: AppContext) -> String { context.strings(.trainerPersonasTitle) }
    func guide(_ context: AppContext) -> String? { context.strings(.trainerPersonasGuide) }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if let index = numberKeys.firstIndex(of: key), personas.indices.contains(index) {
            return [.pop(.personaChosen(personas[index]))]
        }
        switch keyMap(context).action(for: key) {
        case .load:
            guard personas.indices.contains(navigator.selected) else { return [] }
            return [.pop(.personaChosen(personas[navigator.selected]))]
        case .back: return [.pop(nil)]
        case .move:
            _ = navigator.handle(key, count: personas.count, height: personas.count)
            return []
        case nil: return []
        }
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    // MARK: - Drawing

    /// One row per client (number, label, segment and chain), then the highlighted client's story.
    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings, language = context.language, vocabulary = context.vocabulary
        let width = area.width - 4
        let labelWidth = min(width / 2, (personas.map { TextWidth.of($0.label[language]) }.max() ?? 0) + 2)
        var y = area.y + 1
        // The list gets what the story leaves: the story wants about six rows under it.
        let listHeight = max(1, min(personas.count, area.height - 8))
        let window = navigator.window(count: personas.count, height: listHeight)
        for index in window.rows {
            let persona = personas[index]
            let selected = index == window.selected
            let number = index < numberKeys.count ? String(index + 1) : " "
            canvas.put(number, x: area.x + 2, y: y, style: .key)
            canvas.mark(x: area.x, y: y, width: width, keys: window.keys(clicking: index))
            canvas.put(TextWidth.truncated(persona.label[language], to: labelWidth - 2), x: area.x + 5, y: y)
            let kind = vocabulary.segment.label(persona.segment.rawValue, in: language) + " · "
                + vocabulary.serviceChain.label(persona.chain, in: language)
            canvas.put(TextWidth.truncated(kind, to: width - 3 - labelWidth), x: area.x + 5 + labelWidth, y: y, style: .muted)
            if selected {
                canvas.paint(x: area.x + 5, y: y, width: width - 3, style: .selection)
                canvas.focus(x: area.x + 5, y: y)
            }
            y += 1
        }
        window.drawSign(into: &canvas, x: area.x + 2, y: y, width: width, count: personas.count, context)
        if window.rows.count < personas.count { y += 1 }
        guard personas.indices.contains(navigator.selected) else { return }
        y += 1
        let persona = personas[navigator.selected]
        canvas.putCut(s(.trainerPersonaStory) + ": " + persona.label[language], x: area.x + 2, y: y, style: .header, maxWidth: width)
        y += 1
        canvas.putWrapped(persona.story[language], x: area.x + 2, y: y, width: width, maxLines: area.bottom - y)
    }
}
