"""Time as the event sees it: instants in UTC, days in the event's own time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.errors import KioskError


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise KioskError(f"Fuseau horaire inconnu : {name} (exemple : Europe/Paris).",
                         f"Unknown time zone: {name} (example: Europe/Paris).") from exc


def local_day(instant: dt.datetime, zone_name: str) -> dt.date:
    return instant.astimezone(zone(zone_name)).date()


def day_start(day: dt.date, zone_name: str) -> dt.datetime:
    """Midnight of `day` in the event's zone, as a UTC instant: stays from before it are over."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone(zone_name)).astimezone(dt.UTC)


def local_time_text(instant: dt.datetime, zone_name: str) -> str:
    return instant.astimezone(zone(zone_name)).strftime("%H:%M")


def said_time(instant: dt.datetime, zone_name: str, lang: str) -> str:
    """The time as a sentence says it: "9 h 12" in French, "9:12" in English."""
    local = instant.astimezone(zone(zone_name))
    return f"{local.hour}:{local.minute:02d}" if lang.startswith("en") else f"{local.hour} h {local.minute:02d}"
