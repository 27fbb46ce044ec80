#!/usr/bin/env python3
"""Independent oracle for `neuvo report --format json` (CONTRACT §3-§5, §7, §8, §9).

Generates contacts with `neuvo demo-data` (and one adversarial data set of its
own), makes seeded feedback, mood and staffing records for them (§7), takes the
warm handoffs sent from them (`demo-data --kind handoffs`, or its own edge cases;
§9), imports everything into a fresh temporary database, runs `neuvo report` over several
periods, for all points and per point, and compares every key listed in
CONTRACT §5, §7, §8 and §9 with a computation done here from the CSV rows, following
the contract text only (not the Swift code).  It also exports every kind,
imports the exports into a fresh database and expects the same reports, and
(on its own data set) feeds bad record files that must be refused whole.

Python 3 standard library only.  Run from anywhere:

    python3 Tests/oracle/report_oracle.py          # builds into .build-oracle
    NEUVO_BIN=/path/to/neuvo python3 Tests/oracle/report_oracle.py

Prints one line per failed check and finally `oracle: N passed, M failed`;
exits 1 if any check failed, else 0.
"""

import argparse
import csv
import datetime as dt
import decimal
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRATCH = REPO / ".build-oracle"
VOCABULARY = REPO / "data" / "vocabulary.json"
POINTS = REPO / "data" / "points.json"
CONSULTATION = REPO / "data" / "consultation.json"  # CONTRACT §8: the consultation lines

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

# CONTRACT §7: the evaluation keys.
COUNT_KEYS += [
    "contacts_with_unmet_need", "feedback_responses", "mood_responses", "enps_responses",
    "days_without_staffing",
]
MAP_KEYS += ["referral_outcomes", "unmet_needs", "unmet_needs_by_topic", "feedback_settled"]
RATE_KEYS += ["referral_reached_rate", "feedback_bounced_rate"]
MEAN_KEYS += [  # decimals compared exactly as Decimal values, null where the contract says
    "nps", "mood_mean", "enps", "staff_hours", "cost_eur", "cost_per_contact",
    "cost_per_resolved", "contacts_per_staff_hour",
]
# CONTRACT §8: consultations.
COUNT_KEYS += ["consulted_contacts"]
MAP_KEYS += ["consultations"]
RATE_KEYS += ["consulted_resolved_rate"]
# CONTRACT §9: the warm handoffs sent in the period from the point.
COUNT_KEYS += ["handoffs", "handoffs_urgent"]
MAP_KEYS += ["handoffs_by_service", "handoffs_by_result"]
RATE_KEYS += ["handoff_reached_rate"]
MEAN_KEYS += ["handoff_hours_to_take_median", "handoff_hours_to_close_median"]
ALL_KEYS = COUNT_KEYS + MAP_KEYS + RATE_KEYS + MEAN_KEYS

CSV_COLUMNS = {
    "occurred_at", "point", "channel", "topics", "resolved", "contact_by", "reason",
    "referrals", "identified", "age_group", "service_area", "duration_min", "segment",
    "client_ref", "satisfaction", "advisor",
    "referral_outcomes", "unmet_needs",  # CONTRACT §7
    "consultation",  # CONTRACT §8
}
# CONTRACT §7: a referral's outcome; a referral not listed is `pending`.
OUTCOMES = ["pending", "reached", "not-reached", "declined", "unknown"]
# CONTRACT §7: the columns of the three kinds of record.
RECORD_COLUMNS = {
    "feedback": ["day", "point", "nps", "settled", "bounced"],
    "mood": ["day", "point", "mood", "enps"],
    "staffing": ["day", "point", "staff_hours", "hourly_cost_eur"],
}
# CONTRACT §9: the CSV kind `handoffs`.
HANDOFF_COLUMNS = ["sent_at", "point", "service", "urgency", "taken_at", "closed_at", "result", "tries"]
HANDOFF_RESULTS = ["reached", "not-reached", "declined", "returned"]
# CONTRACT §7: mood_mean and enps are null under this many answers of their kind.
ANONYMITY = 5
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
    # CONTRACT §8: a consultation is the code of a line listed in data/.
    codes["consultation"] = set(consultation_lines())
    return codes, kinds


def consultation_lines():
    """The codes of the consultation lines, in the file's order."""
    with open(CONSULTATION, encoding="utf-8") as f:
        return [line["code"] for line in json.load(f)["lines"]]


def split_list(cell):
    cell = (cell or "").strip()
    if cell == "":
        return []
    return [part.strip() for part in cell.split(";")]


class Contact:
    __slots__ = ("line", "day", "hour", "instant", "point", "channel", "topics", "resolved", "contact_by",
                 "reason", "referrals", "identified", "age_group", "segment", "client_ref",
                 "satisfaction", "duration", "has_repeat", "outcomes", "unmet_needs", "consultation")


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
        # CONTRACT §7: `code:outcome` pairs, each code one of the row's referrals;
        # a referral not listed is pending.
        c.outcomes = {r: "pending" for r in c.referrals}
        listed = []
        for pair in split_list(cell("referral_outcomes")):
            referral, colon, outcome = pair.partition(":")
            referral, outcome = referral.strip(), outcome.strip()
            if not colon:
                problems.append(f"{line}:referral_outcomes: {pair!r} is not code:outcome")
                continue
            if referral not in c.referrals:
                problems.append(f"{line}:referral_outcomes: {referral!r} is not one of the referrals")
            if outcome not in OUTCOMES:
                problems.append(f"{line}:referral_outcomes: unknown outcome {outcome!r}")
            if referral in listed:
                problems.append(f"{line}:referral_outcomes: {referral!r} appears twice")
            listed.append(referral)
            c.outcomes[referral] = outcome
        c.unmet_needs = code_list("unmet_needs", "unmet_need", required=False)
        # CONTRACT §8: one line's code, or nothing.
        c.consultation = code("consultation", "consultation")
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
    """numerator / denominator rounded half away from zero, once, on the exact value
    (ROUND_HALF_UP in `decimal` rounds ties away from zero for negative values too:
    -1.25 -> -1.3); None over a zero denominator."""
    if denominator == 0:
        return None
    with decimal.localcontext() as context:
        context.prec = 60
        value = Decimal(numerator) / Decimal(denominator)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------
# CONTRACT §7: feedback, mood and staffing records
# --------------------------------------------------------------------------

class Records:
    """The §7 records held in a database: feedback and mood rows as tuples,
    staffing as {(day, point): (staff_hours, hourly_cost_eur)} (Decimals)."""

    def __init__(self):
        self.feedback = []  # (day, point, nps, settled or None, bounced or None)
        self.mood = []      # (day, point, mood or None, enps or None)
        self.staffing = {}


HOURS = re.compile(r"^[0-9]{1,3}(\.[0-9]{1,2})?$")
EUROS = re.compile(r"^[0-9]{1,4}(\.[0-9]{1,2})?$")


