"""The school year's key dates as a calendar file (.ics) people can add to their phone."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from pathlib import Path

from ..core.dates.key_dates import ICS_PATH, key_dates

PRODID = "-//SEND guide//Key dates//EN"


def key_dates_calendar(data) -> bytes:
    """An RFC 5545 calendar of all-day events; the same data always gives the same bytes."""
    from icalendar import Calendar, Event  # only when the calendar is written, after the build

    site = data.site
    # DTSTAMP from the data's review date, not the clock, so rebuilds do not change the file
    stamp = datetime.combine(datetime.fromisoformat(site.last_reviewed).date(), time(), timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{site.service_name}: key dates {data['term_dates'].school_year}")
    for item in key_dates(data):
        event = Event()
        event.add("uid", f"{item.id}-{item.day:%Y%m%d}@send-guide")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.calendar_title)
        event.add("description", item.description)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def after_build(data, site_dir: Path) -> None:
    target = Path(site_dir) / ICS_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(key_dates_calendar(data))  # made afresh in every build
