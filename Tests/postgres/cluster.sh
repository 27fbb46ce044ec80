#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: its own directory, a Unix socket only, no durability.
# It never touches the system service (no port, no /var/run/postgresql, no systemctl).
# With NEUVO_PG_DURABLE=1 the server keeps PostgreSQL's durable defaults (fsync, synchronous_commit,
# full_page_writes on), so that a commit waits for the disk as on a real server: for `make bench`.
# NEUVO_PG_SETTINGS='max_connections = 6; superuser_reserved_connections = 2' adds server settings after the test
# cluster's own (so they win): `;` or a newline between them.
#
#   cluster.sh start DIR        initdb + start a cluster in DIR (socket in DIR, data in DIR/data)
#   cluster.sh stop DIR         stop it, and any test cluster in a subdirectory, and remove DIR
#   cluster.sh restart DIR      restart it (fault tests)
#   cluster.sh run -- CMD ARGS  start one in a fresh temporary directory, run CMD with
#                               NEUVO_TEST_PGHOST and NEUVO_TEST_PGUSER set, then always stop it;
#                               exits with CMD's status
#   cluster.sh watch PID DIR    stop the cluster in DIR once process PID has gone (run starts one)
#
# initdb refuses to run as root, so as root the server runs as the `postgres` OS user (it exists once
# Debian's postgresql package is installed) in a directory chowned to it; otherwise as the current user.
# The binaries are the newest /usr/lib/postgresql/*/bin, or $NEUVO_PG_BINDIR, or pg_ctl on PATH.
set -euo pipefail

readonly SUPERUSER=postgres
readonly MARKER=neuvo-test-cluster

die() {
    echo "cluster.sh: $*" >&2
    exit 1
}

bindir() {
    if [[ -n "${NEUVO_PG_BINDIR:-}" ]]; then
        echo "$NEUVO_PG_BINDIR"
        return
    fi
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$newest" && -x "$newest/pg_ctl" ]]; then
        echo "$newest"
    elif command -v pg_ctl >/dev/null; then
        dirname "$(command -v pg_ctl)"
    else
        die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin): apt-get install postgresql"
    fi
}

is_root() { [[ "$(id -u)" == 0 ]]; }

# Runs a PostgreSQL program as the cluster's owner, from inside the cluster directory (the postgres user
# may not be allowed into the caller's working directory, such as /root).
as_owner() {
    local dir=$1
    shift
    if is_root; then
        (cd "$dir" && runuser -u "$SUPERUSER" -- "$@")
    else
        (cd "$dir" && "$@")
    fi
}

# An absolute, symlink-free path: the socket directory is written into the server's configuration.
absolute() { (cd "$1" && pwd -P); }

