#!/usr/bin/env python3
"""Check Fixtures/calendar/kr-public-holidays.json (standard library only).

Usage: python3 Scripts/check-holidays.py [path/to/kr-public-holidays.json]

Checks the file's shape, that every year 2016-2027 is present once and in order,
that dates ascend strictly within each year (so no date appears twice), that the
fixed-date holidays are all there, that each lunar holiday is three consecutive
days in a plausible season, that every substitute holiday (대체공휴일) falls on a
weekday after the holiday it replaces, and that temporary holidays and election
days fall on weekdays. Prints one line per failure, a per-year summary and a
closing 'N passed, N failed' line; exits 1 when anything failed.
"""

import datetime
import json
import os
import re
import sys

REQUIRED_YEARS = range(2016, 2028)
TOP_KEYS_REQUIRED = {"source", "years"}
TOP_KEYS_ALLOWED = {"source", "note", "years"}
JOIN = " · "
SUBSTITUTE = re.compile(r"^대체공휴일 \((.+)\)$")

# (month, day, name, first year) — fixed-date holidays in the regulation.
FIXED = [
    (1, 1, "1월 1일", 2016),
    (3, 1, "삼일절", 2016),
    (5, 1, "노동절", 2026),
    (5, 5, "어린이날", 2016),
    (6, 6, "현충일", 2016),
    (7, 17, "제헌절", 2026),
    (8, 15, "광복절", 2016),
    (10, 3, "개천절", 2016),
    (10, 9, "한글날", 2016),
    (12, 25, "기독탄신일", 2016),
]

# Lunar holidays: the main day must fall in this solar window (month, day) inclusive.
LUNAR_TRIOS = {
    "설날": ((1, 21), (2, 20)),
    "추석": ((9, 8), (10, 8)),
}
BUDDHA = "부처님 오신 날"
BUDDHA_WINDOW = ((4, 20), (5, 27))

WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + message)
        return ok


def in_window(date, window):
    (m1, d1), (m2, d2) = window
    return datetime.date(date.year, m1, d1) <= date <= datetime.date(date.year, m2, d2)


