"""Statutory deadlines worked out from dates: the reference the calculators' JavaScript must match.

Every number comes from the data (`data/statutory.yml`, `data/bank_holidays.yml`,
`data/term_dates.yml`). `calculator_rules` turns it into one plain JSON object per
journey; `journey_dates` works the dates out from that object, and the browser's
copy (overrides/assets/components/deadline-calculator/) reads the very same object,
so both sides share one rules source. Dates are plain `datetime.date` values: no
times and no time zones, so clock changes cannot move a deadline.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..dataset.lookups import grounds_for
from ..school_year import MONTH_NAMES, Term, long_date, reception_year, school_closures, school_terms

# Event dates are accepted this many months either side of today: far enough back for a late
# appeal or review, far enough ahead to plan; anything else is almost surely a typing slip.
MONTHS_BEFORE_TODAY = 24
MONTHS_AFTER_TODAY = 12
# A child's date of birth: a plan can last until the young person is 25.
BIRTH_YEARS_BEFORE_TODAY = 25
# The advice window runs from 1 week before the closure to 1 week before reopening (reg 10(4)(a)).
CLOSURE_WINDOW_DAYS = 7

# What the pages and the script say; {date}, {from}, {to}, {name} ... are filled in.
MESSAGES = {
    "enter": "Enter {name}",
    "include": "{Name} must include {parts}",
    "real": "{Name} must be a real date",
    "year4": "The year must include 4 numbers",
    "range": "{Name} must be between {from} and {to}. {why}",
    "why-event": "The calculator works out dates up to 2 years back and 1 year ahead.",
    "why-birth": "A plan can only last until a young person is 25.",
    "why-move": "The calculator works out moves up to 20 years ahead.",
    "year": "Enter {name} as a year, for example 2028",
    "holidays": "{Name} is too late for this calculator. It knows bank holidays in England only up to {date}.",
    "move": "Select the kind of move",
    "birth-or-year": "Enter your child's date of birth or the year of the move",
    "heading": "Your dates",
    "summary": "There is a problem",
    "later": "2 months after the letter is {first}. 1 month after the mediation certificate is {second}. "
    "The later date counts.",
    "earlier": "{firstLimit} after the council sent the proposed changes is {first}. {secondLimit} after the review "
    "meeting is {second}. The earlier date counts.",
    "earlier-only": "{secondLimit} after the review meeting is the latest. If the council sent proposed changes, "
    "enter the date it sent them: your date may be earlier.",
    "late-changes": "The proposed changes were sent after {date}, the last day for the council's decision. "
    "They should have come with the decision (High Court, 2022).",
    "moved-run": "{date} is between {from} and {to}, so the tribunal accepts the appeal on the first working day "
    "after {to}. To be safe, make sure it arrives by {date} if you can.",
    "moved-day": "{date} is not a working day (a weekend or a bank holiday), so the tribunal accepts the appeal "
    "on the next working day. To be safe, make sure it arrives by {date} if you can.",
    "school-year": "Your child was born on {birth}. In England the school year starts on 1 September, "
    "so children born from 1 September {cohort} to 31 August {cohortEnd} start Reception in "
    "September {reception}. Your child moves into {group} in September {year}.",
    "given-year": "You told us the move is in September {year}.",
    "out-of-year": "If your child is taught out of their year group, enter the year of the move instead.",
    "before": "The law says before {day} {month} {year}, so the last day is the day before.",
    "closure": "The council may be allowed to take longer than {date} only if it asked the school for advice "
    "between {from} and {to} and that made the time limit impractical. These dates come from one "
    "council's term dates: your child's school may close at other times.",
    "middle": "Middle schools start in different years in different areas. Enter the year of the move.",
    "passed": "This date has passed. If it has not happened, find out what you can do next",
    "storage": "Your browser is not letting this page keep your dates, so they will be forgotten when you leave.",
    "calendar": "Worked out by the SEND guide. Check the dates with your council.",
    "copied": "Your dates have been copied. You can paste them into a message or a note.",
    "copy-failed": "Your browser did not let this page copy. Select the dates and copy them yourself.",
}


def add_months(day: date, months: int) -> date:
    """The same date `months` later; the month's last day when it has no such date (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_period(start: date, period) -> date:
    """The last day of a statutory period from `start` (a fact's `period`, or a rules row).

    Days and weeks are calendar days. Months follow the corresponding date rule
    (Dodds v Walker): the same date in the later month, else that month's last day,
    so 2 months after 31 December is 28 or 29 February.
    With `first_day_counts` ("beginning with the day", "starting with the date"),
    `start` is day 1 and the period ends one day earlier: 15 days from 1 March end on
    15 March; 12 months starting 1 March 2027 end on 29 February 2028. A month with
    no such date ends on its last day: 1 month starting 31 January ends on 28 February.
    """
    amount, unit, first_day = _period_parts(period)
    if unit == "months":
        if not first_day:
            return add_months(start, amount)
        first = add_months(start.replace(day=1), amount)
        last = calendar.monthrange(first.year, first.month)[1]
        return first + timedelta(days=min(start.day - 1, last) - 1)
    days = amount * {"days": 1, "weeks": 7}[unit]
    return start + timedelta(days=days - 1 if first_day else days)


