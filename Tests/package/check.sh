#!/bin/sh
# Tests/package/check.sh [neuvo_….deb] — `make deb-check`: unpacks the package into a scratch root (dpkg -x, no
# root needed, nothing installed on this machine) and runs neuvo, its manual and its completions from there.
# Prints one line per check; exits 1 at the first that fails.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
deb=${1:-$(ls -t "$repo"/.build/neuvo_*.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "deb-check: no package: run make deb first" >&2; exit 1; }
root=$(mktemp -d "${TMPDIR:-/tmp}/neuvo-deb-check.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM HUP
fail() { echo "deb-check: FAIL: $*" >&2; exit 1; }
ok() { echo "deb-check: ok: $*"; }

dpkg -x "$deb" "$root"
bin=$root/usr/bin/neuvo
[ -x "$bin" ] || fail "no usr/bin/neuvo in $deb"
# A clean environment: no NEUVO_DATA, so the binary must find usr/share/neuvo/data beside itself; a HOME of its own.
run() { env -i PATH=/usr/bin:/bin HOME="$root/home" LANG=C.UTF-8 "$@"; }

out=$(run "$bin" --help) || fail "neuvo --help exited $?"
echo "$out" | grep -q "USAGE: neuvo" || fail "neuvo --help printed no usage: $out"
ok "neuvo --help"

answers='{"client": {"C1": 4, "C2": 4, "C3": 4, "C4": 4}, "professional": {"P1": 4, "P2": 4, "P3": 4, "P4": 4, "P5": 4}}'
out=$(echo "$answers" | run "$bin" segment --answers - --lang en) || fail "neuvo segment exited $?: $out"
echo "$out" | grep -qi "segment" || fail "neuvo segment printed no segment: $out"
ok "neuvo segment --answers -"

# The packaged data folder, not the build tree's: spoil one of its files and neuvo must name that folder.
data=$root/usr/share/neuvo/data
cp "$data/instrument.json" "$root/instrument.json"
echo '{}' > "$data/instrument.json"
if out=$(echo "$answers" | run "$bin" segment --answers - 2>&1); then fail "neuvo ran on a spoilt data folder"; fi
echo "$out" | grep -qF -e "$data" -e "$root/usr/bin/../share/neuvo/data" || fail "neuvo did not read $data: $out"
mv "$root/instrument.json" "$data/instrument.json"
ok "neuvo reads usr/share/neuvo/data beside itself"

page=$root/usr/share/man/man1/neuvo.1.gz
[ -f "$page" ] || fail "no usr/share/man/man1/neuvo.1.gz"
text=$(MANPAGER=cat MANWIDTH=80 man -l "$page" 2>&1) || fail "man -l neuvo.1.gz: $text"
echo "$text" | grep -q "SCREENS AND KEYS" || fail "neuvo(1) has no SCREENS AND KEYS section"
echo "$text" | grep -q "Ctrl-C" || fail "neuvo(1)'s keys section lists no Ctrl-C"
echo "$text" | grep -q "segment" || fail "neuvo(1) does not name the segment subcommand"
ok "man -l neuvo.1.gz, with its SCREENS AND KEYS section"
for sub in segment import export report board; do
    [ -f "$root/usr/share/man/man1/neuvo.$sub.1.gz" ] || fail "no manual page neuvo.$sub.1.gz"
    MANPAGER=cat man -l "$root/usr/share/man/man1/neuvo.$sub.1.gz" >/dev/null 2>&1 || fail "man -l neuvo.$sub.1.gz"
done
ok "a manual page per subcommand ($(ls "$root/usr/share/man/man1" | wc -l) pages)"
# Every page: a NAME whatis can index (lexgrog, lintian's bad-whatis-entry) and no groff warning (as lintian runs it).
for page in "$root"/usr/share/man/man1/*.1.gz; do
    name=$(basename "$page" .1.gz)
    whatis=$(lexgrog "$page" 2>&1) || fail "lexgrog cannot read the NAME of $name: $whatis"
    echo "$whatis" | grep -qF "\"$name - " || fail "$name.1 names another page: $whatis"
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) || true
    [ -z "$warnings" ] || fail "groff warns on $name.1: $warnings"
done
ok "every page's NAME reads in lexgrog, and groff prints no warning"

for file in usr/share/bash-completion/completions/neuvo usr/share/zsh/vendor-completions/_neuvo \
    usr/share/fish/vendor_completions.d/neuvo.fish; do
    [ -s "$root/$file" ] || fail "no completion $file"
    grep -q "segment" "$root/$file" || fail "$file does not complete the segment subcommand"
done
bash -n "$root/usr/share/bash-completion/completions/neuvo" || fail "the bash completion is not valid bash"
head -n 1 "$root/usr/share/bash-completion/completions/neuvo" | grep -q '^#!' && fail "the bash completion, a sourced file, starts with #!"
ok "bash, zsh and fish completions"

for file in README.md copyright changelog.Debian.gz; do
    [ -s "$root/usr/share/doc/neuvo/$file" ] || fail "no usr/share/doc/neuvo/$file"
done
ok "README.md, copyright and changelog.Debian.gz"

# neuvo retention daily (CONTRACT §11): the service and its timer, installed and not enabled (no link, no script).
units=$root/usr/lib/systemd/system
for unit in neuvo-retention.service neuvo-retention.timer; do [ -s "$units/$unit" ] || fail "no $unit"; done
grep -qx 'ExecStart=/usr/bin/neuvo retention' "$units/neuvo-retention.service" || fail "the service does not run neuvo retention"
grep -qx 'User=neuvo' "$units/neuvo-retention.service" || fail "the service does not run as the login neuvo"
grep -q '^OnCalendar=\*-\*-\* ' "$units/neuvo-retention.timer" || fail "the timer does not run daily"
[ ! -d "$root/etc/systemd" ] || fail "the package enables a unit under etc/systemd"
dpkg-deb -I "$deb" | grep -Eq 'postinst|prerm|postrm' && fail "the package runs a maintainer script (a timer must stay disabled)"
MANPAGER=cat man -l "$root/usr/share/man/man1/neuvo.retention.1.gz" >/dev/null 2>&1 || fail "no manual page neuvo.retention.1.gz for the units"
ok "neuvo-retention.service and .timer, installed disabled"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libncursesw6 libsqlite3-0 libpq5; do
    echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib: $depends"
done
ok "Depends: $depends"
echo "deb-check: $deb passes"
