#!/usr/bin/env bash
# What one screen session of neuvo costs on PostgreSQL (README "Many sessions on one server"): the connections each
# holds, and the memory of its server process and of the neuvo client, read from /proc/PID/smaps_rollup — while Today
# is open, and after a save; then the same over NEUVO_SESSIONS sessions open at once (each saving one contact), as the
# growth of the whole cluster's memory per session. Prints figures, asserts nothing.
#
# Run inside a throwaway cluster:  Tests/postgres/cluster.sh run -- Tests/postgres/session-cost.sh  (make bench-sessions)
# NEUVO_BIN: the binary measured (default .build/release/neuvo, else .build/debug/neuvo); NEUVO_SESSIONS (default 20).
#
# RSS counts every page a process has in memory, shared ones (the server's shared buffers, the program's code) in full;
# PSS splits each shared page among the processes sharing it, so PSS summed over processes is what they take together;
# USS (Private_Clean + Private_Dirty) is what would be freed if the process ended.
set -euo pipefail

host=${NEUVO_TEST_PGHOST:?run this inside Tests/postgres/cluster.sh run --}
superuser=${NEUVO_TEST_PGUSER:-postgres}
sessions=${NEUVO_SESSIONS:-20}
bin=${NEUVO_BIN:-}
if [[ -z "$bin" ]]; then
    bin=.build/release/neuvo
    [[ -x "$bin" ]] || bin=.build/debug/neuvo