def _period_parts(period) -> tuple[int, str, bool]:
    """(amount, unit, first day counts) from a fact's period or a rules row (`firstDay`)."""
    if "firstDay" in period:
        return period["amount"], period["unit"], bool(period["firstDay"])
    return period["amount"], period["unit"], bool(period.get("first_day_counts"))


def fact_deadline(fact, events: Mapping[str, date]) -> date | None:
    """A fact's deadline from the events known so far, or None if its starting event is not known.

    `or_later` (the appeal limit) gives a second period from another event; the later end wins.
    """
    if fact.period is None or fact.get("from") not in events:
        return None
    deadline = add_period(events[fact["from"]], fact.period)
    other = fact.or_later
    if other is not None and other["from"] in events:
        deadline = max(deadline, add_period(events[other["from"]], other.period))
    return deadline


def accepted_range(today: date) -> tuple[date, date]:
    """The earliest and latest event dates the calculator accepts, given today."""
    return add_months(today, -MONTHS_BEFORE_TODAY), add_months(today, MONTHS_AFTER_TODAY)


# ---- the tribunal's working days (rule 12) ----


def _in_run(day: date, run: tuple[str, str]) -> bool:
    """Whether `day` is in a run of month-days such as ("12-25", "01-01"), which may cross the new year."""
    key = f"{day.month:02d}-{day.day:02d}"
    start, end = run
    return start <= key <= end if start <= end else key >= start or key <= end


def _run_end(day: date, run: tuple[str, str]) -> date:
    """The last day of the run `day` is in: 31 August, or 1 January after a day in late December."""
    month, dom = (int(part) for part in run[1].split("-"))
    year = day.year + (1 if run[0] > run[1] and day.month > month else 0)
    return date(year, month, dom)


def is_working_day(day: date, holidays: frozenset[str] | set[str]) -> bool:
    """Monday to Friday and not a bank holiday in England (rule 1(3))."""
    return day.weekday() < 5 and day.isoformat() not in holidays


def tribunal_last_day(day: date, rules: Mapping) -> tuple[date, str | None]:
    """The day an appeal is still in time when the limit ends on `day`, and why it moved (a message key).

    Rule 12(3)(a): a last day in August or from 25 December to 1 January moves to the first working day
    after 31 August or 1 January. Rule 12(2): any other last day that is not a working day moves to the
    next working day.
    """
    holidays = frozenset(rules["holidays"])
    for run in rules["runs"]:
        if _in_run(day, run):
            moved = _run_end(day, run) + timedelta(days=1)
            while not is_working_day(moved, holidays):
                moved += timedelta(days=1)
            return moved, "moved-run"
    moved = day
    while not is_working_day(moved, holidays):
        moved += timedelta(days=1)
    return moved, ("moved-day" if moved != day else None)


def run_words(day: date, rules: Mapping) -> dict[str, str]:
    """The run a day is in, in words: {"from": "1 August", "to": "31 August"}."""

    def words(month_day: str) -> str:
        month, dom = (int(part) for part in month_day.split("-"))
        return f"{dom} {MONTH_NAMES[month - 1]}"

    run = next((run for run in rules["runs"] if _in_run(day, run)), None)
    return {"from": words(run[0]), "to": words(run[1])} if run else {}


# ---- the engine ----