def parse_records(kind, text, records):
    """Add one CSV file of KIND (CONTRACT §7) to records, all or nothing.
    Raises DataError on a bad file (then records are unchanged)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    columns = RECORD_COLUMNS[kind]
    unknown = set(header) - set(columns)
    missing = set(columns) - set(header)
    if unknown or missing or len(set(header)) != len(header):
        raise DataError(f"{kind} header: unknown columns {sorted(unknown)}, missing {sorted(missing)}")
    problems = []
    rows = []
    seen = set()  # staffing (day, point) in this file
    for line, row in enumerate(reader, start=2):
        def cell(name):
            return (row.get(name) or "").strip()

        def integer(name, low, high, required):
            value = cell(name)
            if value == "":
                if required:
                    problems.append(f"{line}:{name}: required")
                return None
            if not re.fullmatch(r"[0-9]{1,2}", value) or not low <= int(value) <= high:
                problems.append(f"{line}:{name}: {value!r} not an integer {low}-{high}")
                return None
            return int(value)

        def choice(name, allowed):
            value = cell(name)
            if value == "":
                return None
            if value not in allowed:
                problems.append(f"{line}:{name}: {value!r} not one of {allowed}")
            return value

        day = cell("day")
        try:
            if len(day) != 10 or dt.date.fromisoformat(day).isoformat() != day:
                raise ValueError
        except ValueError:
            problems.append(f"{line}:day: {day!r} is not YYYY-MM-DD")
        point = cell("point")
        if not re.fullmatch(r"[a-z0-9-]{1,40}", point):
            problems.append(f"{line}:point: {point!r} is not a point code")
        if kind == "feedback":
            rows.append((day, point, integer("nps", 0, 10, True),
                         choice("settled", ["yes", "partly", "no"]), choice("bounced", ["yes", "no"])))
        elif kind == "mood":
            mood, enps = integer("mood", 1, 5, False), integer("enps", 0, 10, False)
            if cell("mood") == "" and cell("enps") == "":
                problems.append(f"{line}:mood: neither mood nor enps")
            rows.append((day, point, mood, enps))
        else:
            hours, cost = cell("staff_hours"), cell("hourly_cost_eur")
            if not HOURS.match(hours) or Decimal(hours) > 200:
                problems.append(f"{line}:staff_hours: {hours!r} not 0-200 with up to 2 decimals")
            elif not EUROS.match(cost) or Decimal(cost) > 1000:
                problems.append(f"{line}:hourly_cost_eur: {cost!r} not 0-1000.00")
            elif (day, point) in seen:
                problems.append(f"{line}:day: a second row for {day} at {point}")
            else:
                seen.add((day, point))
                rows.append((day, point, Decimal(hours), Decimal(cost)))
    if problems:
        raise DataError("; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""))
    if kind == "feedback":
        records.feedback += rows
    elif kind == "mood":
        records.mood += rows
    else:
        for day, point, hours, cost in rows:
            # a row for a day and point already held replaces it
            records.staffing[(day, point)] = (hours, cost)


# --------------------------------------------------------------------------
# CONTRACT §9: the warm handoffs' figures
# --------------------------------------------------------------------------

class HandoffRow:
    __slots__ = ("sent", "day", "point", "service", "urgent", "taken", "closed", "result", "tries")


def parse_handoffs(text, points, services):
    """The rows of a CSV of the kind `handoffs` by CONTRACT §9 (with §3's rules);
    raises DataError naming every bad row.  points: the listed points; services:
    the receiving services (the internal referral destinations)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise DataError("empty file")
    header = [h.strip() for h in rows[0]]
    unknown = [h for h in header if h not in HANDOFF_COLUMNS]
    missing = [h for h in ("sent_at", "point", "service") if h not in header]
    if unknown or missing or len(set(header)) != len(header):
        raise DataError(f"header: unknown {unknown}, missing {missing}")
    problems, found = [], []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(f"{line}: {len(row)} cells for {len(header)} columns")
            continue
        values = {name: cell.strip() for name, cell in zip(header, row)}

        def cell(name):
            return values.get(name, "")

        def instant(name, required):
            written = cell(name)
            if written == "":
                if required:
                    problems.append(f"{line}:{name}: missing")
                return None
            try:
                moment = dt.datetime.fromisoformat(written)
            except ValueError:
                problems.append(f"{line}:{name}: {written!r} is not ISO 8601")
                return None
            if moment.tzinfo is None:
                problems.append(f"{line}:{name}: {written!r} has no offset")
                return None
            return moment

        h = HandoffRow()
        h.sent = instant("sent_at", True)
        h.day = cell("sent_at")[:10]  # the date as written is the day it was sent
        h.point, h.service = cell("point"), cell("service")
        if h.point not in points:
            problems.append(f"{line}:point: {h.point!r}")
        if h.service not in services:
            problems.append(f"{line}:service: {h.service!r} is not a receiving service")
        urgency = cell("urgency") or "normal"
        if urgency not in ("normal", "urgent"):
            problems.append(f"{line}:urgency: {urgency!r}")
        h.urgent = urgency == "urgent"
        h.taken, h.closed = instant("taken_at", False), instant("closed_at", False)
        h.result = cell("result") or None
        if h.result is not None and h.result not in HANDOFF_RESULTS:
            problems.append(f"{line}:result: {h.result!r}")
        tries = cell("tries") or "0"
        h.tries = int(tries) if re.fullmatch(r"[0-9]+", tries) else -1
        if not 0 <= h.tries <= 20:
            problems.append(f"{line}:tries: {tries!r} is not 0-20")
        if h.sent and h.taken and h.taken < h.sent:
            problems.append(f"{line}:taken_at: before sent_at")
        if cell("closed_at") and (not cell("taken_at") or h.result is None):
            problems.append(f"{line}:closed_at: needs taken_at and result")
        if h.result is not None and not cell("closed_at"):
            problems.append(f"{line}:result: needs closed_at")
        if h.taken and h.closed and h.closed < h.taken:
            problems.append(f"{line}:closed_at: before taken_at")
        if h.result in ("reached", "not-reached") and h.tries == 0:
            problems.append(f"{line}:tries: at least 1 for {h.result}")
        found.append(h)
    if problems:
        raise DataError("; ".join(problems[:5]))
    return found


def seconds_between(later, earlier):
    """Whole seconds between two instants (their offsets included)."""
    return int((later - earlier).total_seconds())


def median_hours(seconds):
    """CONTRACT §9: the middle value, or the mean of the two middle ones, in hours,
    rounded once to 1 decimal; null over none."""
    if not seconds:
        return None
    ordered = sorted(seconds)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return rounded(ordered[middle], 3600, 1)
    return rounded(ordered[middle - 1] + ordered[middle], 7200, 1)


def expected_handoffs(handoffs, first, last, point):
    chosen = [h for h in handoffs if first <= h.day <= last and (point is None or h.point == point)]
    results = Counter("open" if h.closed is None else h.result for h in chosen)
    decided = sum(results[r] for r in ("reached", "not-reached", "declined"))
    return {
        "handoffs": len(chosen),
        "handoffs_urgent": sum(1 for h in chosen if h.urgent),
        "handoffs_by_service": dict(Counter(h.service for h in chosen)),
        "handoffs_by_result": dict(results),
        "handoff_reached_rate": rounded(results["reached"], decided, 4),
        "handoff_hours_to_take_median": median_hours([seconds_between(h.taken, h.sent) for h in chosen if h.taken]),
        "handoff_hours_to_close_median": median_hours([seconds_between(h.closed, h.sent) for h in chosen if h.closed]),
    }


def net_score(answers):
    """CONTRACT §7: (promoters 9-10 - detractors 0-6) / answers x 100, 1 decimal."""
    promoters = sum(1 for a in answers if a >= 9)
    detractors = sum(1 for a in answers if a <= 6)
    return rounded((promoters - detractors) * 100, len(answers), 1)


def expected_evaluation(chosen, records, first, last, point):
    """The CONTRACT §7 keys for the period's contacts `chosen` and the records."""
    def here(day, at):
        return first <= day <= last and (point is None or at == point)

    def counts(values):
        return dict(Counter(values))

    outcomes = [c.outcomes[r] for c in chosen for r in c.referrals]
    reached = outcomes.count("reached")
    answered = reached + outcomes.count("not-reached") + outcomes.count("declined")
    with_need = [c for c in chosen if c.unmet_needs]

    feedback = [f for f in records.feedback if here(f[0], f[1])]
    bounced = [f[4] for f in feedback if f[4] is not None]
    moods = [m[2] for m in records.mood if here(m[0], m[1]) and m[2] is not None]
    enps = [m[3] for m in records.mood if here(m[0], m[1]) and m[3] is not None]
    staffing = {key: value for key, value in records.staffing.items() if here(*key)}
    hours = sum((h for h, _ in staffing.values()), Decimal(0))
    cost = sum((h * e for h, e in staffing.values()), Decimal(0))  # exact: 4 decimals at most
    resolved = sum(1 for c in chosen if c.resolved)
    staffed = hours != 0
    return {
        "referral_outcomes": counts(outcomes),
        "referral_reached_rate": rounded(reached, answered, 4),
        "unmet_needs": counts(u for c in chosen for u in c.unmet_needs),
        "contacts_with_unmet_need": len(with_need),
        "unmet_needs_by_topic": counts(t for c in with_need for t in set(c.topics)),
        "feedback_responses": len(feedback),
        "nps": net_score([f[2] for f in feedback]),
        "feedback_settled": counts(f[3] for f in feedback if f[3] is not None),
        "feedback_bounced_rate": rounded(bounced.count("yes"), len(bounced), 4),
        "mood_responses": len(moods),
        "mood_mean": rounded(sum(moods), len(moods), 2) if len(moods) >= ANONYMITY else None,
        "enps_responses": len(enps),
        "enps": net_score(enps) if len(enps) >= ANONYMITY else None,
        "staff_hours": rounded(hours, 1, 2),
        "cost_eur": rounded(cost, 1, 2),
        # rounded once, on the exact cost, never on cost_eur
        "cost_per_contact": rounded(cost, len(chosen), 2) if staffed else None,
        "cost_per_resolved": rounded(cost, resolved, 2) if staffed else None,
        "contacts_per_staff_hour": rounded(len(chosen), hours, 2),
        "days_without_staffing": len({(c.day, c.point) for c in chosen} - set(staffing)),
    }


def expected_report(contacts, records, handoffs, kinds, first, last, point):
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

    report = {
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
    report.update(expected_evaluation(chosen, records, first, last, point))
    # CONTRACT §8: consultations by line, the consulted contacts, and the resolved
    # among them / the consulted (4 decimals, null over none).
    consulted = [c for c in chosen if c.consultation is not None]
    report["consultations"] = counts(c.consultation for c in consulted)
    report["consulted_contacts"] = len(consulted)
    report["consulted_resolved_rate"] = rounded(sum(1 for c in consulted if c.resolved), len(consulted), 4)
    report.update(expected_handoffs(handoffs, first, last, point))
    return report


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
    lines = consultation_lines()  # CONTRACT §8

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
    # CONTRACT §7: outcomes (health-station not listed: pending), unmet needs by topic.
    add("2023-05-08T09:00:00+03:00", topics="benefits;housing;forms",
        referrals="kela;health-station;ngo;home-care", satisfaction="5", duration_min="480",
        identified="yes", reason="digital-barrier", segment="network", contact_by="relative",
        age_group="75+", referral_outcomes="ngo:declined;kela:reached;home-care:pending",
        unmet_needs="waiting-time;cost")
    add("2023-05-08T09:30:00+03:00", topics="benefits", referrals="kela", satisfaction="4",
        duration_min="1", identified="no", contact_by="professional",
        referral_outcomes="kela:not-reached", unmet_needs="no-service")

    # 2023-05-09 at p0: 32 contacts, 1 resolved, 5 identified -> 0.03125 and 0.15625;
    # each referred to kela and ngo: kela reached 1, not reached 20, declined 11 ->
    # reached rate 1/32 -> 0.0313; ngo unknown, pending as written or not listed
    # (neither counts in the rate).  CONTRACT §8: the first 8 consulted a line
    # (the resolved one among them) -> consulted_resolved_rate 1/8 = 0.125.
    for i in range(32):
        kela = "kela:" + ("reached" if i == 0 else "not-reached" if i <= 20 else "declined")
        ngo = ["ngo:unknown", "ngo:pending", ""][i % 3]
        add(f"2023-05-09T{9 + i // 8:02d}:{(i % 8) * 7:02d}:00+03:00", topics="forms",
            resolved="yes" if i == 0 else "no", identified="yes" if i < 5 else "no",
            referrals="kela;ngo" if i % 2 else "ngo;kela",
            referral_outcomes=";".join(x for x in ([ngo, kela] if i % 4 else [kela, ngo]) if x),
            consultation=lines[i % len(lines)] if i < 8 else "")
    # 2023-05-10 at p0: 40 satisfaction responses summing 41 -> mean 1.025 -> 1.03;
    # 10 contacts with an unmet need (no referrals: reached rate null).
    for i in range(40):
        add(f"2023-05-10T{9 + i // 8:02d}:{(i % 8) * 7:02d}:00+03:00", topics="digital-support",
            satisfaction="2" if i == 0 else "1",
            unmet_needs="digital-only;language" if i < 2 else "digital-only" if i < 10 else "")
    # 2023-05-11 at p0: 8 responses summing 33 -> 4.125 -> 4.13.
    for i, s in enumerate([5, 5, 4, 4, 4, 4, 4, 3]):
        add(f"2023-05-11T10:{i:02d}:00+03:00", topics="health-advice", satisfaction=str(s))
    # 2023-05-12 at p0: 160 contacts, 1 resolved, 3 identified -> 0.00625 / 0.01875.
    # CONTRACT §8: the first 32 consulted, the resolved one among them -> 1/32 =
    # 0.03125 -> 0.0313 (half-even would give 0.0312); all of one line but two.
    for i in range(160):
        add(f"2023-05-12T{8 + i // 20:02d}:{(i % 20) * 3:02d}:00+03:00", topics="other",
            resolved="yes" if i == 0 else "no", identified="yes" if i < 3 else "no",
            unmet_needs="other;eligibility" if i == 7 else "",
            consultation="" if i >= 32 else lines[-1] if i < 30 else lines[0])
    # 2023-05-17 (CONTRACT §8): at p1 three consulted, two of them resolved -> 2/3 ->
    # 0.6667, and one unconsulted contact not resolved; at p0 one consulted and not
    # resolved -> 0 (not null).
    add("2023-05-17T09:10:00+03:00", point=p1, topics="older-people", age_group="75+",
        consultation=lines[0])
    add("2023-05-17T09:40:00+03:00", point=p1, topics="mental-health", resolved="no",
        consultation=lines[0])
    add("2023-05-17T10:20:00+03:00", point=p1, topics="benefits", segment="network",
        consultation=lines[1 % len(lines)])
    add("2023-05-17T11:00:00+03:00", point=p1, topics="benefits", resolved="no")
    add("2023-05-17T13:00:00+03:00", point=p0, topics="housing", resolved="no",
        consultation=lines[2 % len(lines)])

    # seeded random contacts: 12 clients, 3 weeks, many near-window gaps and odd offsets.
    rng = random.Random(20231026)
    # CONTRACT §8: the random contacts' consultations come from a stream of their
    # own, so that the other columns are what they were before §8.
    consulting = random.Random(20231028)
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
            "unmet_needs": ";".join(rng.sample(sorted(codes["unmet_need"]),
                                               rng.choice([0, 0, 0, 0, 1, 1, 2]))),
        }
        referred = split_list(row["referrals"])
        listed = rng.sample(referred, rng.randint(0, len(referred)))
        row["referral_outcomes"] = ";".join(f"{r}:{rng.choice(OUTCOMES)}" for r in listed)
        row["consultation"] = consulting.choice([""] * 6 + lines)
        rows.append(row)

    columns = ["occurred_at", "point", "channel", "topics", "resolved", "contact_by", "reason",
               "referrals", "identified", "age_group", "duration_min", "segment", "client_ref",
               "satisfaction", "referral_outcomes", "unmet_needs", "consultation"]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


# --------------------------------------------------------------------------
# Records made here (CONTRACT §7)
# --------------------------------------------------------------------------

def plain(number):
    """A Decimal written without trailing zeros: 12.50 -> '12.5', 3.00 -> '3'."""
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def random_records(rng, days, points):
    """Seeded random feedback, mood and staffing rows (dicts of CSV cells) over
    days x points: some days and points without records, staffing of 0 h,
    costs of 0 and the maximum, hours and costs written with 0, 1 or 2 decimals."""
    rows = {"feedback": [], "mood": [], "staffing": []}
    for day in days:
        for point in points:
            for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
                rows["feedback"].append({
                    "day": day, "point": point, "nps": str(rng.randint(0, 10)),
                    "settled": rng.choice(["yes", "yes", "partly", "no", ""]),
                    "bounced": rng.choice(["yes", "no", "no", ""])})
            for _ in range(rng.choice([0, 0, 1, 2, 3])):
                which = rng.choice(["both", "both", "mood", "enps"])
                rows["mood"].append({
                    "day": day, "point": point,
                    "mood": str(rng.randint(1, 5)) if which != "enps" else "",
                    "enps": str(rng.randint(0, 10)) if which != "mood" else ""})
            if rng.random() < 0.75:
                cents = rng.choice([0] + [rng.randrange(1, 2400) for _ in range(8)] + [20000])
                hours = Decimal(cents).scaleb(-2)  # 0.00 .. 200.00
                hours = rng.choice([f"{hours:.2f}", plain(hours)])
                cost = rng.choice(["0", "0.00", "1000.00", "1000"] + [f"{rng.randrange(1800, 6500) / 100:.2f}"] * 8)
                rows["staffing"].append({"day": day, "point": point, "staff_hours": hours,
                                         "hourly_cost_eur": cost})
    return rows


def record_files(rng, rows, replace=()):
    """[(kind, csv text)] in import order: feedback, mood, then staffing in two
    files, where the second replaces some (day, point) rows of the first (with
    other values) and adds some new ones.  `replace` lists (day, point) keys that
    must be among the replaced.  Columns in a different order in every file."""
    def text(kind, items):
        columns = list(RECORD_COLUMNS[kind])
        rng.shuffle(columns)
        out = io.StringIO(newline="")
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(items)
        return out.getvalue()

    staffing = rows["staffing"]
    replaced = [r for r in staffing if (r["day"], r["point"]) in replace or rng.random() < 0.1]
    added = [r for r in staffing if r not in replaced and rng.random() < 0.1]
    first = []
    for r in staffing:
        if r in added:
            continue
        if r in replaced:  # a value that the second file replaces
            r = dict(r, staff_hours="7.77", hourly_cost_eur="99.99")
        first.append(r)
    return [("feedback", text("feedback", rows["feedback"])), ("mood", text("mood", rows["mood"])),
            ("staffing", text("staffing", first)), ("staffing", text("staffing", replaced + added))]


def edge_records(point_codes, extra_point):
    """Feedback, mood and staffing at the edges of CONTRACT §7, for the `edge`
    contacts in May 2023 (p0 is the busy point of edge_csv), plus seeded random
    records over the June part.  Returns (rows by kind, staffing keys to replace)."""
    p0, p1 = point_codes[0], point_codes[1 % len(point_codes)]
    rows = {"feedback": [], "mood": [], "staffing": []}

    def feedback(day, point, answers, settled=(), bounced=()):
        settled, bounced = list(settled), list(bounced)
        for i, nps in enumerate(answers):
            rows["feedback"].append({"day": day, "point": point, "nps": str(nps),
                                     "settled": settled[i] if i < len(settled) else "",
                                     "bounced": bounced[i] if i < len(bounced) else ""})

    def mood(day, point, pairs):
        for m, e in pairs:
            rows["mood"].append({"day": day, "point": point, "mood": str(m), "enps": str(e)})

    def staffing(day, point, hours, cost):
        rows["staffing"].append({"day": day, "point": point, "staff_hours": hours,
                                 "hourly_cost_eur": cost})

    # 2023-05-09 p0: 80 answers, promoters 20 - detractors 21 = -1 -> -1.25 -> -1.3
    # (half away from zero; half-even or towards +inf give -1.2); 32 bounced
    # answered, 1 yes -> 0.03125 -> 0.0313; settled `no` never answered: left out.
    answers = [9] * 10 + [10] * 10 + [0] * 7 + [6] * 7 + [3] * 7 + [7] * 20 + [8] * 19
    feedback("2023-05-09", p0, answers, settled=["yes"] * 30 + ["partly"] * 10,
             bounced=["yes"] + ["no"] * 31)
    # 2023-05-10 p0: 80 answers, +1 -> 1.25 -> 1.3; nothing settled or bounced answered.
    feedback("2023-05-10", p0, [9] * 21 + [6] * 20 + [7] * 39)
    # 2023-05-11 p0: the NPS boundaries 6/7/8/9 and 0/10: promoters 6, detractors 3 of 11
    # -> 27.2727 -> 27.3 (6 as passive: 45.5; 7 as detractor: 18.2; 8 as promoter: 36.4).
    feedback("2023-05-11", p0, [6, 6, 7, 8, 9, 9, 9, 0, 10, 10, 10],
             settled=["no", "no", "partly"], bounced=["", "yes", "no"])
    # 2023-05-12 p0: one answer 0 -> -100; p1: 16 answers, -1 -> -6.25 -> -6.3.
    feedback("2023-05-12", p0, [0], settled=["no"], bounced=["yes"])
    feedback("2023-05-12", p1, [10] * 5 + [5] * 6 + [8] * 5)
    # a day without contacts
    feedback("2023-05-13", p1, [10, 10, 4], settled=["yes", "yes", "no"])

    # mood: 2023-05-09 p0 exactly 4 mood answers (null mean) and 5 eNPS (given);
    # 2023-05-10 p0 exactly 5 mood answers (4.2) and 4 eNPS (null); mood-only and
    # eNPS-only rows.
    mood("2023-05-09", p0, [(5, 9), (4, 10), (4, 6), (2, ""), ("", 7), ("", 8)])
    mood("2023-05-10", p0, [(5, ""), (5, 0), (4, 10), (4, 9), (3, 9)])
    # 2023-05-11 p0: 8 moods summing 25 -> 3.125 -> 3.13; 16 eNPS, -1 -> -6.25 -> -6.3.
    mood("2023-05-11", p0, list(zip([5, 4, 3, 3, 3, 3, 2, 2], [10, 9, 9, 9, 9, 5, 5, 5])))
    mood("2023-05-11", p0, [("", e) for e in [6, 6, 0, 7, 7, 8, 8, 8]])
    # 2023-05-12 p0: 40 moods summing 41 -> 1.025 -> 1.03; p1 one eNPS only.
    mood("2023-05-12", p0, [(2, "")] + [(1, "")] * 39)
    mood("2023-05-12", p1, [("", 10)])

    # staffing: 2023-05-01 p0 7.5 h x 20.07 = 150.525 -> 150.53; 2 contacts, both
    # resolved -> 75.2625 -> 75.26; 2 / 7.5 -> 0.27.
    staffing("2023-05-01", p0, "7.5", "20.07")
    # 2023-05-02 p1 (no contacts there): 1.15 x 0.30 = 0.345 (0.34499.. in binary floating point) -> 0.35
    staffing("2023-05-02", p1, "1.15", "0.30")
    # 2023-05-08 p0: 0.50 x 4.01 = 2.005 -> 2.01; 2 contacts -> 1.0025 -> 1.00
    # (from the rounded 2.01 it would be 1.01); 2 / 0.5 = 4.
    staffing("2023-05-08", p0, "0.50", "4.01")
    # 2023-05-09 p0: a row of 0 h: staffed (not a day without staffing) but the
    # per-contact figures are null.  2023-05-10 p0 has contacts and no row.
    staffing("2023-05-09", p0, "0", "35.00")
    # 2023-05-11 p0: 64 h at the maximum cost; 8 contacts -> 8 / 64 = 0.125 -> 0.13.
    # The first staffing file holds another value for it, which the second replaces.
    staffing("2023-05-11", p0, "64.00", "1000.00")
    # 2023-05-12..14 p0: 0.05 x 0.10 = 0.005 each: 0.015 -> 0.02 over the three days
    # (rounding each row first would give 0.03); 05-12 has 160 contacts, 1 resolved
    # -> per contact 0.00003125 -> 0, per resolved 0.005 -> 0.01, 3200 per hour.
    for d in ("2023-05-12", "2023-05-13", "2023-05-14"):
        staffing(d, p0, "0.05", "0.10")
    # the maximum hours, at a point without contacts, cost 0
    staffing("2023-05-12", extra_point, "200.00", "0")
    staffing("2023-05-15", extra_point, "0.01", "100.49")  # 1.0049 -> 1.00

    rng = random.Random(20231027)
    june = [day(dt.date(2023, 5, 31) + dt.timedelta(days=k)) for k in range(25)]
    more = random_records(rng, june, point_codes[:3] + [extra_point])
    for kind in rows:
        rows[kind] += more[kind]
    return rows, {("2023-05-11", p0)}


# --------------------------------------------------------------------------
# Running neuvo
# --------------------------------------------------------------------------

def edge_handoffs(point_codes, kinds, extra_point):
    """Handoffs at the edges of CONTRACT §9 over the edge data's May and June 2023,
    plus seeded random ones: sent near midnight in several offsets (the day as
    written counts), taken or closed in another offset than sent, every result,
    open ones taken or not, tries at their bounds, even and odd counts for the
    medians with halves to round, and a point without contacts.  CSV text."""
    p0, p1 = point_codes[0], point_codes[1 % len(point_codes)]
    services = sorted(code for code, kind in kinds.items() if kind == "internal")
    s0, s1 = services[0], services[1 % len(services)]
    rows = [
        # sent 23:50 local, 20:50 UTC: 1 May as written
        ("2023-05-01T23:50:00+03:00", p0, s0, "urgent", "2023-05-02T00:20:00+03:00", "2023-05-02T09:00:00+03:00", "reached", "1"),
        # sent 00:10 local on 2 May, still 1 May in UTC: 2 May as written; taken in UTC
        ("2023-05-02T00:10:00+03:00", p0, s1, "", "2023-05-01T22:16:00+00:00", "", "", ""),
        # the same instant written in UTC: 1 May as written
        ("2023-05-01T21:10:00Z", p1, s0, "normal", "", "", "", "0"),
        # taken 1 h 3 min after (1.05 h: a half to round), closed in another offset
        ("2023-05-03T10:00:00+03:00", p0, s0, "normal", "2023-05-03T11:03:00+03:00", "2023-05-04T08:00:00+02:00", "not-reached", "20"),
        ("2023-05-03T12:00:00+03:00", p0, s1, "normal", "2023-05-03T12:00:00+03:00", "2023-05-03T12:00:00+03:00", "declined", "0"),
        ("2023-05-03T13:00:00+03:00", p0, s0, "urgent", "2023-05-03T13:09:00+03:00", "2023-05-05T13:09:00+03:00", "returned", "0"),
        ("2023-05-04T09:00:00+03:00", p1, s1, "normal", "2023-05-04T09:01:30+03:00", "", "", "3"),
        # a listed point without contacts here
        ("2023-05-10T10:00:00+03:00", extra_point, s0, "normal", "2023-05-11T10:00:00+03:00", "2023-05-12T10:00:00+03:00", "reached", "2"),
        # the end of May and the start of June, written as neuvo reads offsets
        ("2023-05-31T23:59:59+03:00", p1, s0, "normal", "2023-06-01T00:00:01+03:00", "2023-06-01T00:06:00+03:00", "reached", "1"),
        ("2023-06-01T00:00:00+03:00", p1, s0, "normal", "", "", "", ""),
    ]
    rng = random.Random("edge handoffs")
    start = dt.datetime(2023, 5, 1, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    for _ in range(90):
        sent = start + dt.timedelta(seconds=rng.randrange(0, 61 * 86400))
        offset = dt.timezone(dt.timedelta(hours=rng.choice([3, 3, 2, 0])))
        taken = closed = None
        result = ""
        if rng.random() < 0.8:
            taken = sent + dt.timedelta(seconds=rng.choice([0, 1, 59, 1800, 3599, 3600, 3780, 86400])
                                        + rng.randrange(0, 3) * rng.randrange(0, 40000))
            if rng.random() < 0.75:
                closed = taken + dt.timedelta(seconds=rng.randrange(0, 5 * 86400))
                result = rng.choice(HANDOFF_RESULTS)
        tries = rng.randint(1, 20) if result in ("reached", "not-reached") else rng.randint(0, 20)
        rows.append((sent.astimezone(offset).isoformat(), rng.choice([p0, p0, p1, extra_point]),
                     rng.choice(services), rng.choice(["", "normal", "urgent"]),
                     taken.astimezone(offset).isoformat() if taken else "",
                     closed.isoformat() if closed else "", result, rng.choice([str(tries), str(tries), ""])
                     if result not in ("reached", "not-reached") else str(tries)))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HANDOFF_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


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
        # libpq's variables: the URIs say which server and login
        for name in [name for name in self.env if name.startswith("PG")]:
            del self.env[name]
        # the data files the oracle reads (vocabulary, points), whichever source
        # tree the binary was built from
        self.env["NEUVO_DATA"] = str(REPO / "data")
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


def report(neuvo, db, first, last, point, as_owner=False):
    """neuvo's report of db (a Database: on PostgreSQL as its supervisor, or as its
    owner) as a dict (floats as Decimal), or an error message."""
    target = db.owner if as_owner else db.reader
    args = ["report", "--from", first, "--to", last, "--format", "json", "--db", target]
    if point:
        args += ["--point", point]
    result = neuvo.run(*args)
    if result.returncode != 0:
        return None, f"report exited {result.returncode}: {result.stderr.strip()[:300]}"
    try:
        return json.loads(result.stdout, parse_float=Decimal), None
    except ValueError as error:
        return None, f"output is not JSON ({error}): {result.stdout[:200]!r}"


def import_file(neuvo, db, path, kind):
    """Imports the file at path into db (a Database) as its backend's people would;
    the neuvo run that failed, else the last one."""
    return db.import_file(neuvo, path, kind)


def import_as(neuvo, target, path, kind):
    args = ["import", str(path), "--db", target]
    if kind != "contacts":
        args += ["--kind", kind]
    return neuvo.run(*args)


KINDS = ["contacts", "feedback", "mood", "staffing", "handoffs"]


# --------------------------------------------------------------------------
# The two backends (CONTRACT §6: the same data gives the same report on both)
# --------------------------------------------------------------------------

class SetUpError(Exception):
    """A database could not be made ready (a role, a login, init)."""


class SQLite:
    """One file per database; the user who runs neuvo imports and reports."""
    name = "sqlite"

    def fresh(self, neuvo, folder, label):
        return SQLiteDatabase(folder / f"{label}.sqlite")

    def close(self):
        pass


class SQLiteDatabase:
    def __init__(self, path):
        self.owner = self.reader = str(path)

    def import_file(self, neuvo, path, kind):
        return import_as(neuvo, self.owner, path, kind)

    def cross_check(self, neuvo, name, probe):
        return 0, 0


class PostgreSQL:
    """The test run's PostgreSQL cluster (Tests/postgres/cluster.sh exports its socket
    directory as NEUVO_TEST_PGHOST, trust authentication): a database per data set,
    made by `neuvo init` as an owner login with CREATEROLE; every point's contacts,
    feedback and mood imported by an advisor login of that point (made with CREATE
    ROLE ... LOGIN, given the point by `neuvo roles`), staffing by a supervisor
    login, and the reports read as that supervisor: the server's figures, each
    through the path a person's login takes."""
    name = "postgresql"

    def __init__(self, host, superuser):
        self.host, self.superuser = host, superuser
        self.psql_path = shutil.which("psql") or next(
            (str(p / "psql") for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                                              key=lambda p: [int(x) for x in re.findall(r"[0-9]+", str(p))],
                                              reverse=True) if (p / "psql").exists()), None)
        if not self.psql_path:
            raise SetUpError("psql is not installed (apt-get install postgresql)")
        self.prefix = f"oracle{os.getpid()}"
        self.owner_login = f"{self.prefix}_owner"
        self.databases, self.logins = [], []
        self.create_login(self.owner_login, "CREATEROLE")

    def psql(self, sql, database="postgres", user=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(PGCLIENTENCODING="UTF8", LC_ALL="C.UTF-8")
        result = subprocess.run([self.psql_path, "-X", "-v", "ON_ERROR_STOP=1", "-At", "-h", self.host,
                                 "-U", user or self.superuser, "-d", database, "-c", sql],
                                env=env, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise SetUpError(f"psql {sql[:80]!r}: {result.stderr.strip()[:300]}")
        return result.stdout

    def create_login(self, name, attributes=""):
        self.psql(f'CREATE ROLE "{name}" LOGIN {attributes}')
        self.logins.append(name)

    def uri(self, database, user):
        quote = urllib.parse.quote
        return f"postgresql:///{quote(database, safe='')}?host={quote(self.host, safe='')}&user={quote(user, safe='')}"

    def fresh(self, neuvo, folder, label):
        database = f"{self.prefix}_{len(self.databases)}"
        self.psql(f'CREATE DATABASE "{database}" OWNER "{self.owner_login}" TEMPLATE template0')
        self.databases.append(database)
        owner = self.uri(database, self.owner_login)
        result = neuvo.run("init", "--db", owner)
        if result.returncode != 0:
            raise SetUpError(f"init exited {result.returncode}: {result.stderr.strip()[:300]}")
        db = PostgresDatabase(self, database, owner)
        db.supervisor = db.login("sup", neuvo, "supervisor")
        db.reader = self.uri(database, db.supervisor)
        return db

    def close(self):
        """Drops what this run made (the cluster may outlive it)."""
        for database in self.databases:
            try:
                self.psql(f'DROP DATABASE IF EXISTS "{database}"')
            except SetUpError as error:
                print(f"oracle: {error}", file=sys.stderr)
        for login in reversed(self.logins):
            try:
                self.psql(f'DROP ROLE IF EXISTS "{login}"')
            except SetUpError as error:
                print(f"oracle: {error}", file=sys.stderr)


class PostgresDatabase:
    def __init__(self, backend, database, owner):
        self.backend, self.database, self.owner = backend, database, owner
        self.advisors = {}  # point -> login
        self.supervisor = self.reader = None

    def login(self, suffix, neuvo, role, point=None):
        """A new login role of this database given ROLE by `neuvo roles` (as the owner)."""
        name = f"{self.database}_{suffix}"
        self.backend.create_login(name)
        args = ["roles", "--db", self.owner, "--set", f"{name}={role}"]
        if point:
            args += ["--point", point]
        result = neuvo.run(*args)
        if result.returncode != 0:
            raise SetUpError(f"roles --set {name}={role} exited {result.returncode}: {result.stderr.strip()[:300]}")
        return name

    def advisor(self, neuvo, point):
        if point not in self.advisors:
            self.advisors[point] = self.login(f"a{len(self.advisors)}", neuvo, "advisor", point)
        return self.backend.uri(self.database, self.advisors[point])

    def import_file(self, neuvo, path, kind):
        """Staffing by the supervisor (who keeps it, CONTRACT §7); contacts, feedback
        and mood point by point, each by an advisor of that point (CONTRACT §6: an
        advisor imports within her points). A file of one point goes as it is."""
        if kind == "staffing":
            return import_as(neuvo, self.backend.uri(self.database, self.supervisor), path, kind)
        text = Path(path).read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header, body = (rows[0], rows[1:]) if rows else ([], [])
        if "point" not in header or not body:
            # nothing to import: the owner (who may import any point) gets the file
            return import_as(neuvo, self.owner, path, kind)
        column = header.index("point")
        points = sorted({row[column].strip() for row in body if len(row) > column})
        if len(points) == 1:
            return import_as(neuvo, self.advisor(neuvo, points[0]), path, kind)
        result = None
        for number, point in enumerate(points):
            part = Path(path).with_name(f"{Path(path).stem}-point{number}.csv")
            with open(part, "w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f, lineterminator="\r\n")
                writer.writerow(header)
                writer.writerows(row for row in body if len(row) > column and row[column].strip() == point)
            result = import_as(neuvo, self.advisor(neuvo, point), part, kind)
            if result.returncode != 0:
                return result
        return result

    def cross_check(self, neuvo, name, probe):
        """The owner's report equals the supervisor's (every key the oracle checks)."""
        owner, error = report(neuvo, self, *probe, as_owner=True)
        supervisor, error2 = report(neuvo, self, *probe)
        if error or error2:
            print(f"FAIL {name}, the owner's report against the supervisor's: {error or error2}")
            return 0, 1
        keys = [k for k in ALL_KEYS if owner.get(k) != supervisor.get(k)]
        if keys:
            print(f"FAIL {name}, the owner's report differs from the supervisor's at " + "; ".join(
                f"{k}: owner {show(owner.get(k))}, supervisor {show(supervisor.get(k))}" for k in keys))
            return 0, 1
        return 1, 0


def check_round_trip(neuvo, backend, name, db, folder, probes, known):
    """CONTRACT §3, §7: `export --kind K` for every kind, imported into a fresh
    database, gives the same reports.  probes: [(first, last, point)]; known:
    reports of db already fetched, by probe.  Returns (passed, failed)."""
    try:
        fresh = backend.fresh(neuvo, folder, "round-trip")
    except SetUpError as error:
        print(f"FAIL {name}, round trip: {error}")
        return 0, 1
    for kind in KINDS:
        result = neuvo.run("export", "--kind", kind, "--db", db.owner)
        if result.returncode != 0:
            print(f"FAIL {name}, round trip: export --kind {kind} exited {result.returncode}: "
                  f"{result.stderr.strip()[:300]}")
            return 0, 1
        path = folder / f"export-{kind}.csv"
        path.write_text(result.stdout, encoding="utf-8", newline="")
        result = import_file(neuvo, fresh, path, kind)
        if result.returncode != 0:
            print(f"FAIL {name}, round trip: importing the export of {kind} exited "
                  f"{result.returncode}: {result.stderr.strip()[:300]}")
            return 0, 1
    passed = failed = 0
    for first, last, point in probes:
        what = f"{name}, round trip, {first}..{last}, " + (f"point {point}" if point else "all points")
        before, error = known.get((first, last, point)) or report(neuvo, db, first, last, point)
        after, error2 = report(neuvo, fresh, first, last, point)
        if error or error2:
            print(f"FAIL {what}: {error or error2}")
            failed += 1
        elif before != after:
            keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            print(f"FAIL {what}: the reports differ at " + "; ".join(
                f"{k}: before {show(before.get(k))}, after {show(after.get(k))}" for k in keys))
            failed += 1
        else:
            passed += 1
    return passed, failed


def check_dataset(neuvo, backend, name, text, codes, kinds, workdir, catalog_points, extra_periods=(),
                  report_points=None, records_rows=None, replace=(), extra_checks=None, handoffs_text=None):
    """Import text, records (made here when records_rows is None) and handoffs (the
    CSV kind `handoffs`, CONTRACT §9), compare the reports for all points and for
    each of report_points (default: every point with contacts), then check the
    round trip.  Returns (passed, failed)."""
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
    csv_path.write_text(text, encoding="utf-8", newline="")
    try:
        db = backend.fresh(neuvo, folder, "n")
    except SetUpError as error:
        print(f"FAIL {name}: {error}")
        return 0, 1
    result = import_file(neuvo, db, csv_path, "contacts")
    if result.returncode != 0:
        print(f"FAIL {name}: import exited {result.returncode}: {result.stderr.strip()[:500]}")
        return 0, 1
    rng = random.Random(name)
    point_codes = sorted({c.point for c in contacts})
    days = sorted({dt.date.fromisoformat(c.day) for c in contacts})

    # CONTRACT §7 records: made here over the data's days (and two days either
    # side), at its points and one listed point without contacts.
    if records_rows is None:
        span = [day(days[0] + dt.timedelta(days=k)) for k in range(-2, (days[-1] - days[0]).days + 3)]
        spare = [p for p in catalog_points if p not in point_codes][:1]
        records_rows = random_records(random.Random(f"{name} records"), span, point_codes + spare)
    records = Records()
    for number, (kind, records_text) in enumerate(record_files(random.Random(f"{name} files"),
                                                               records_rows, replace)):
        try:
            parse_records(kind, records_text, records)
        except DataError as error:
            print(f"FAIL {name}: the oracle's own {kind} CSV does not follow CONTRACT §7: {error}")
            return passed, failed + 1
        path = folder / f"{number}-{kind}.csv"
        path.write_text(records_text, encoding="utf-8", newline="")
        result = import_file(neuvo, db, path, kind)
        if result.returncode != 0:
            print(f"FAIL {name}: import --kind {kind} exited {result.returncode}: "
                  f"{result.stderr.strip()[:500]}")
            return passed, failed + 1

    # CONTRACT §9 handoffs: read here by the contract, imported as the other kinds.
    handoffs = []
    if handoffs_text is not None:
        services = {code for code, kind in kinds.items() if kind == "internal"}
        try:
            handoffs = parse_handoffs(handoffs_text, set(catalog_points), services)
        except DataError as error:
            print(f"FAIL {name}: the handoffs' CSV does not follow CONTRACT §9: {error}")
            return passed, failed + 1
        if not handoffs:
            print(f"FAIL {name}: no handoffs in the handoffs' CSV")
            return passed, failed + 1
        path = folder / "handoffs.csv"
        path.write_text(handoffs_text, encoding="utf-8", newline="")
        result = import_file(neuvo, db, path, "handoffs")
        if result.returncode != 0:
            print(f"FAIL {name}: import --kind handoffs exited {result.returncode}: {result.stderr.strip()[:500]}")
            return passed, failed + 1

    periods = periods_for(contacts, rng) + list(extra_periods)
    known = {}
    for label, first, last in periods:
        points = [None] + (point_codes if report_points is None else list(report_points))
        if label.startswith("2000"):
            # a point listed in data/points.json that has no contacts here
            points += [p for p in catalog_points if p not in point_codes][:1]
        for point in points:
            what = f"{name}, {label} {first}..{last}, " + (f"point {point}" if point else "all points")
            got, error = report(neuvo, db, first, last, point)
            known[(first, last, point)] = (got, error)
            if error:
                print(f"FAIL {what}: {error}")
                failed += 1
                continue
            differences = compare(expected_report(contacts, records, handoffs, kinds, first, last, point), got)
            if differences:
                print(f"FAIL {what}: " + "; ".join(differences))
                failed += 1
            else:
                passed += 1

    whole = ("2000-01-01", "2099-12-31")  # a period of periods_for, so already fetched
    p, f = db.cross_check(neuvo, name, (*whole, None))
    passed += p
    failed += f
    p, f = check_round_trip(neuvo, backend, name, db, folder, [(*whole, None), (*whole, point_codes[0])], known)
    passed += p
    failed += f
    if extra_checks:
        p, f = extra_checks(neuvo, name, db, folder)
        passed += p
        failed += f
    shutil.rmtree(folder, ignore_errors=True)
    return passed, failed


def check_rejections(neuvo, name, db, folder, point):
    """CONTRACT §7 (with §3's rules): a bad record or contact file is refused whole
    (exit 1), the bad row reported as LINE:COLUMN, and nothing changes.
    Every file holds a good row (of a day and point holding nothing) before the bad one."""
    _, kinds = load_vocabulary()
    internal = sorted(code for code, kind in kinds.items() if kind == "internal")
    external = sorted(code for code, kind in kinds.items() if kind == "external")
    service = internal[0]
    sent = f"2031-01-03T10:00:00+02:00,{point},{service}"
    good = {
        "handoffs": (",".join(HANDOFF_COLUMNS), f"2031-01-02T10:00:00+02:00,{point},{service},normal,,,,0"),
        "feedback": ("day,point,nps,settled,bounced", f"2031-01-02,{point},10,yes,no"),
        "mood": ("day,point,mood,enps", f"2031-01-02,{point},3,7"),
        "staffing": ("day,point,staff_hours,hourly_cost_eur", f"2031-01-02,{point},8,30.00"),
        "contacts": ("occurred_at,point,channel,topics,resolved,referrals,referral_outcomes,unmet_needs,consultation",
                     f"2031-01-02T10:00:00+02:00,{point},walk-in,housing,yes,kela,kela:reached,cost,"
                     + consultation_lines()[0]),
    }
    bad = [  # (kind, bad row, the column the problem is in, or None where the contract leaves it open)
        ("feedback", f"2031-01-03,{point},11,yes,no", "nps"),
        ("feedback", f"2031-01-03,{point},,yes,no", "nps"),
        ("feedback", f"2031-01-03,{point},7,maybe,no", "settled"),
        ("feedback", f"2031-01-03,{point},7,yes,partly", "bounced"),
        ("feedback", f"2031-1-3,{point},7,yes,no", "day"),
        ("mood", f"2031-01-03,{point},,", None),
        ("mood", f"2031-01-03,{point},0,5", "mood"),
        ("mood", f"2031-01-03,{point},6,", "mood"),
        ("mood", f"2031-01-03,{point},3,11", "enps"),
        ("staffing", f"2031-01-02,{point},7,30.00", None),  # a second row for the day and point
        ("staffing", f"2031-01-03,{point},200.01,30.00", "staff_hours"),
        ("staffing", f"2031-01-03,{point},1.234,30.00", "staff_hours"),
        ("staffing", f"2031-01-03,{point},-1,30.00", "staff_hours"),
        ("staffing", f"2031-01-03,{point},8,1000.01", "hourly_cost_eur"),
        ("staffing", f"2031-01-03,{point},8,12.345", "hourly_cost_eur"),
        ("contacts", f"2031-01-03T10:00:00+02:00,{point},walk-in,housing,yes,kela,ngo:reached,", "referral_outcomes"),
        ("contacts", f"2031-01-03T10:00:00+02:00,{point},walk-in,housing,yes,kela,kela:lost,", "referral_outcomes"),
        ("contacts", f"2031-01-03T10:00:00+02:00,{point},walk-in,housing,yes,kela,kela:reached;kela:declined,", "referral_outcomes"),
        ("contacts", f"2031-01-03T10:00:00+02:00,{point},walk-in,housing,yes,,,far-away", "unmet_needs"),
        ("contacts", f"2031-01-03T10:00:00+02:00,{point},walk-in,housing,yes,,,cost;cost", "unmet_needs"),
        # CONTRACT §8: the code of one listed line
        ("contacts", f"2031-01-03T10:00:00+02:00,{point},walk-in,housing,yes,,,,x", "consultation"),
        ("contacts", f"2031-01-03T10:00:00+02:00,{point},walk-in,housing,yes,,,,"
         + ";".join(consultation_lines()[:2]), "consultation"),
        # CONTRACT §9: the handoffs' figures
        ("handoffs", f"2031-01-03T10:00:00,{point},{service},normal,,,,", "sent_at"),
        ("handoffs", f"2031-01-03T10:00:00+02:00,{point},{external[0]},normal,,,,", "service"),
        ("handoffs", f"{sent},high,,,,", "urgency"),
        ("handoffs", f"{sent},normal,2031-01-03T09:59:59+02:00,,,", "taken_at"),
        ("handoffs", f"{sent},normal,,2031-01-03T12:00:00+02:00,declined,0", "closed_at"),
        ("handoffs", f"{sent},normal,2031-01-03T11:00:00+02:00,2031-01-03T10:30:00+02:00,declined,0", "closed_at"),
        ("handoffs", f"{sent},normal,2031-01-03T11:00:00+02:00,,declined,0", "result"),
        ("handoffs", f"{sent},normal,2031-01-03T11:00:00+02:00,2031-01-03T12:00:00+02:00,reached,0", "tries"),
        ("handoffs", f"{sent},normal,2031-01-03T11:00:00+02:00,2031-01-03T12:00:00+02:00,not-reached,", "tries"),
        ("handoffs", f"{sent},normal,,,,21", "tries"),
    ]
    # the contact rows above written before §8 lack the consultation cell
    bad = [(kind, row + "," if kind == "contacts" and row.count(",") == 7 else row, column)
           for kind, row, column in bad]
    probe = ("2000-01-01", "2099-12-31", None)
    before, error = report(neuvo, db, *probe)
    if error:
        print(f"FAIL {name}, rejections: {error}")
        return 0, 1
    passed = failed = 0
    for number, (kind, row, column) in enumerate(bad):
        header, good_row = good[kind]
        text = "\r\n".join([header, good_row, row]) + "\r\n"
        # the oracle's own reading must refuse it too (else the case is wrong)
        try:
            if kind == "contacts":
                parse_contacts(text, load_vocabulary()[0])
            elif kind == "handoffs":
                parse_handoffs(text, {point}, set(internal))
            else:
                parse_records(kind, text, Records())
            print(f"FAIL {name}, rejections: the oracle accepts its own bad {kind} row {row!r}")
            failed += 1
            continue
        except DataError:
            pass
        path = folder / f"bad-{number}-{kind}.csv"
        path.write_text(text, encoding="utf-8", newline="")
        result = import_file(neuvo, db, path, kind)
        where = f"3:{column}" if column else "3:"
        if result.returncode != 1 or where not in result.stderr:
            print(f"FAIL {name}, rejections: {kind} row {row!r}: expected exit 1 and {where!r} "
                  f"on stderr, got exit {result.returncode}: {result.stderr.strip()[:200]!r}")
            failed += 1
        else:
            passed += 1
    # unknown columns, in a record file
    path = folder / "bad-column.csv"
    path.write_text(f"day,point,nps,settled,bounced,comment\r\n2031-01-03,{point},7,yes,no,x\r\n",
                    encoding="utf-8", newline="")
    result = import_file(neuvo, db, path, "feedback")
    if result.returncode != 1:
        print(f"FAIL {name}, rejections: a feedback file with an unknown column: expected exit 1, "
              f"got {result.returncode}")
        failed += 1
    else:
        passed += 1
    # a personal column in a handoffs file is an unknown column (CONTRACT §9)
    path = folder / "bad-handoff-column.csv"
    path.write_text(",".join(HANDOFF_COLUMNS) + ",name\r\n"
                    + f"2031-01-02T10:00:00+02:00,{point},{service},normal,,,,0,Testi Asiakas\r\n",
                    encoding="utf-8", newline="")
    result = import_file(neuvo, db, path, "handoffs")
    if result.returncode != 1:
        print(f"FAIL {name}, rejections: a handoffs file with a name column: expected exit 1, "
              f"got {result.returncode}")
        failed += 1
    else:
        passed += 1
    after, error = report(neuvo, db, *probe)
    if error or after != before:
        keys = [] if error else sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        print(f"FAIL {name}, rejections: refused files changed the report: " + (error or "; ".join(
            f"{k}: before {show(before.get(k))}, after {show(after.get(k))}" for k in keys)))
        failed += 1
    else:
        passed += 1
    return passed, failed


def main():
    parser = argparse.ArgumentParser(description="Checks neuvo report against CONTRACT §3-§5, §7, §8, §9.")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite",
                        help="postgresql: on the cluster of Tests/postgres/cluster.sh run (NEUVO_TEST_PGHOST), "
                             "imports through advisor logins, reports as a supervisor")
    chosen = parser.parse_args().backend
    suffix = "" if chosen == "sqlite" else f" ({chosen})"
    if chosen == "postgresql":
        host = os.environ.get("NEUVO_TEST_PGHOST")
        if not host:
            print("oracle: --backend postgresql runs inside a test cluster: "
                  "Tests/postgres/cluster.sh run -- python3 Tests/oracle/report_oracle.py --backend postgresql",
                  file=sys.stderr)
            print(f"oracle: 0 passed, 1 failed{suffix}")
            return 1
    binary = build()
    codes, kinds = load_vocabulary()
    with open(POINTS, encoding="utf-8") as f:
        point_codes = [p["code"] for p in json.load(f)["points"]]
    passed = failed = 0
    workdir = Path(tempfile.mkdtemp(prefix="neuvo-oracle-"))
    backend = None
    try:
        neuvo = Neuvo(binary, workdir)
        try:
            backend = (SQLite() if chosen == "sqlite"
                       else PostgreSQL(host, os.environ.get("NEUVO_TEST_PGUSER") or "postgres"))
        except SetUpError as error:
            print(f"FAIL {chosen}: {error}")
            print(f"oracle: 0 passed, 1 failed{suffix}")
            return 1
        for seed, options in DEMO_SETS:
            name = f"seed {seed}" + (" " + " ".join(options) if options else "")
            result = neuvo.run("demo-data", "--seed", str(seed), "--days", str(DEMO_DAYS), *options)
            if result.returncode != 0 or not result.stdout.strip():
                print(f"FAIL {name}: demo-data exited {result.returncode}: {result.stderr.strip()[:300]}")
                failed += 1
                continue
            sent = neuvo.run("demo-data", "--kind", "handoffs", "--seed", str(seed), "--days", str(DEMO_DAYS), *options)
            if sent.returncode != 0:
                print(f"FAIL {name}: demo-data --kind handoffs exited {sent.returncode}: {sent.stderr.strip()[:300]}")
                failed += 1
                continue
            p, f = check_dataset(neuvo, backend, name, result.stdout, codes, kinds, workdir, point_codes,
                                 handoffs_text=sent.stdout)
            passed += p
            failed += f
        edge_periods = [("edge day", d, d) for d in
                        ["2023-05-01", "2023-05-02", "2023-05-03", "2023-05-04", "2023-05-05",
                         "2023-05-06", "2023-05-08", "2023-05-09", "2023-05-10", "2023-05-11",
                         "2023-05-12", "2023-05-13", "2023-05-15", "2023-05-17"]]
        edge_periods += [("May", "2023-05-01", "2023-05-31"), ("one day, repeat after it", "2023-05-31", "2023-05-31"),
                         ("June", "2023-06-01", "2023-06-30"), ("three days", "2023-05-12", "2023-05-14"),
                         ("a week", "2023-05-08", "2023-05-14")]
        p0, p1, extra = point_codes[0], point_codes[1 % len(point_codes)], point_codes[3 % len(point_codes)]
        rows, replace = edge_records(point_codes, extra)
        p, f = check_dataset(neuvo, backend, "edge", edge_csv(point_codes, codes), codes, kinds, workdir,
                             point_codes, extra_periods=edge_periods, report_points=[p0, p1],
                             records_rows=rows, replace=replace,
                             handoffs_text=edge_handoffs(point_codes, kinds, extra),
                             extra_checks=lambda n, name, db, folder: check_rejections(n, name, db, folder, p0))
        passed += p
        failed += f
    finally:
        if backend:
            backend.close()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"oracle: {passed} passed, {failed} failed{suffix}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
