#!/usr/bin/env python3
"""Independent oracle for `neuvo report --format json` (CONTRACT §3-§5).

Generates contacts with `neuvo demo-data` (and one adversarial data set of its
own), imports them into a fresh temporary database, runs `neuvo report` over
several periods, for all points and per point, and compares every key listed
in CONTRACT §5 with a computation done here from the CSV rows, following the
contract text only (not the Swift code).

Python 3 standard library only.  Run from anywhere:

    python3 Tests/oracle/report_oracle.py          # builds into .build-oracle
    NEUVO_BIN=/path/to/neuvo python3 Tests/oracle/report_oracle.py

Prints one line per failed check and finally `oracle: N passed, M failed`;
exits 1 if any check failed, else 0.
"""

import csv
import datetime as dt
import decimal
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRATCH = REPO / ".build-oracle"
VOCABULARY = REPO / "data" / "vocabulary.json"
POINTS = REPO / "data" / "points.json"

# CONTRACT §4: the follow-up window is 14 x 24 hours (the default).
WINDOW = dt.timedelta(hours=14 * 24)

# Demo data sets: (seed, extra demo-data options).
DEMO_SETS = [(3, []), (11, ["--points", "4"]), (2024, [])]
DEMO_DAYS = 42

# CONTRACT §5: the keys `report --format json` has at least.
COUNT_KEYS = [
    "contacts", "referrals_internal", "referrals_external", "resolved", "verified",
    "with_client_ref", "repeats", "identified", "duration_min_total",
    "satisfaction_responses",
]
MAP_KEYS = [
    "by_channel", "by_reason", "by_topic", "by_referral", "by_age_group",
    "by_segment", "by_contact_by", "by_day",
    "by_hour",  # not in CONTRACT §5: neuvo's addition for the day browser
]
RATE_KEYS = ["resolved_rate", "verified_rate", "repeat_rate", "identified_rate"]
MEAN_KEYS = ["satisfaction_mean"]
ALL_KEYS = COUNT_KEYS + MAP_KEYS + RATE_KEYS + MEAN_KEYS

CSV_COLUMNS = {
    "occurred_at", "point", "channel", "topics", "resolved", "contact_by", "reason",
    "referrals", "identified", "age_group", "service_area", "duration_min", "segment",
    "client_ref", "satisfaction", "advisor",
}
REQUIRED_COLUMNS = {"occurred_at", "point", "channel", "topics", "resolved"}


class DataError(Exception):
    """The CSV given to the oracle does not follow CONTRACT §3."""


# --------------------------------------------------------------------------
# The contract's computation
# --------------------------------------------------------------------------

def load_vocabulary():
    with open(VOCABULARY, encoding="utf-8") as f:
        vocabulary = json.load(f)
    codes = {name: {entry["code"] for entry in entries} for name, entries in vocabulary.items()}
    kinds = {entry["code"]: entry["kind"] for entry in vocabulary["referral"]}
    return codes, kinds


def split_list(cell):
    cell = (cell or "").strip()
    if cell == "":
        return []
    return [part.strip() for part in cell.split(";")]


class Contact:
    __slots__ = ("line", "day", "hour", "instant", "point", "channel", "topics", "resolved", "contact_by",
                 "reason", "referrals", "identified", "age_group", "segment", "client_ref",
                 "satisfaction", "duration", "has_repeat")