@dataclass(frozen=True)
class Deadline:
    """One dated result: what happens by then, who does it, and how the date was worked out."""

    id: str
    date: date
    text: str
    fact_id: str
    how: tuple[str, ...] = field(default=())
    closures: tuple[tuple[date, date], ...] = field(default=())

    @property
    def sentence(self) -> str:
        return f"By {long_date(self.date)}: {self.text}"


def _fill(template: str, **values) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def closure_overlaps(rules: Mapping, start: date, end: date) -> list[tuple[date, date]]:
    """Parts of each long-closure advice window (reg 10(4)(a)) that fall between `start` and `end`."""
    found = []
    for window_start, window_end in rules.get("closures") or ():
        first, last = max(start, date.fromisoformat(window_start)), min(end, date.fromisoformat(window_end))
        if first <= last:
            found.append((first, last))
    return found


def _move_date(rules: Mapping, values: Mapping) -> tuple[date, tuple[str, ...]] | None:
    """The last day the plan may name the new school, for the chosen move, and how it was worked out."""
    say = rules["messages"]
    move = next((m for m in rules["moves"] if m["id"] == values.get("move")), None)
    if move is None:
        return None
    if values.get("move-year"):
        year = int(values["move-year"])
        how = [_fill(say["given-year"], year=year)]
    elif values.get("date-of-birth") and move["group"] is not None:
        birth = values["date-of-birth"]
        reception = reception_year(birth)
        year = reception + move["group"]
        how = [
            _fill(
                say["school-year"],
                birth=long_date(birth),
                cohort=reception - 5,
                cohortEnd=reception - 4,
                reception=reception,
                group=move["groupName"],
                year=year,
            ),
            say["out-of-year"],
        ]
    else:
        return None
    how.append(_fill(say["before"], day=move["day"], month=MONTH_NAMES[move["month"] - 1], year=year))
    return date(year, move["month"], move["day"]) - timedelta(days=1), tuple(how)


def journey_dates(rules: Mapping, values: Mapping) -> list[Deadline]:
    """Every date for one journey's answers (`values`: input id -> date, `move` -> a move id), in date order.

    `rules` is the journey's object from `calculator_rules`, exactly as the browser gets it.
    A row whose starting input was left empty is left out.
    """
    say = rules["messages"]
    found, by_row = [], {}
    for row in rules["rows"]:
        how: tuple[str, ...] = ()
        if row["from"] == "move":
            worked = _move_date(rules, values)
            if worked is None:
                continue
            day, how = worked
        else:
            start = values.get(row["from"])
            earlier = row.get("earlier")
            other = add_period(values[earlier["from"]], earlier) if earlier and values.get(earlier["from"]) else None
            if start is None and other is None:
                continue
            limits = {"firstLimit": _limit_words(row), "secondLimit": _limit_words(earlier) if earlier else ""}
            if start is None:  # only the second limit's event is known: its date is the latest the row can be
                day, how = other, (_fill(say["earlier-only"], **limits),)
            else:
                day = start - timedelta(days=row["amount"] * 7) if row["back"] else add_period(start, row)
                if other is not None:  # both limits apply: the earlier one binds
                    how = (_fill(say["earlier"], first=long_date(day), second=long_date(other), **limits),)
                    day = min(day, other)
            late_after = by_row.get(row.get("lateAfter"))
            if start is not None and late_after is not None and start > late_after:
                how += (_fill(say["late-changes"], date=long_date(late_after)),)
            later = row.get("orLater")
            if later and values.get(later["from"]):
                second = add_period(values[later["from"]], later)
                if second > day:
                    how = (_fill(say["later"], first=long_date(day), second=long_date(second)),)
                    day = second
            if row.get("adjust"):
                moved, reason = tribunal_last_day(day, rules)
                if reason:
                    how += (_fill(say[reason], date=long_date(day), **run_words(day, rules)),)
                day = moved
        closures = tuple(closure_overlaps(rules, values.get(row["from"]) or day, day)) if row.get("closure") else ()
        by_row[row["id"]] = day
        found.append(Deadline(row["id"], day, row["sentence"], row["fact"], how, closures))
    return sorted(found, key=lambda item: item.date)


# ---- rules from the data ----


