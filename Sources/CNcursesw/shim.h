#ifndef NEUVO_CNCURSESW_SHIM_H
#define NEUVO_CNCURSESW_SHIM_H

/// Wide-character ncurses: these must come before the header, or the
/// cchar_t/wchar_t API (needed for ä, ö, å and wide glyphs) is left out.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <wchar.h>

/// `stdscr` is a mutable C global: Swift 6 strict concurrency refuses to read it directly.
static inline WINDOW *neuvo_stdscr(void) { return stdscr; }

/// `LINES` and `COLS` are mutable C globals, updated by ncurses on resize.
static inline int neuvo_lines(void) { return LINES; }
static inline int neuvo_cols(void) { return COLS; }

/// `COLOR_PAIR` is a macro, which Swift cannot call.
static inline int neuvo_color_pair(int n) { return COLOR_PAIR(n); }

/// `getmaxyx` is a macro that assigns to its arguments.
static inline void neuvo_getmaxyx(WINDOW *w, int *rows, int *cols) {
    int y, x;
    getmaxyx(w, y, x);
    *rows = y;
    *cols = x;
}

/// `KEY_RESIZE` and the function-key codes are macros over integer constants.
static inline int neuvo_key_resize(void) { return KEY_RESIZE; }

/// `ERR` is a macro; `get_wch` returns it when no key is waiting.
static inline int neuvo_err(void) { return ERR; }

/// `KEY_F(n)` is a function-like macro.
static inline int neuvo_key_f(int n) { return KEY_F(n); }

/// The attributes are built by the `NCURSES_BITS` macro, which Swift cannot expand.
static inline attr_t neuvo_a_bold(void) { return A_BOLD; }
static inline attr_t neuvo_a_reverse(void) { return A_REVERSE; }
static inline attr_t neuvo_a_dim(void) { return A_DIM; }
static inline attr_t neuvo_a_underline(void) { return A_UNDERLINE; }
static inline attr_t neuvo_a_normal(void) { return A_NORMAL; }

#endif
