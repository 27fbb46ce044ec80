#!/bin/sh
# Runs a test command (`swift test …`) with its output shown as it comes and kept, then fails when the command failed
# or when any test was skipped, naming each skipped one: a skipped test proves nothing, and `make test` must say so.
#
#   Tests/no-skips.sh swift test [ARGUMENTS...]
#
# Skips as the two frameworks print them:
#   Swift Testing:  ➜ Test name() skipped: "reason"      ➜ Suite Name skipped: "reason"
#   XCTest:         Test Case 'Class.test' skipped (0.001 seconds)
set -u
[ $# -gt 0 ] || { echo "usage: Tests/no-skips.sh COMMAND [ARGUMENTS...]" >&2; exit 2; }
log=$(mktemp "${TMPDIR:-/tmp}/neuvo-test-output.XXXXXX") || exit 1
status_file=$log.status
trap 'rm -f "$log" "$status_file"' EXIT
# The command's status through the pipe (sh has no pipefail).
{ "$@" 2>&1; echo $? >"$status_file"; } | tee "$log"
status=$(cat "$status_file" 2>/dev/null || echo 1)
skipped=$(grep -E "^[^ ]+ (Test|Suite) .+ skipped(: .*)?\$|^Test Case '.+' skipped" "$log")
if [ -n "$skipped" ]; then
    echo "" >&2
    echo "no-skips: $(printf '%s\n' "$skipped" | wc -l) skipped — a skipped test proves nothing; make it run:" >&2
    printf '%s\n' "$skipped" | sed 's/^/  /' >&2
    [ "$status" -ne 0 ] || status=1
fi
exit "$status"