fi
[[ -x "$bin" ]] || { echo "session-cost.sh: no neuvo binary at $bin: build it first" >&2; exit 1; }
bin=$(cd "$(dirname "$bin")" && pwd -P)/$(basename "$bin")
command -v tmux >/dev/null || { echo "session-cost.sh: tmux is missing (make deps)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/neuvo-cost.XXXXXX")
tmux_socket="neuvo-cost-$$"
cleanup() {
    tmux -L "$tmux_socket" kill-server 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

sql() { psql -X -At -v ON_ERROR_STOP=1 -h "$host" -U "$superuser" -d "${database:-postgres}" -c "$1"; }
uri() { echo "postgresql:///neuvo_cost?host=$host&user=$1"; }

# smaps_rollup's field (kB) for a process; 0 when it has gone.
field() { awk -v f="$2:" '$1 == f { print $2; found = 1 } END { if (!found) print 0 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
uss() { echo $(($(field "$1" Private_Clean) + $(field "$1" Private_Dirty))); }
# "RSS / PSS / USS" of a process, in MiB with one decimal.
memory() { awk -v r="$(field "$1" Rss)" -v p="$(field "$1" Pss)" -v u="$(uss "$1")" 'BEGIN { printf "RSS %6.1f MiB  PSS %5.1f MiB  USS %5.1f MiB", r / 1024, p / 1024, u / 1024 }'; }

postmaster=$(head -n 1 "$host/data/postmaster.pid")
# PSS (kB) of the whole cluster: the postmaster and every process it started.
cluster_pss() {
    local total pid
    total=$(field "$postmaster" Pss)
    for pid in $(ps -o pid= --ppid "$postmaster"); do total=$((total + $(field "$pid" Pss))); done
    echo "$total"
}

# The database, its owner and NEUVO_SESSIONS advisors at Järvenpää, as a region sets them up.
sql "CREATE ROLE neuvo_cost_owner LOGIN CREATEROLE" >/dev/null
sql "CREATE DATABASE neuvo_cost OWNER neuvo_cost_owner TEMPLATE template0" >/dev/null
sql "DO \$\$ BEGIN FOR i IN 1..$sessions LOOP EXECUTE format('CREATE ROLE %I LOGIN', 'cost' || i); END LOOP; END \$\$" >/dev/null
export HOME="$work" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8
"$bin" init --db "$(uri neuvo_cost_owner)" >/dev/null
for i in $(seq 1 "$sessions"); do
    "$bin" roles --db "$(uri neuvo_cost_owner)" --set "cost$i=advisor" --point jarvenpaa-library >/dev/null
done

tmux -L "$tmux_socket" -f /dev/null new-session -d -s cost -x 100 -y 30
# Waits (at most 30 s) until window $1 shows $2.
wait_for() {
    local deadline=$((SECONDS + 30))
    until tmux -L "$tmux_socket" capture-pane -p -t "cost:$1" | grep -q "$2"; do
        ((SECONDS < deadline)) || { echo "session-cost.sh: window $1 never showed '$2':" >&2; tmux -L "$tmux_socket" capture-pane -p -t "cost:$1" >&2; exit 1; }
        sleep 0.1
    done
}
# Opens the screens of advisor cost$1 in window $1, on Today.
open_session() {
    tmux -L "$tmux_socket" new-window -d -t "cost:$1" \
        "exec env TERM=xterm-256color NEUVO_NOW=2026-11-23T10:00:00+02:00 $bin --db '$(uri "cost$1")' --lang fi"
    wait_for "$1" "Järvenpään pääkirjasto"
}
# Saves one walk-in contact from window $1's form, and waits for Today to say it was saved.
save_contact() {
    tmux -L "$tmux_socket" send-keys -t "cost:$1" n 1 1 Enter 1 1 Enter F2
    wait_for "$1" "tallennettu\."
}
backends_of() { database=neuvo_cost sql "SELECT pid FROM pg_stat_activity WHERE usename = 'cost$1' ORDER BY pid"; }

before=$(cluster_pss)
open_session 1
client=$(tmux -L "$tmux_socket" display-message -p -t cost:1 '#{pane_pid}')
mapfile -t backends < <(backends_of 1)
echo "neuvo session cost on PostgreSQL $(sql 'SHOW server_version'), binary $bin"
echo "  max_connections $(sql 'SHOW max_connections'), shared_buffers $(sql 'SHOW shared_buffers'), work_mem $(sql 'SHOW work_mem')"
echo
echo "One screen session (an advisor on Today):"
echo "  connections held: ${#backends[@]} (LISTEN shares the session's one connection)"
for pid in "${backends[@]}"; do echo "  server process $pid, Today open:   $(memory "$pid")"; done
echo "  neuvo client $client, Today open:     $(memory "$client")"
save_contact 1
for pid in "${backends[@]}"; do echo "  server process $pid, after a save:  $(memory "$pid")"; done
echo "  neuvo client $client, after a save:   $(memory "$client")"
echo "  connections held after the save: $(backends_of 1 | wc -l)"

for i in $(seq 2 "$sessions"); do
    open_session "$i"
    save_contact "$i"
done
after=$(cluster_pss)
connections=$(database=neuvo_cost sql "SELECT count(*) FROM pg_stat_activity WHERE usename LIKE 'cost%'")
clients=0 client_uss=0 server_uss=0 server_rss=0
for i in $(seq 1 "$sessions"); do
    pid=$(tmux -L "$tmux_socket" display-message -p -t "cost:$i" '#{pane_pid}')
    clients=$((clients + $(field "$pid" Pss)))
    client_uss=$((client_uss + $(uss "$pid")))
done
for pid in $(database=neuvo_cost sql "SELECT pid FROM pg_stat_activity WHERE usename LIKE 'cost%'"); do
    server_uss=$((server_uss + $(uss "$pid")))
    server_rss=$((server_rss + $(field "$pid" Rss)))
done
echo
echo "$sessions sessions open at once, each after a save:"
echo "  connections: $connections ($(awk -v c="$connections" -v s="$sessions" 'BEGIN { printf "%.2f", c / s }') per session)"
awk -v b="$before" -v a="$after" -v s="$sessions" -v c="$clients" 'BEGIN {
    printf "  the cluster'\''s PSS grew %.1f MiB: %.1f MiB per session on the server\n", (a - b) / 1024, (a - b) / 1024 / s
    printf "  the clients'\'' PSS: %.1f MiB in all, %.1f MiB per neuvo\n", c / 1024, c / 1024 / s
}'
awk -v su="$server_uss" -v sr="$server_rss" -v cu="$client_uss" -v s="$sessions" 'BEGIN {
    printf "  a server process on average: RSS %.1f MiB, USS %.1f MiB; a neuvo client: USS %.1f MiB\n", sr / 1024 / s, su / 1024 / s, cu / 1024 / s
}'
