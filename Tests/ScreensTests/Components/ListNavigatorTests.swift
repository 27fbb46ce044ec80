import Testing
import Terminal
@testable import Screens

struct ListNavigatorTests {
    /// Presses `script`'s keys on a list of `count` rows in a window of `height`; returns what each did.
    @discardableResult
    func press(_ navigator: inout ListNavigator, _ script: String, count: Int, height: Int) -> [Bool] {
        Key.sequence(script).map { navigator.handle($0, count: count, height: height) }
    }

    @Test func anEmptyListStaysAtZeroAndShowsNothing() {
        var navigator = ListNavigator()
        #expect(press(&navigator, "<down><end><pgdn><up>", count: 0, height: 5) == [true, true, true, true])
        #expect(navigator.selected == 0 && navigator.offset == 0)
        #expect(navigator.visible(count: 0, height: 5) == 0..<0)
        navigator.select(4, count: 0, height: 5)
        #expect(navigator.selected == 0)
    }

    @Test func arrowsMoveAndTheWindowFollows() {
        var navigator = ListNavigator()
        press(&navigator, "<down><down>", count: 10, height: 3)
        #expect(navigator.selected == 2 && navigator.offset == 0)
        press(&navigator, "<down>", count: 10, height: 3)
        #expect(navigator.selected == 3 && navigator.offset == 1)
        #expect(navigator.visible(count: 10, height: 3) == 1..<4)
        press(&navigator, "<up><up>", count: 10, height: 3)
        #expect(navigator.selected == 1 && navigator.offset == 1)  // the window moves only when it must
        press(&navigator, "<up>", count: 10, height: 3)
        #expect(navigator.selected == 0 && navigator.offset == 0)
    }

    @Test func edgesHoldAndTheKeysAreStillUsed() {
        var navigator = ListNavigator()
        #expect(press(&navigator, "<up><home><pgup>", count: 10, height: 3) == [true, true, true])
        #expect(navigator.selected == 0 && navigator.offset == 0)
        press(&navigator, "<end>", count: 10, height: 3)
        #expect(navigator.selected == 9 && navigator.offset == 7)
        #expect(press(&navigator, "<down><pgdn>", count: 10, height: 3) == [true, true])
        #expect(navigator.selected == 9 && navigator.offset == 7)
        #expect(navigator.visible(count: 10, height: 3) == 7..<10)
    }

    @Test func pagesMoveByTheWindowsHeight() {
        var navigator = ListNavigator()
        press(&navigator, "<pgdn>", count: 10, height: 3)
        #expect(navigator.selected == 3 && navigator.offset == 1)
        press(&navigator, "<pgdn><pgdn>", count: 10, height: 3)
        #expect(navigator.selected == 9 && navigator.offset == 7)
        press(&navigator, "<pgup>", count: 10, height: 3)
        #expect(navigator.selected == 6 && navigator.offset == 6)
        press(&navigator, "<home>", count: 10, height: 3)
        #expect(navigator.selected == 0 && navigator.offset == 0)
        // A window of no rows still pages by one.
        press(&navigator, "<pgdn>", count: 10, height: 0)
        #expect(navigator.selected == 1)
    }

    @Test func otherKeysAreNotUsed() {
        var navigator = ListNavigator(selected: 2)
        #expect(press(&navigator, "<enter><tab><left><right>j<ctrl-s><f2><esc>", count: 10, height: 3).allSatisfy { !$0 })
        #expect(navigator == ListNavigator(selected: 2))
    }

    @Test func selectScrollsTheRowIntoView() {
        var navigator = ListNavigator()
        navigator.select(6, count: 10, height: 4)
        #expect(navigator.selected == 6 && navigator.offset == 3)
        navigator.select(1, count: 10, height: 4)
        #expect(navigator.selected == 1 && navigator.offset == 1)
        navigator.select(42, count: 10, height: 4)
        #expect(navigator.selected == 9 && navigator.offset == 6)
        navigator.select(-3, count: 10, height: 4)
        #expect(navigator.selected == 0 && navigator.offset == 0)
        #expect(ListNavigator(selected: -1).selected == 0)
    }

    @Test func clampAfterResizeAndAfterTheListShrank() {
        var navigator = ListNavigator()
        navigator.select(9, count: 10, height: 3)
        #expect(navigator.offset == 7)
        // The window grows: rows before come into view rather than blank rows after.
        navigator.clamp(count: 10, height: 8)
        #expect(navigator.selected == 9 && navigator.offset == 2)
        #expect(navigator.visible(count: 10, height: 8) == 2..<10)
        // The list shrinks under the selection.
        navigator.clamp(count: 4, height: 8)
        #expect(navigator.selected == 3 && navigator.offset == 0)
        // The window shrinks to one row.
        navigator.clamp(count: 4, height: 1)
        #expect(navigator.selected == 3 && navigator.offset == 3)
        #expect(navigator.visible(count: 4, height: 1) == 3..<4)
        // The list empties.
        navigator.clamp(count: 0, height: 1)
        #expect(navigator.selected == 0 && navigator.offset == 0)
    }

    @Test func visibleClampsWithoutBeingToldToAndNeverMutates() {
        var navigator = ListNavigator()
        navigator.select(9, count: 10, height: 3)
        let before = navigator
        #expect(navigator.visible(count: 5, height: 3) == 2..<5)
        #expect(navigator.visible(count: 10, height: 0) == 0..<0)
        #expect(navigator.visible(count: 2, height: 3) == 0..<2)
        #expect(navigator == before)
    }
}