def parse_contacts(text, codes):
    """CSV rows (CONTRACT §3) -> list of Contact. Raises DataError on a bad row."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = set(reader.fieldnames or [])
    unknown = header - CSV_COLUMNS
    missing = REQUIRED_COLUMNS - header
    if unknown or missing:
        raise DataError(f"header: unknown columns {sorted(unknown)}, missing {sorted(missing)}")
    contacts = []
    problems = []
    for line, row in enumerate(reader, start=2):
        def cell(name):
            return (row.get(name) or "").strip()

        def code(name, vocab, default=None):
            value = cell(name)
            if value == "":
                return default
            if value not in codes[vocab]:
                problems.append(f"{line}:{name}: unknown code {value!r}")
            return value

        def yes_no(name, default=None):
            value = cell(name)
            if value == "" and default is not None:
                return default
            if value not in ("yes", "no"):
                problems.append(f"{line}:{name}: {value!r} is not yes/no")
            return value == "yes"

        def integer(name, low, high):
            value = cell(name)
            if value == "":
                return None
            try:
                number = int(value)
            except ValueError:
                problems.append(f"{line}:{name}: {value!r} is not an integer")
                return None
            if not low <= number <= high:
                problems.append(f"{line}:{name}: {number} not in {low}-{high}")
            return number

        def code_list(name, vocab, required):
            values = split_list(cell(name))
            if required and not values:
                problems.append(f"{line}:{name}: empty")
            if len(set(values)) != len(values):
                problems.append(f"{line}:{name}: a code appears twice in {cell(name)!r}")
            for value in values:
                if value not in codes[vocab]:
                    problems.append(f"{line}:{name}: unknown code {value!r}")
            return values

        c = Contact()
        c.line = line
        written = cell("occurred_at")
        try:
            c.instant = dt.datetime.fromisoformat(written)
        except ValueError:
            problems.append(f"{line}:occurred_at: {written!r} is not ISO 8601")
            continue
        if c.instant.tzinfo is None:
            problems.append(f"{line}:occurred_at: {written!r} has no offset")
            continue
        c.day = written[:10]  # the date as written is the contact's day
        c.hour = written[11:13]  # and the hour as written its hour of day
        c.point = cell("point")
        c.channel = code("channel", "channel")
        c.topics = code_list("topics", "topic", required=True)
        c.resolved = yes_no("resolved")
        c.contact_by = code("contact_by", "contact_by", default="client")
        c.reason = code("reason", "reason")
        c.referrals = code_list("referrals", "referral", required=False)
        c.identified = yes_no("identified", default=False)
        c.age_group = code("age_group", "age_group", default="unknown")
        code("service_area", "service_area")
        c.segment = code("segment", "segment")
        c.client_ref = cell("client_ref") or None
        c.satisfaction = integer("satisfaction", 1, 5)
        c.duration = integer("duration_min", 1, 480)
        contacts.append(c)
    if problems:
        raise DataError("; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""))
    mark_repeats(contacts)
    return contacts


def mark_repeats(contacts):
    """CONTRACT §4: A has a repeat when some B with the same client_ref is strictly
    later by at most 14 x 24 h (aware instants) and shares at least one topic."""
    by_ref = {}
    for c in contacts:
        c.has_repeat = False
        if c.client_ref is not None:
            by_ref.setdefault(c.client_ref, []).append(c)
    for group in by_ref.values():
        for a in group:
            topics = set(a.topics)
            for b in group:
                gap = b.instant - a.instant
                if dt.timedelta(0) < gap <= WINDOW and topics & set(b.topics):
                    a.has_repeat = True
                    break


def rounded(numerator, denominator, places):
    """numerator / denominator rounded half away from zero (values are >= 0); None over 0."""
    if denominator == 0:
        return None
    with decimal.localcontext() as context:
        context.prec = 60
        value = Decimal(numerator) / Decimal(denominator)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def expected_report(contacts, kinds, first, last, point):
    chosen = [c for c in contacts
              if first <= c.day <= last and (point is None or c.point == point)]
    n = len(chosen)
    resolved = sum(1 for c in chosen if c.resolved)
    verified = sum(1 for c in chosen if c.resolved and not c.has_repeat)
    with_ref = sum(1 for c in chosen if c.client_ref is not None)
    repeats = sum(1 for c in chosen if c.has_repeat)
    identified = sum(1 for c in chosen if c.identified)
    ratings = [c.satisfaction for c in chosen if c.satisfaction is not None]
    pairs = [(c, r) for c in chosen for r in set(c.referrals)]

    def counts(values):
        return {k: v for k, v in Counter(v for v in values if v is not None).items() if v > 0}

    return {
        "contacts": n,
        "by_channel": counts(c.channel for c in chosen),
        "by_reason": counts(c.reason for c in chosen),
        "by_topic": counts(t for c in chosen for t in set(c.topics)),
        "by_referral": counts(r for c in chosen for r in set(c.referrals)),
        "by_age_group": counts(c.age_group for c in chosen),
        "by_segment": counts(c.segment for c in chosen),
        "by_contact_by": counts(c.contact_by for c in chosen),
        "by_day": counts(c.day for c in chosen),
        "by_hour": counts(c.hour for c in chosen),
        "referrals_internal": sum(1 for _, r in pairs if kinds[r] == "internal"),
        "referrals_external": sum(1 for _, r in pairs if kinds[r] == "external"),
        "resolved": resolved,
        "resolved_rate": rounded(resolved, n, 4),
        "verified": verified,
        "verified_rate": rounded(verified, n, 4),
        "with_client_ref": with_ref,
        "repeats": repeats,
        "repeat_rate": rounded(repeats, with_ref, 4),
        "identified": identified,
        "identified_rate": rounded(identified, n, 4),
        "duration_min_total": sum(c.duration for c in chosen if c.duration is not None),
        "satisfaction_responses": len(ratings),
        "satisfaction_mean": rounded(sum(ratings), len(ratings), 2),
    }


# --------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------

def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value):
    return is_int(value) or isinstance(value, Decimal)


def show(value):
    if value is None:
        return "null"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {show(v)}" for k, v in sorted(value.items())) + "}"
    return json.dumps(value)


def compare(expected, got):
    """List of 'key: expected X, got Y' for every key that differs."""
    if not isinstance(got, dict):
        return [f"output is not a JSON object: {show(got)[:200]}"]
    differences = []
    for key in ALL_KEYS:
        want = expected[key]
        if key not in got:
            differences.append(f"{key}: missing (expected {show(want)})")
            continue
        have = got[key]
        if key in COUNT_KEYS:
            ok = is_int(have) and have == want
        elif key in MAP_KEYS:
            ok = (isinstance(have, dict) and all(is_int(v) for v in have.values())
                  and have == want)
            if not ok and isinstance(have, dict):
                keys = sorted(set(want) | set(have))
                diff = {k: (want.get(k), have.get(k)) for k in keys if want.get(k) != have.get(k)}
                differences.append(
                    f"{key}: differs at " + ", ".join(
                        f"{k}: expected {show(a) if a is not None else 'absent'}, got {show(b) if b is not None else 'absent'}"
                        for k, (a, b) in diff.items()) if diff else f"{key}: non-integer counts {show(have)}")
                continue
        else:  # rates and the mean: exact decimal comparison, null over zero
            if want is None:
                ok = have is None
            else:
                ok = is_number(have) and Decimal(have) == want
        if not ok:
            differences.append(f"{key}: expected {show(want)}, got {show(have)}")
    return differences


# --------------------------------------------------------------------------
# An adversarial data set made here (edges of the contract)
# --------------------------------------------------------------------------

def edge_csv(point_codes, codes):
    """Contacts at the edges of CONTRACT §3-§5, plus seeded random ones with few
    clients, mixed offsets and times near midnight.  Returns (csv text, notes)."""
    rows = []
    p0, p1 = point_codes[0], point_codes[1 % len(point_codes)]

    def add(at, point=p0, topics="housing", resolved="yes", client_ref="", channel="walk-in", **more):
        row = {"occurred_at": at, "point": point, "channel": channel, "topics": topics,
               "resolved": resolved, "client_ref": client_ref}
        row.update(more)
        rows.append(row)

    # exactly 14 x 24 h later, shared topic: the first has a repeat.
    add("2023-05-01T10:00:00+03:00", client_ref="edgeExact336", topics="housing;benefits")
    add("2023-05-15T10:00:00+03:00", client_ref="edgeExact336", topics="benefits", point=p1, channel="phone")
    # one minute more: no repeat.
    add("2023-05-01T11:00:00+03:00", client_ref="edgeOver336x", topics="forms")
    add("2023-05-15T11:01:00+03:00", client_ref="edgeOver336x", topics="forms")
    # offsets: 10:00+03:00 -> 09:00+02:00 fourteen days later is exactly 336 h.
    add("2023-05-02T10:00:00+03:00", client_ref="edgeOffset01", topics="medication")
    add("2023-05-16T09:00:00+02:00", client_ref="edgeOffset01", topics="medication")
    # 09:01+02:00 is 336 h 1 min: no repeat.
    add("2023-05-02T10:00:00+03:00", client_ref="edgeOffset02", topics="medication")
    add("2023-05-16T09:01:00+02:00", client_ref="edgeOffset02", topics="medication")
    # written 14 days apart at 10:00 but the offsets make it 337 h: no repeat.
    add("2023-05-02T10:00:00+02:00", client_ref="edgeOffset03", topics="appointment")
    add("2023-05-16T10:00:00+01:00", client_ref="edgeOffset03", topics="appointment")
    # the same instant written with two offsets: not strictly later, no repeat.
    add("2023-05-03T10:00:00+03:00", client_ref="edgeSameInst", topics="benefits")
    add("2023-05-03T09:00:00+02:00", client_ref="edgeSameInst", topics="benefits")
    # written later on the clock but earlier as an instant.
    add("2023-05-03T12:00:00+03:00", client_ref="edgeClockLie", topics="money-debt")
    add("2023-05-03T12:30:00+05:00", client_ref="edgeClockLie", topics="money-debt")
    # no shared topic: no repeat.
    add("2023-05-04T10:00:00+03:00", client_ref="edgeNoShared", topics="housing")
    add("2023-05-05T10:00:00+03:00", client_ref="edgeNoShared", topics="benefits;forms")
    # the day is the date as written, not the UTC date.
    add("2023-05-04T23:30:00-02:00", topics="other")
    add("2023-05-05T00:30:00+03:00", topics="other")
    add("2023-05-06T00:00:00Z", topics="other")
    # a repeat that falls after the report's period (and at another point).
    add("2023-05-31T14:00:00+03:00", client_ref="edgeAfterEnd", topics="mental-health")
    add("2023-06-10T14:00:00+03:00", client_ref="edgeAfterEnd", topics="mental-health;housing",
        point=p1, channel="chat")
    # referrals of both kinds, several per contact; satisfaction, duration.
    add("2023-05-08T09:00:00+03:00", topics="benefits;housing;forms",
        referrals="kela;health-station;ngo;home-care", satisfaction="5", duration_min="480",
        identified="yes", reason="digital-barrier", segment="network", contact_by="relative",
        age_group="75+")
    add("2023-05-08T09:30:00+03:00", topics="benefits", referrals="kela", satisfaction="4",
        duration_min="1", identified="no", contact_by="professional")

    # 2023-05-09 at p0: 32 contacts, 1 resolved, 5 identified -> 0.03125 and 0.15625.
    for i in range(32):
        add(f"2023-05-09T{9 + i // 8:02d}:{(i % 8) * 7:02d}:00+03:00", topics="forms",
            resolved="yes" if i == 0 else "no", identified="yes" if i < 5 else "no")
    # 2023-05-10 at p0: 40 satisfaction responses summing 41 -> mean 1.025 -> 1.03.
    for i in range(40):
        add(f"2023-05-10T{9 + i // 8:02d}:{(i % 8) * 7:02d}:00+03:00", topics="digital-support",
            satisfaction="2" if i == 0 else "1")
    # 2023-05-11 at p0: 8 responses summing 33 -> 4.125 -> 4.13.
    for i, s in enumerate([5, 5, 4, 4, 4, 4, 4, 3]):
        add(f"2023-05-11T10:{i:02d}:00+03:00", topics="health-advice", satisfaction=str(s))
    # 2023-05-12 at p0: 160 contacts, 1 resolved, 3 identified -> 0.00625 / 0.01875.
    for i in range(160):
        add(f"2023-05-12T{8 + i // 20:02d}:{(i % 20) * 3:02d}:00+03:00", topics="other",
            resolved="yes" if i == 0 else "no", identified="yes" if i < 3 else "no")

    # seeded random contacts: 12 clients, 3 weeks, many near-window gaps and odd offsets.
    rng = random.Random(20231026)
    topics = sorted(codes["topic"])[:5]
    referrals = sorted(codes["referral"])
    offsets = ["+02:00", "+03:00", "Z", "-05:00", "+05:30", "+14:00", "-12:00"]
    base = dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc)
    for i in range(400):
        minutes = rng.randrange(0, 21 * 24 * 60)
        if rng.random() < 0.2 and rows:
            # close to another row's instant + 14 days
            other = rng.choice(rows[-50:])
            instant = dt.datetime.fromisoformat(other["occurred_at"]) + WINDOW + dt.timedelta(
                minutes=rng.choice([-1, 0, 0, 1, 60, -60]))
        else:
            instant = base + dt.timedelta(minutes=minutes)
        offset = rng.choice(offsets)
        tz = dt.timezone.utc if offset == "Z" else dt.datetime.strptime(offset, "%z").tzinfo
        written = instant.astimezone(tz).isoformat(timespec="seconds")
        if offset == "Z":
            written = written.replace("+00:00", "Z")
        row = {
            "occurred_at": written,
            "point": rng.choice(point_codes[:3]),
            "channel": rng.choice(sorted(codes["channel"])),
            "topics": ";".join(rng.sample(topics, rng.choice([1, 1, 2, 3]))),
            "resolved": rng.choice(["yes", "yes", "no"]),
            "client_ref": rng.choice([""] * 4 + [f"edgeRandom{k:02d}" for k in range(12)]),
            "referrals": ";".join(rng.sample(referrals, rng.choice([0, 0, 1, 2, 3]))),
            "identified": rng.choice(["yes", "no", ""]),
            "satisfaction": rng.choice(["", "", "1", "2", "3", "4", "5"]),
            "duration_min": rng.choice(["", str(rng.randint(1, 480))]),
            "reason": rng.choice([""] + sorted(codes["reason"])),
            "segment": rng.choice([""] + sorted(codes["segment"])),
            "age_group": rng.choice([""] + sorted(codes["age_group"])),
            "contact_by": rng.choice([""] + sorted(codes["contact_by"])),
        }
        rows.append(row)

    columns = ["occurred_at", "point", "channel", "topics", "resolved", "contact_by", "reason",
               "referrals", "identified", "age_group", "duration_min", "segment", "client_ref",
               "satisfaction"]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


# --------------------------------------------------------------------------
# Running neuvo
# --------------------------------------------------------------------------

def build():
    binary = os.environ.get("NEUVO_BIN")
    if binary:
        return binary
    print(f"oracle: building neuvo into {SCRATCH} ...", file=sys.stderr)
    result = subprocess.run(["swift", "build", "--scratch-path", str(SCRATCH)], cwd=REPO,
                            stdout=sys.stderr)
    if result.returncode != 0:
        print("oracle: swift build failed", file=sys.stderr)
        print("oracle: 0 passed, 1 failed")
        sys.exit(1)
    return str(SCRATCH / "debug" / "neuvo")


class Neuvo:
    def __init__(self, binary, home):
        self.binary = binary
        self.env = dict(os.environ)
        # keep everything neuvo might create out of the user's own folders
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            self.env[name] = str(home / name.lower())
        self.env.pop("NEUVO_DB", None)
        self.env["LANG"] = "C.UTF-8"

    def run(self, *args):
        return subprocess.run([self.binary, *args], env=self.env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)


def day(date):
    return date.isoformat()


def periods_for(contacts, rng):
    """(label, first, last) periods over the data's span."""
    days = sorted({dt.date.fromisoformat(c.day) for c in contacts})
    first, last = days[0], days[-1]
    periods = []
    # a single busy weekday near the middle
    weekdays = [d for d in days if d.weekday() < 5]
    middle = weekdays[len(weekdays) // 2]
    periods.append(("single day", day(middle), day(middle)))
    # the first whole Monday-to-Sunday week inside the span
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    if monday + dt.timedelta(days=6) > last:
        monday = first - dt.timedelta(days=first.weekday())
    periods.append(("Monday-Sunday week", day(monday), day(monday + dt.timedelta(days=6))))
    # the whole span, as demo-data was asked for
    periods.append((f"whole {(last - first).days + 1} days", day(first), day(last)))
    # no contacts: the day before the data, and a day without contacts inside it
    periods.append(("day before the data", day(first - dt.timedelta(days=1)),
                    day(first - dt.timedelta(days=1))))
    empty = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
    empty = [d for d in empty if d not in set(days)]
    if empty:
        periods.append(("day without contacts", day(empty[0]), day(empty[0])))
    # far wider than the data, and a random span (crossing month ends etc.)
    periods.append(("2000-01-01..2099-12-31", "2000-01-01", "2099-12-31"))
    a = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
    b = a + dt.timedelta(days=rng.randrange(1, 12))
    periods.append(("random span", day(a), day(b)))
    return periods


def check_dataset(neuvo, name, text, codes, kinds, workdir, catalog_points, extra_periods=(),
                  every_point=True):
    """Import text and compare the reports. Returns (passed, failed)."""
    passed = failed = 0
    try:
        contacts = parse_contacts(text, codes)
    except DataError as error:
        print(f"FAIL {name}: the CSV does not follow CONTRACT §3: {error}")
        return 0, 1
    if not contacts:
        print(f"FAIL {name}: no contacts in the CSV")
        return 0, 1
    folder = Path(tempfile.mkdtemp(prefix=f"{name.replace(' ', '-')}-", dir=workdir))
    csv_path = folder / "contacts.csv"
    db = folder / "n.sqlite"
    csv_path.write_text(text, encoding="utf-8", newline="")
    result = neuvo.run("import", str(csv_path), "--db", str(db))
    if result.returncode != 0:
        print(f"FAIL {name}: import exited {result.returncode}: {result.stderr.strip()[:500]}")
        return 0, 1
    rng = random.Random(name)
    periods = periods_for(contacts, rng) + list(extra_periods)
    point_codes = sorted({c.point for c in contacts})
    for label, first, last in periods:
        points = [None] + (point_codes if every_point else point_codes[:1])
        if label.startswith("2000"):
            # a point listed in data/points.json that has no contacts here
            points += [p for p in catalog_points if p not in point_codes][:1]
        for point in points:
            what = f"{name}, {label} {first}..{last}, " + (f"point {point}" if point else "all points")
            args = ["report", "--from", first, "--to", last, "--format", "json", "--db", str(db)]
            if point:
                args += ["--point", point]
            result = neuvo.run(*args)
            if result.returncode != 0:
                print(f"FAIL {what}: report exited {result.returncode}: {result.stderr.strip()[:300]}")
                failed += 1
                continue
            try:
                got = json.loads(result.stdout, parse_float=Decimal)
            except ValueError as error:
                print(f"FAIL {what}: output is not JSON ({error}): {result.stdout[:200]!r}")
                failed += 1
                continue
            differences = compare(expected_report(contacts, kinds, first, last, point), got)
            if differences:
                print(f"FAIL {what}: " + "; ".join(differences))
                failed += 1
            else:
                passed += 1
    shutil.rmtree(folder, ignore_errors=True)
    return passed, failed


def main():
    binary = build()
    codes, kinds = load_vocabulary()
    with open(POINTS, encoding="utf-8") as f:
        point_codes = [p["code"] for p in json.load(f)["points"]]
    passed = failed = 0
    workdir = Path(tempfile.mkdtemp(prefix="neuvo-oracle-"))
    try:
        neuvo = Neuvo(binary, workdir)
        for seed, options in DEMO_SETS:
            name = f"seed {seed}" + (" " + " ".join(options) if options else "")
            result = neuvo.run("demo-data", "--seed", str(seed), "--days", str(DEMO_DAYS), *options)
            if result.returncode != 0 or not result.stdout.strip():
                print(f"FAIL {name}: demo-data exited {result.returncode}: {result.stderr.strip()[:300]}")
                failed += 1
                continue
            p, f = check_dataset(neuvo, name, result.stdout, codes, kinds, workdir, point_codes)
            passed += p
            failed += f
        edge_periods = [("edge day", d, d) for d in
                        ["2023-05-01", "2023-05-03", "2023-05-04", "2023-05-05", "2023-05-06",
                         "2023-05-08", "2023-05-09", "2023-05-10", "2023-05-11", "2023-05-12"]]
        edge_periods += [("May", "2023-05-01", "2023-05-31"), ("one day, repeat after it", "2023-05-31", "2023-05-31"),
                         ("June", "2023-06-01", "2023-06-30")]
        p, f = check_dataset(neuvo, "edge", edge_csv(point_codes, codes), codes, kinds, workdir,
                             point_codes, extra_periods=edge_periods, every_point=False)
        passed += p
        failed += f
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"oracle: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
