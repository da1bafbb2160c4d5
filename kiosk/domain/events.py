"""The event itself: its name, venue, days and time slots. One database holds one event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from kiosk.domain.clock import local_day, utc_now, zone
from kiosk.domain.codes import new_secret
from kiosk.domain.database import Database
from kiosk.domain.dates import long_date
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.lookup import no_event
from kiosk.domain.models import Event, EventDay, TimeSlot
from kiosk.domain.text import clean_name

MAX_DAYS = 31


@dataclass(frozen=True)
class EventInfo:
    name: str
    venue: str
    timezone: str
    days: tuple[dt.date, ...]
    secret: bytes
    retention_days: int = 30
    purged_at: dt.datetime | None = None

    @property
    def purge_due(self) -> dt.date | None:
        """The day the personal data should be purged: `retention_days` after the last day."""
        return self.days[-1] + dt.timedelta(days=self.retention_days) if self.days else None

    def retention_notice(self) -> Msg:
        """What becomes of the personal data, as the command line and the organiser's dashboard say it."""
        if self.purged_at is not None:
            day = local_day(self.purged_at, self.timezone)
            return Msg(f"Données personnelles purgées le {long_date(day, 'fr')}.",
                       f"Personal data purged on {long_date(day, 'en')}.")
        due, kept = self.purge_due, self.retention_days
        return Msg(f"Données personnelles conservées {kept} jours après le dernier jour"
                   + (f" : à purger le {long_date(due, 'fr')} (kiosk-admin purge)." if due else "."),
                   f"Personal data kept {kept} days after the last day"
                   + (f": purge on {long_date(due, 'en')} (kiosk-admin purge)." if due else "."))

    def working_day(self, now: dt.datetime | None = None) -> dt.date:
        """The day the screens work on: today when it is one of the event's days, else its first day."""
        today = local_day(now or utc_now(), self.timezone)
        return today if today in self.days or not self.days else self.days[0]


@dataclass(frozen=True)
class SlotInfo:
    id: int
    day: dt.date
    starts: dt.time
    ends: dt.time
    capacity: int

    @property
    def label(self) -> str:
        return f"{self.starts:%H:%M}–{self.ends:%H:%M}"


def create_event(db: Database, name: str, venue: str, first_day: dt.date, last_day: dt.date, *,
                 opens: dt.time = dt.time(9), closes: dt.time = dt.time(18),
                 timezone: str = "Europe/Paris") -> EventInfo:
    """Create the event of this database with one day per date from `first_day` to `last_day`."""
    name = clean_name(name, field_fr="le nom de l'événement", field_en="the event name")
    venue = clean_name(venue, field_fr="le lieu", field_en="the venue", required=False)
    zone(timezone)
    if last_day < first_day:
        raise KioskError("Le dernier jour précède le premier : vérifiez les dates.",
                         "The last day is before the first: check the dates.")
    count = (last_day - first_day).days + 1
    if count > MAX_DAYS:
        raise KioskError(f"{count} jours, c'est trop : {MAX_DAYS} au plus.",
                         f"{count} days is too many: at most {MAX_DAYS}.")
    with db.transaction() as session:
        if session.scalar(select(Event.id).limit(1)) is not None:
            raise KioskError("Cette base contient déjà un événement : utilisez une autre base (--db).",
                             "This database already holds an event: use another database (--db).")
        session.add(Event(name=name, venue=venue, timezone=timezone, secret=new_secret(), created_at=utc_now()))
        session.add_all(EventDay(date=first_day + dt.timedelta(days=i), opens=opens, closes=closes)
                        for i in range(count))
    return get_event(db)


def get_event(db: Database) -> EventInfo:
    with db.transaction(write=False) as session:
        event = session.scalars(select(Event).limit(1)).first()
        if event is None:
            raise no_event()
        days = tuple(session.scalars(select(EventDay.date).order_by(EventDay.date)))
        return EventInfo(event.name, event.venue, event.timezone, days, event.secret, event.retention_days,
                         event.purged_at)


def check_event_day(days: tuple[dt.date, ...], day: dt.date) -> dt.date:
    """`day` if the event is open that day, else a KioskError giving the event's dates."""
    if day not in days:
        if not days:
            raise no_event()
        first, last = days[0], days[-1]
        raise KioskError(f"Le {day:%d/%m/%Y} n'est pas un jour de l'événement (du {first:%d/%m/%Y} au "
                         f"{last:%d/%m/%Y}).",
                         f"{day:%Y-%m-%d} is not a day of the event ({first:%Y-%m-%d} to {last:%Y-%m-%d}).")
    return day


def add_slot(db: Database, day: dt.date, starts: dt.time, ends: dt.time, capacity: int) -> SlotInfo:
    """A visiting time slot for classes, with its capacity in pupils."""
    check_event_day(get_event(db).days, day)
    if ends <= starts:
        raise KioskError("Le créneau finit avant de commencer : vérifiez les heures.",
                         "The slot ends before it starts: check the times.")
    if capacity < 0:
        raise KioskError("La capacité ne peut pas être négative.", "The capacity cannot be negative.")
    with db.transaction() as session:
        day_row = session.scalars(select(EventDay).where(EventDay.date == day)).one()
        if session.scalar(select(TimeSlot.id).where(TimeSlot.day_id == day_row.id,
                                                    TimeSlot.starts == starts)) is not None:
            raise KioskError(f"Un créneau commence déjà à {starts:%H:%M} ce jour-là.",
                             f"A slot already starts at {starts:%H:%M} that day.")
        slot = TimeSlot(day_id=day_row.id, starts=starts, ends=ends, capacity=capacity)
        session.add(slot)
        session.flush()
        return SlotInfo(slot.id, day, starts, ends, capacity)


def list_slots(db: Database, day: dt.date | None = None) -> list[SlotInfo]:
    query = select(TimeSlot, EventDay.date).join(EventDay).order_by(EventDay.date, TimeSlot.starts)
    if day is not None:
        query = query.where(EventDay.date == day)
    with db.transaction(write=False) as session:
        return [SlotInfo(slot.id, date, slot.starts, slot.ends, slot.capacity)
                for slot, date in session.execute(query)]


def set_retention(db: Database, days: int) -> None:
    """How many days after the event's last day personal data is kept before the purge."""
    with db.transaction() as session:
        event = session.scalars(select(Event).limit(1)).first()
        if event is None:
            raise no_event()
        event.retention_days = days