start() {
    local dir=$1 bin
    bin=$(bindir)
    mkdir -p "$dir"
    dir=$(absolute "$dir")
    [[ -e "$dir/data" ]] && die "$dir already holds a cluster"
    # Written first, so that stop removes the directory even after a half-finished start, and only then.
    touch "$dir/$MARKER"
    # The test processes (root, and other OS users tests run as) must reach the socket; the data
    # directory itself stays private (initdb makes it 0700).
    chmod 0755 "$dir"
    if is_root; then
        id "$SUPERUSER" >/dev/null 2>&1 || die "running as root needs the '$SUPERUSER' OS user (apt-get install postgresql)"
        chown "$SUPERUSER:" "$dir"
        runuser -u "$SUPERUSER" -- test -w "$dir" ||
            die "the '$SUPERUSER' OS user cannot write to $dir: set TMPDIR to a directory it can reach (such as /tmp)"
    fi
    # The socket path (DIR/.s.PGSQL.5432) must fit in sun_path.
    ((${#dir} <= 90)) || die "$dir is too long for a Unix socket path: set TMPDIR to a shorter directory"

    # C.UTF-8 gives UTF-8 character classes (lower('Ä') = 'ä') with bytewise, stable collation.
    local locale=(--no-locale)
    if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale=(--locale=C.UTF-8); fi
    if ! as_owner "$dir" "$bin/initdb" -D "$dir/data" -U "$SUPERUSER" --auth=trust --encoding=UTF8 "${locale[@]}" \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        die "initdb failed in $dir"
    fi
    # Appending keeps the file's owner. Durability is off, the cluster being thrown away after the run,
    # unless NEUVO_PG_DURABLE=1 (the bench: a commit is on disk before it returns).
    local durability="fsync = off
synchronous_commit = off
full_page_writes = off"
    [[ "${NEUVO_PG_DURABLE:-}" == 1 ]] && durability="# durable: fsync, synchronous_commit, full_page_writes as PostgreSQL's defaults"
    cat >>"$dir/data/postgresql.conf" <<EOF

# neuvo test cluster
listen_addresses = ''
unix_socket_directories = '$dir'
unix_socket_permissions = 0777
$durability
max_connections = 300
shared_buffers = 32MB
logging_collector = off
log_min_messages = warning
log_line_prefix = '%m [%p] %q%u@%d '
EOF
    if [[ -n "${NEUVO_PG_SETTINGS:-}" ]]; then
        printf '# NEUVO_PG_SETTINGS\n%s\n' "${NEUVO_PG_SETTINGS//;/$'\n'}" >>"$dir/data/postgresql.conf"
    fi
    # NEUVO_PG_PEER=1: peer authentication, as on a server advisors SSH into (each OS user logs in as the role of
    # their name); the user running the tests may also log in as the superuser and as neuvo_owner.
    if [[ "${NEUVO_PG_PEER:-}" == 1 ]]; then
        local me
        me=$(id -un)
        printf 'local all all peer map=neuvo\n' >"$dir/data/pg_hba.conf"
        printf 'neuvo %s %s\nneuvo %s neuvo_owner\nneuvo /^(.*)$ \\1\n' "$me" "$SUPERUSER" "$me" >"$dir/data/pg_ident.conf"
    fi
    # -l sends the server's output to a file, so it holds no descriptor of whoever started this script.
    if ! as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >"$dir/pg_ctl.log" 2>&1; then
        cat "$dir/pg_ctl.log" "$dir/postgres.log" >&2 2>/dev/null || true
        die "the server did not start in $dir"
    fi
}

stop() {
    local dir=$1 bin
    [[ -d "$dir" ]] || return 0
    dir=$(absolute "$dir")
    [[ -e "$dir/$MARKER" ]] || die "$dir is not a test cluster directory: not removing it"
    # Private clusters that tests started inside this one (PostgresCluster.start() under `run`), left
    # running when the test process was killed.
    local nested
    for nested in "$dir"/*/"$MARKER"; do
        [[ -e "$nested" ]] && stop "$(dirname "$nested")"
    done
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        bin=$(bindir)
        if ! as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >>"$dir/pg_ctl.log" 2>&1; then
            as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >>"$dir/pg_ctl.log" 2>&1 || {
                # Last resort: the postmaster's pid is the first line of postmaster.pid.
                local pid
                pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
                [[ "$pid" =~ ^[0-9]+$ ]] && kill -KILL "$pid" 2>/dev/null || true
            }
        fi
    fi
    rm -rf "$dir"
}

# The server stopped with its data kept (a fault test's outage), and started again.
halt() {
    local dir bin
    bin=$(bindir)
    dir=$(absolute "$1")
    [[ -e "$dir/$MARKER" ]] || die "$dir is not a test cluster directory"
    as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >>"$dir/pg_ctl.log" 2>&1 || die "the server in $dir did not stop"
}

resume() {
    local dir bin
    bin=$(bindir)
    dir=$(absolute "$1")
    [[ -e "$dir/$MARKER" ]] || die "$dir is not a test cluster directory"
    as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >>"$dir/pg_ctl.log" 2>&1 ||
        die "the server in $dir did not start again"
}

restart() {
    local dir=$1 bin
    bin=$(bindir)
    dir=$(absolute "$dir")
    [[ -e "$dir/$MARKER" ]] || die "$dir is not a test cluster directory"
    if ! as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -m fast -w -t 60 restart >>"$dir/pg_ctl.log" 2>&1; then
        tail -n 20 "$dir/pg_ctl.log" "$dir/postgres.log" >&2 || true
        die "the server did not restart in $dir"
    fi
}

run() {
    [[ "${1:-}" == "--" ]] && shift
    (($# > 0)) || die "usage: cluster.sh run -- COMMAND [ARGUMENTS...]"
    local status
    # Globals: the traps read them.
    child=""
    signalled=""
    run_dir=$(mktemp -d "${TMPDIR:-/tmp}/neuvo-pg.XXXXXX")
    # Set before the start, so that a half-started cluster is stopped too.
    trap 'stop "$run_dir"' EXIT
    # A run killed outright (SIGKILL, or its session's whole process group killed) runs no trap: a watcher in a
    # session of its own stops the cluster once this script has gone, so that no server outlives its run.
    setsid -f "$(absolute "$(dirname "$0")")/$(basename "$0")" watch "$$" "$run_dir" </dev/null >/dev/null 2>&1
    trap 'pass_on INT 130' INT
    trap 'pass_on TERM 143' TERM
    trap 'pass_on HUP 129' HUP
    start "$run_dir"
    export NEUVO_TEST_PGHOST="$run_dir" NEUVO_TEST_PGUSER="$SUPERUSER"
    # The command runs as a job of its own (set -m: its own process group), so that a signal reaches all
    # of it — `sh -c`, swift test and the test binary that runs — and not only its first process; and in
    # the background, so that the traps run at once (bash defers them while a foreground command runs).
    # Its stdin is /dev/null: a background process group reading the terminal would be stopped.
    set -m
    "$@" </dev/null &
    child=$!
    set +m
    set +e
    while :; do
        wait "$child"
        status=$?
        kill -0 "$child" 2>/dev/null || break
    done
    set -e
    # The cluster is stopped by the EXIT trap, after the command has ended.
    exit "${signalled:-$status}"
}

watch() {
    local pid=$1 dir=$2
    while kill -0 "$pid" 2>/dev/null; do sleep 1; done
    stop "$dir"
}

# A signal for this script (Ctrl-C, make or CI stopping the run) goes on to the command's whole process
# group; a second one kills it. The script then exits 128 + the signal's number.
pass_on() {
    local signal=$1
    if [[ -n "$child" ]]; then
        if [[ -n "$signalled" ]]; then signal=KILL; fi
        kill -s "$signal" -- "-$child" 2>/dev/null || true
    fi
    signalled=$2
    # A signal before the command started: stop here (the EXIT trap stops the cluster).
    [[ -n "$child" ]] || exit "$2"
}

command=${1:-}
shift || true
case "$command" in
start | stop | restart | halt | resume)
    (($# == 1)) || die "usage: cluster.sh $command DIR"
    "$command" "$1"
    ;;
run) run "$@" ;;
watch)
    (($# == 2)) || die "usage: cluster.sh watch PID DIR"
    watch "$1" "$2"
    ;;
*) die "usage: cluster.sh start DIR | stop DIR | restart DIR | halt DIR | resume DIR | run -- COMMAND [ARGUMENTS...]" ;;
esac
