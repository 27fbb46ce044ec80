#!/usr/bin/env bash
# Regenerates the upgrade fixtures (Tests/Fixtures/upgrades/vN/) from the schema-vN tags: for each version, that
# version's source is unpacked into ONE scratch directory (its .build reused, so each build after the first is
# incremental), its neuvo is built, and with THAT binary a SQLite database is made from its own demo-data (imported as a
# user would) and its reports are saved beside it as JSON.
#
#   Tests/Fixtures/upgrades/make.sh [SCRATCH_DIR] [N…]     (default scratch: /tmp/neuvo-upgrades, every tagged version)
#
# What each fixture holds: neuvo.sqlite (closed, no -wal), pseudonym.key (the key it was made with), contacts.csv's
# counts in made.txt, and report-FROM-TO[-POINT].json for a few periods and points. The test
# (Tests/neuvoTests/UpgradeTests.swift) opens a copy with today's neuvo and compares.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
scratch=${1:-/tmp/neuvo-upgrades}
shift || true
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(1 2 3 4 5 6 7 9 10 11 18)  # no schema-v8: see DECISIONS.md

mkdir -p "$scratch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in "${versions[@]}"; do
    tag="schema-v$n"
    git -C "$repo" rev-parse -q --verify "refs/tags/$tag" >/dev/null || { echo "make.sh: no tag $tag" >&2; exit 1; }
    echo "== $tag ($(git -C "$repo" rev-parse --short "$tag^{commit}"))"
    # The version's tree in place of the last one's, keeping .build.
    commit=$(git -C "$repo" rev-parse "$tag^{commit}")
    if [ "$(cat "$scratch/.commit" 2>/dev/null)" != "$commit" ]; then
        find "$scratch" -mindepth 1 -maxdepth 1 ! -name .build -exec rm -rf {} +
        git -C "$repo" archive "$tag" | tar -x -C "$scratch"
        echo "$commit" >"$scratch/.commit"
    fi
    (cd "$scratch" && nice -n 19 swift build --product neuvo >"$work/build.log" 2>&1) || { tail -30 "$work/build.log" >&2; exit 1; }
    bin="$scratch/.build/debug/neuvo"

    out="$repo/Tests/Fixtures/upgrades/v$n"
    rm -rf "$out"
    mkdir -p "$out"
    db="$out/neuvo.sqlite"
    run() { env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 NEUVO_DATA="$scratch/data" NEUVO_NOW=2026-11-23T10:00:00+02:00 "$bin" "$@"; }

    # A few hundred contacts over twelve days at three points; returning clients come with the demo's identity codes.
    run demo-data --seed 21 --days 12 --points 3 >"$work/contacts.csv"
    run import "$work/contacts.csv" --db "$db" --lang en >/dev/null
    kinds=""
    help=$(run demo-data --help 2>&1 || true)
    if [[ "$help" == *--kind* ]]; then
        for kind in feedback mood staffing; do
            run demo-data --kind "$kind" --seed 21 --days 12 --points 3 >"$work/$kind.csv"
            run import "$work/$kind.csv" --kind "$kind" --db "$db" --lang en >/dev/null
            kinds="$kinds $kind:$(($(wc -l <"$work/$kind.csv") - 1))"
        done
    fi

    # Handoffs (v9 on): two sent, listed as the file's user sees them (on SQLite with their details).
    handoffs() {  # $1: the database; writes $2
        run handoff send - --db "$1" --lang en >/dev/null <<'EOF2'
{"point": "jarvenpaa-library", "service": "adult-social-work", "name": "Testi Asiakas", "phone": "+358 40 123 4567", "consent": true, "urgency": "urgent", "language": "sv", "note": "Asuntoasia"}
EOF2
        run handoff send - --db "$1" --lang en >/dev/null <<'EOF2'
{"point": "kerava-service-centre", "service": "adult-social-work", "name": "Toinen Asiakas", "phone": "040 765 4321", "consent": true}
EOF2
        run handoffs --format json --db "$1" --lang en >"$2"
    }
    if run handoff send --help >/dev/null 2>&1; then handoffs "$db" "$out/handoffs.json"; fi

    # The periods: the whole, its first half, its last day; all points and each of the first two.
    read -r first last points < <(python3 - "$work/contacts.csv" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
days = sorted({r["occurred_at"][:10] for r in rows})
points = sorted({r["point"] for r in rows})
print(days[0], days[-1], ",".join(points[:2]))
EOF
)
    middle=$(python3 -c "import datetime as d,sys; a=d.date.fromisoformat('$first'); b=d.date.fromisoformat('$last'); print(a + (b - a) / 2)")
    for period in "$first $last" "$first $middle" "$last $last"; do
        set -- $period
        run report --from "$1" --to "$2" --format json --db "$db" >"$out/report-$1-$2.json"
        for point in ${points//,/ }; do
            run report --from "$1" --to "$2" --point "$point" --format json --db "$db" >"$out/report-$1-$2-$point.json"
        done
    done
    [ ! -e "$db-wal" ] || { echo "make.sh: $db-wal left behind" >&2; exit 1; }

    # The key the database's pseudonyms were made with; an early version whose import takes client_ref as given (the
    # key only for codes typed on the screens) made none.
    [ -s "$out/pseudonym.key" ] && key="pseudonym.key beside it" || key="no pseudonym key (the import takes client_ref as given)"
    {
        echo "schema-v$n $(git -C "$repo" rev-parse "$tag^{commit}")"
        echo "contacts: $(($(wc -l <"$work/contacts.csv") - 1))$kinds"
        echo "days: $first to $last; points: $points; $key"
        echo "migrations: $(sqlite3 "$db" "SELECT group_concat(identifier, '; ') FROM grdb_migrations")"
    } >"$out/made.txt"

    # PostgreSQL (v3–v6, the versions with `neuvo init` before v7's roles, and v18): the same contacts and records through
    # that version's neuvo into a throwaway cluster, its reports, and a plain pg_dump; roles.sql holds the group roles
    # the dump grants to.
    if [ "$n" -ge 3 ] && { [ "$n" -le 6 ] || [ "$n" -ge 18 ]; }; then
        pg=$(mktemp -d /tmp/neuvo-upgrade-pg.XXXXXX)  # where the server's OS user can reach
        "$repo/Tests/postgres/cluster.sh" start "$pg" >/dev/null
        bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
        "$bindir/psql" -X -q -h "$pg" -U postgres -c "CREATE DATABASE neuvo_upgrade TEMPLATE template0" postgres
        uri="postgresql:///neuvo_upgrade?host=$pg&user=postgres"
        mkdir -p "$out/postgres"
        run init --db "$uri" --lang en >/dev/null
        run import "$work/contacts.csv" --db "$uri" --lang en >/dev/null
        for kind in $kinds; do
            run import "$work/${kind%%:*}.csv" --kind "${kind%%:*}" --db "$uri" --lang en >/dev/null
        done
        if [ -e "$out/handoffs.json" ]; then handoffs "$uri" "$out/postgres/handoffs.json"; fi
        for period in "$first $last" "$first $middle" "$last $last"; do
            set -- $period
            run report --from "$1" --to "$2" --format json --db "$uri" >"$out/postgres/report-$1-$2.json"
            for point in ${points//,/ }; do
                run report --from "$1" --to "$2" --point "$point" --format json --db "$uri" >"$out/postgres/report-$1-$2-$point.json"
            done
        done
        "$bindir/pg_dump" -h "$pg" -U postgres --format=plain neuvo_upgrade >"$out/postgres/dump.sql"
        "$bindir/pg_dumpall" -h "$pg" -U postgres --roles-only | grep -E '^(CREATE|ALTER) ROLE neuvo_' >"$out/postgres/roles.sql" || true
        "$repo/Tests/postgres/cluster.sh" stop "$pg" >/dev/null
        echo "postgres: $(grep -c . "$out/postgres/roles.sql") role lines, dump $(wc -c <"$out/postgres/dump.sql") bytes" >>"$out/made.txt"
    fi
    cat "$out/made.txt"
done
