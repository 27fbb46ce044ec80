#ifndef NEUVO_CNCURSESW_SHIM_H
#define NEUVO_CNCURSESW_SHIM_H

/// Wide-character ncurses: these must come before the header, or the
/// cchar_t/wchar_t API (needed for ä, ö, å and wide glyphs) is left out.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <wchar.h>
#include <fcntl.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

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

/// What the process does on SIGINT, SIGTERM, SIGHUP and SIGQUIT: give the terminal back (`endwin`), remove the
/// directory named by `neuvo_remove_on_signal` (a demo's throwaway database), and end with 128 + the signal. All of it
/// runs in the signal handler, so it keeps to system calls: no allocation, no locks, no Swift.
/// The directory those signals remove (empty: none). A static inside a function: a header's global static is not
/// emitted into the Swift module that uses it.
static inline char *neuvo_signal_directory(void) {
    static char directory[4096];
    return directory;
}

struct neuvo_dirent64 {
    unsigned long long d_ino;
    long long d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

/// Removes what `directory` holds (subdirectories `depth` deep), then leaves the directory itself to the caller.
/// Only system calls: safe in a signal handler.
static inline void neuvo_remove_contents(int directory, int depth) {
    char buffer[2048];
    int removed;
    do {
        removed = 0;
        lseek(directory, 0, SEEK_SET);
        long count;
        while ((count = syscall(SYS_getdents64, directory, buffer, sizeof buffer)) > 0) {
            for (long offset = 0; offset < count;) {
                struct neuvo_dirent64 *entry = (struct neuvo_dirent64 *)(buffer + offset);
                offset += entry->d_reclen;
                const char *name = entry->d_name;
                if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
                if (unlinkat(directory, name, 0) == 0) { removed = 1; continue; }
                if (depth > 0) {
                    int child = openat(directory, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                    if (child >= 0) {
                        neuvo_remove_contents(child, depth - 1);
                        close(child);
                    }
                    if (unlinkat(directory, name, AT_REMOVEDIR) == 0) removed = 1;
                }
            }
        }
    } while (removed);
}

/// Removes `path` and what it holds; safe in a signal handler.
static inline void neuvo_remove_directory(const char *path) {
    int directory = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (directory < 0) return;
    neuvo_remove_contents(directory, 4);
    close(directory);
    rmdir(path);
}

/// Turns off what the app turned on beyond ncurses (mouse reporting, bracketed paste), as `NcursesTerminal.stop` does.
static inline void neuvo_modes_off(void) {
    static const char off[] = "\033[?1006l\033[?1002l\033[?1000l\033[?2004l";
    ssize_t written = write(STDOUT_FILENO, off, sizeof off - 1);
    (void)written;
}

static inline void neuvo_on_exit_signal(int number) {
    neuvo_modes_off();
    endwin();
    char *directory = neuvo_signal_directory();
    if (directory[0] != 0) neuvo_remove_directory(directory);
    _exit(128 + number);
}

/// Installs the handler for SIGINT, SIGTERM, SIGHUP and SIGQUIT, and lets them (and SIGWINCH) through: a launcher
/// may hand over a blocked signal mask.
static inline void neuvo_install_exit_handlers(void) {
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    sigset_t wanted;
    sigemptyset(&wanted);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = neuvo_on_exit_signal;
        sigemptyset(&action.sa_mask);
        for (unsigned j = 0; j < sizeof signals / sizeof signals[0]; j++) sigaddset(&action.sa_mask, signals[j]);
        sigaction(signals[i], &action, NULL);
        sigaddset(&wanted, signals[i]);
    }
    sigaddset(&wanted, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
}

/// From now on those signals also remove `path` (NULL: nothing), and the handlers are installed.
static inline void neuvo_remove_on_signal(const char *path) {
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &previous);
    char *directory = neuvo_signal_directory();
    if (path == NULL || strlen(path) >= 4096) {
        directory[0] = 0;
    } else {
        strcpy(directory, path);
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    neuvo_install_exit_handlers();
}

#include <ncursesw/term.h>

/// The terminal's capabilities before `initscr`: 0 when it can move the cursor, 1 when TERM names no terminal
/// known here, 2 when there is no terminfo database, 3 when it cannot move the cursor (no `cup`: TERM=dumb).
static inline int neuvo_terminal_capability(void) {
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) != OK) return error == -1 ? 2 : 1;
    char *cup = tigetstr("cup");
    int canMove = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return canMove ? 0 : 3;
}

/// A string capability of the terminal (after `initscr`), NULL when it has none.
static inline const char *neuvo_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return value == NULL || value == (char *)-1 ? NULL : value;
}

/// The locale's character set (`nl_langinfo(CODESET)`), after `setlocale`.
static inline const char *neuvo_codeset(void) { return nl_langinfo(CODESET); }

#endif
