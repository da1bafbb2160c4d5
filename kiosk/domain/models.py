"""The stored data: one database holds one event (its days, slots, schools, classes, people and scans).

Typed SQLAlchemy 2 models with a naming convention so that migrations name constraints the same way on
SQLite and PostgreSQL. Times are stored in UTC and always come back timezone-aware.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kiosk.domain.kinds import Direction, PersonKind, ScanResult, VisitorCategory

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware datetimes on every backend (SQLite has no time zones: we store UTC there)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _enum(enum_type: Any, length: int) -> Enum:
    return Enum(enum_type, native_enum=False, length=length, validate_strings=True,
                values_callable=lambda members: [m.value for m in members])


# Search keys compare as plain code points so that a prefix range uses the index on every backend.
SearchKey = String(60).with_variant(String(60, collation="C"), "postgresql")
NameKey = String(120).with_variant(String(120, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    retention_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    """Personal data is purged this many days after the last day (pupils are minors: keep it only so long)."""
    purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class ArchivedReport(Base):
    """A document kept through the purge (the event report, per language): the figures outlive the names."""

    __tablename__ = "archived_report"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EventDay(Base):
    __tablename__ = "event_day"
    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, unique=True)
    opens: Mapped[dt.time] = mapped_column(Time)
    closes: Mapped[dt.time] = mapped_column(Time)
    slots: Mapped[list[TimeSlot]] = relationship(back_populates="day", order_by="TimeSlot.starts")


class TimeSlot(Base):
    __tablename__ = "time_slot"
    __table_args__ = (UniqueConstraint("day_id", "starts"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("event_day.id", ondelete="CASCADE"), index=True)
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)
    capacity: Mapped[int] = mapped_column(Integer)
    day: Mapped[EventDay] = relationship(back_populates="slots")


class School(Base):
    __tablename__ = "school"
    __table_args__ = (UniqueConstraint("name_key", "postcode"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    uai: Mapped[str | None] = mapped_column(String(8), unique=True)
    name_key: Mapped[str] = mapped_column(SearchKey, index=True)


class Group(Base):
    __tablename__ = "class_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(20), default="")
    day: Mapped[dt.date | None] = mapped_column(Date, index=True)
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("time_slot.id", ondelete="SET NULL"), index=True)
    teacher_name: Mapped[str] = mapped_column(String(200), default="")
    teacher_phone: Mapped[str] = mapped_column(String(40), default="")
    expected: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    code: Mapped[str] = mapped_column(String(40), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    school: Mapped[School] = relationship()
    slot: Mapped[TimeSlot | None] = relationship()
    members: Mapped[list[Person]] = relationship(back_populates="group")


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_on_site", "on_site", "entered_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PersonKind] = mapped_column(_enum(PersonKind, 12))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("class_group.id"), index=True)
    category: Mapped[VisitorCategory | None] = mapped_column(_enum(VisitorCategory, 16))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    code: Mapped[str] = mapped_column(String(40), unique=True)
    on_site: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    left_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    group: Mapped[Group | None] = relationship(back_populates="members")


class SearchTerm(Base):
    """One folded word of a person's names, school, class or code; the primary key is the search index.

    `tier` (0: a word of the person's name, 1: of their school, class, company or code) and `name_key` (folded
    last name, then first name) are in the key so that the people found for a prefix come in order straight
    off the index, page after page (see `kiosk.domain.search`)."""

    __tablename__ = "search_term"
    term: Mapped[str] = mapped_column(SearchKey, primary_key=True)
    tier: Mapped[int] = mapped_column(Integer, primary_key=True, server_default="0")
    name_key: Mapped[str] = mapped_column(NameKey, primary_key=True, server_default="")
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)


class Scan(Base):
    """Append-only record of every scan; `uid` is made at the station so a replayed scan counts once."""

    __tablename__ = "scan"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    code: Mapped[str] = mapped_column(String(40), default="")
    direction: Mapped[Direction] = mapped_column(_enum(Direction, 4))
    result: Mapped[ScanResult] = mapped_column(_enum(ScanResult, 12))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    station: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)


class Audit(Base):
    """Who changed what and when; field names only, never the values (they may be pupils' names)."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str] = mapped_column(String(400), default="")
