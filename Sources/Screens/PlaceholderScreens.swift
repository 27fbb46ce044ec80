// TEMPORARY: replaced by the real screens (segmentation, directory, follow-ups) in this issue.
import Guidance
import Store
import Terminal

struct DirectoryScreen: Screen {
    init(choosing: Bool, _ context: AppContext) {}
    func title(_ context: AppContext) -> String { "" }
    func keyHelp(_ context: AppContext) -> [KeyHelp] { [] }
    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] { [.pop(nil)] }
    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }
    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {}
}
