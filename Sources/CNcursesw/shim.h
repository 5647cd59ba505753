#ifndef WIJK_CNCURSESW_SHIM_H
#define WIJK_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags from ncursesw.pc; without these the wide API
   (get_wch, add_wch, cchar_t) is not declared. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* Macros and globals Swift cannot import directly. */
static inline int wijk_attr_bold(void) { return (int)A_BOLD; }
static inline int wijk_attr_reverse(void) { return (int)A_REVERSE; }
static inline int wijk_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int wijk_attr_dim(void) { return (int)A_DIM; }
static inline int wijk_attr_standout(void) { return (int)A_STANDOUT; }
static inline int wijk_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int wijk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int wijk_lines(void) { return LINES; }
static inline int wijk_cols(void) { return COLS; }
static inline int wijk_colors(void) { return COLORS; }
static inline WINDOW *wijk_stdscr(void) { return stdscr; }

/* Draws one grapheme (a base character plus up to four combining marks) at
   (y, x) with the given attributes and colour pair. */
static inline int wijk_put(int y, int x, const wchar_t *wch, int attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/* Reads one key; returns OK for a character, KEY_CODE_YES for a function
   key, ERR on timeout. */
static inline int wijk_get_key(wint_t *out) { return get_wch(out); }

#endif