def closure_windows(data) -> list[list[str]]:
    """Regulation 10(4)(a)'s windows: from 1 week before each long closure to 1 week before the school reopens."""
    terms = school_terms(data)
    after = data["term_dates"].next_year_starts
    if terms and after:  # the validator has checked it ends the summer holiday after the last term
        starts = date.fromisoformat(after)
        terms.append(Term("next-year", "next school year", starts, starts))
    week = timedelta(days=CLOSURE_WINDOW_DAYS)
    return [[(first - week).isoformat(), (reopens - week).isoformat()] for first, reopens in school_closures(terms)]


UNIT_WORDS = {"days": ("day", "days"), "weeks": ("week", "weeks"), "months": ("month", "months")}


def _limit_words(rule) -> str:
    """`8 weeks`, from a rules row (never written by hand in a message)."""
    singular, several = UNIT_WORDS[rule["unit"]]
    return f"{rule['amount']} {singular if rule['amount'] == 1 else several}"


def _sentence(row) -> str:
    who = row.who
    return f"{who[0].upper()}{who[1:]} {row.text}"


def journey(data, journey_id: str):
    """One journey's record in statutory.yml."""
    return data["statutory"].calculator.journeys[journey_id]


def calculator_rules(data, journey_id: str = "assessment") -> dict:
    """One journey's rules as plain JSON: what the browser reads from `data-rules`, and what `journey_dates` reads."""
    record = journey(data, journey_id)
    facts = data.facts
    rows = []
    for row in record.rows:
        fact = facts[row.fact]
        entry = {
            "id": row.id,
            "fact": fact.id,
            "from": row["from"],
            "who": row.who,
            "sentence": _sentence(row),
            "grounds": [ground.text for ground in grounds_for(data, fact)],
            "groundsHeading": f"When {row.who} can take longer",
            "closure": "school-closure" in (fact.exceptions or ()),
            "adjust": bool(row.adjust),
            "doneWhen": list(row.done_when or ()),
        }
        if row.late_after:
            entry["lateAfter"] = row.late_after
        if row["from"] != "move":
            amount, unit, first_day = _period_parts(fact.period)
            entry.update(amount=amount, unit=unit, firstDay=first_day, back=bool(fact.counts_back))
            if row.use == "earlier" and fact.and_within is not None:  # both limits apply: the earlier one binds
                amount, unit, first_day = _period_parts(fact.and_within.period)
                entry["earlier"] = {
                    "from": fact.and_within["from"],
                    "amount": amount,
                    "unit": unit,
                    "firstDay": first_day,
                }
            later = fact.or_later
            if later is not None:
                amount, unit, first_day = _period_parts(later.period)
                entry["orLater"] = {"from": later["from"], "amount": amount, "unit": unit, "firstDay": first_day}
        rows.append(entry)
    rules = {
        "journey": record.id,
        "title": record.title,
        "rows": rows,
        "messages": MESSAGES,
        "inputs": [
            {"id": item.id, "name": item.name, "optional": bool(item.optional), "kind": item.kind or "date"}
            for item in record.inputs
        ],
        "monthsBefore": MONTHS_BEFORE_TODAY,
        "monthsAfter": MONTHS_AFTER_TODAY,
        "birthYears": BIRTH_YEARS_BEFORE_TODAY,
    }
    if any(row.adjust for row in record.rows):
        adjust = facts[next(row.adjust for row in record.rows if row.adjust)]
        holidays = data["bank_holidays"]
        rules.update(
            holidays=[day.date for day in holidays.days],
            holidaysUntil=holidays.covers_until,
            runs=[[run["from"], run.to] for run in adjust.moves_out_of],
        )
    if any(row["closure"] for row in rows):
        rules["closures"] = closure_windows(data)
    if record.moves:
        move_fact = facts[next(row.fact for row in record.rows if row["from"] == "move")]
        limits = {item.move: item for item in move_fact.before_dates}
        rules["moves"] = [
            {
                "id": move.id,
                "label": move.label,
                "group": move.year_group,
                "groupName": move.group_name,
                "month": limits[move.fact_move].month,
                "day": limits[move.fact_move].day,
            }
            for move in record.moves
        ]
    return rules


def example_values(data, journey_id: str) -> dict:
    """The worked example's answers, as `journey_dates` takes them."""
    values = {}
    for key, value in journey(data, journey_id).example.items():
        values[key] = value if key in ("move", "move-year") else date.fromisoformat(value)
    return values