def check_year(c, entry, index):
    where = "years[%d]" % index
    if not c.check(isinstance(entry, dict), where + " is not an object"):
        return None
    c.check(set(entry) == {"year", "holidays"},
            where + " keys are %s, want year and holidays" % sorted(entry))
    year = entry.get("year")
    if not c.check(isinstance(year, int) and not isinstance(year, bool), where + ".year is not an integer"):
        return None
    where = "year %d" % year
    holidays = entry.get("holidays")
    if not c.check(isinstance(holidays, list) and holidays, where + ": holidays is not a non-empty list"):
        return year, []

    parsed = []  # (date, [names], full name)
    previous = None
    for j, h in enumerate(holidays):
        at = "%s holidays[%d]" % (where, j)
        if not c.check(isinstance(h, dict) and set(h) == {"date", "name"},
                       at + " must be an object with exactly date and name"):
            continue
        raw, name = h["date"], h["name"]
        if not c.check(isinstance(raw, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw or ""),
                       at + " date %r is not YYYY-MM-DD" % (raw,)):
            continue
        try:
            date = datetime.date.fromisoformat(raw)
        except ValueError:
            c.check(False, at + " date %s is not a real date" % raw)
            continue
        c.check(date.year == year, at + " date %s is outside its year" % raw)
        if previous is not None:
            c.check(date > previous, at + " date %s is not after %s (ascending, no duplicates)" % (raw, previous))
        previous = date
        if not c.check(isinstance(name, str) and name.strip() == name and name,
                       at + " name must be a non-empty trimmed string"):
            continue
        parts = name.split(JOIN)
        c.check(all(p and p.strip() == p for p in parts), at + " name %r has an empty or padded part" % name)
        c.check(len(parts) == len(set(parts)), at + " name %r repeats a part" % name)
        parsed.append((date, parts, name))

    by_date = {d: parts for d, parts, _ in parsed}
    names_on = {}
    for d, parts, _ in parsed:
        for p in parts:
            names_on.setdefault(p, []).append(d)

    # Fixed-date holidays.
    for month, day, name, since in FIXED:
        if year < since:
            continue
        date = datetime.date(year, month, day)
        c.check(name in by_date.get(date, []), "%s: %s missing on %s" % (where, name, date))

    # Lunar trios: 전날, the day, 다음 날 on consecutive days, main day in season.
    for main, window in LUNAR_TRIOS.items():
        days = names_on.get(main, [])
        if not c.check(len(days) == 1, "%s: %s appears %d times, want once" % (where, main, len(days))):
            continue
        d = days[0]
        c.check(in_window(d, window), "%s: %s on %s is outside its season" % (where, main, d))
        one = datetime.timedelta(days=1)
        c.check(main + " 전날" in by_date.get(d - one, []), "%s: %s 전날 not on %s" % (where, main, d - one))
        c.check(main + " 다음 날" in by_date.get(d + one, []), "%s: %s 다음 날 not on %s" % (where, main, d + one))
    days = names_on.get(BUDDHA, [])
    if c.check(len(days) == 1, "%s: %s appears %d times, want once" % (where, BUDDHA, len(days))):
        c.check(in_window(days[0], BUDDHA_WINDOW),
                "%s: %s on %s is outside its season" % (where, BUDDHA, days[0]))

    # Substitute holidays: on a weekday, after the holiday they stand for, within 10 days.
    for d, parts, _ in parsed:
        for p in parts:
            m = SUBSTITUTE.match(p)
            if not m:
                continue
            c.check(d.weekday() < 5, "%s: %s on %s falls on %s요일" % (where, p, d, WEEKDAYS[d.weekday()]))
            for original in m.group(1).split(JOIN):
                earlier = [o for o in names_on.get(original, []) if o < d]
                c.check(earlier and (d - max(earlier)).days <= 10,
                        "%s: %s on %s has no %s in the 10 days before it" % (where, p, d, original))

    # Temporary holidays and election days are designated on weekdays.
    for d, parts, _ in parsed:
        for p in parts:
            if p == "임시공휴일" or p.endswith("선거일"):
                c.check(d.weekday() < 5, "%s: %s on %s falls on %s요일" % (where, p, d, WEEKDAYS[d.weekday()]))

    return year, parsed


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "..", "Fixtures", "calendar", "kr-public-holidays.json")
    c = Checker()
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as error:
        print("FAIL: cannot read %s: %s" % (path, error))
        print("0 passed, 1 failed")
        return 1

    if c.check(isinstance(doc, dict), "top level is not an object"):
        keys = set(doc)
        c.check(TOP_KEYS_REQUIRED <= keys, "top level lacks %s" % sorted(TOP_KEYS_REQUIRED - keys))
        c.check(keys <= TOP_KEYS_ALLOWED, "top level has unknown keys %s" % sorted(keys - TOP_KEYS_ALLOWED))
        c.check(isinstance(doc.get("source"), str) and doc.get("source"), "source is not a non-empty string")
        if "note" in doc:
            c.check(isinstance(doc["note"], str) and doc["note"], "note is not a non-empty string")
        years = doc.get("years")
    else:
        years = None

    summary = []
    if c.check(isinstance(years, list), "years is not a list"):
        seen = []
        for i, entry in enumerate(years):
            result = check_year(c, entry, i)
            if result is None:
                continue
            year, parsed = result
            if seen:
                c.check(year > seen[-1], "year %d is not after %d (ascending, no duplicates)" % (year, seen[-1]))
            seen.append(year)
            summary.append((year, parsed))
        for y in REQUIRED_YEARS:
            c.check(y in seen, "year %d is missing" % y)

    for year, parsed in summary:
        weekend = sum(1 for d, _, _ in parsed if d.weekday() >= 5)
        subs = sum(1 for _, parts, _ in parsed for p in parts if SUBSTITUTE.match(p))
        print("%d: %2d dates (%d on a weekend, %d substitute)" % (year, len(parsed), weekend, subs))
    print("%d passed, %d failed" % (c.passed, c.failed))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
