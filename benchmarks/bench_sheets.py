"""Printing: the evacuation list with 5,000 people on site (target: 2 s, query included) and a day's attendance
sheets (the default demo's first day: 27 classes), each against baselines measured in the same run: the same
rows written as CSV (the cheapest possible output), and a naive layout (one Table of Paragraphs for the on-site
list; every class in one document, without per-class page numbers, for the sheets)."""

from __future__ import annotations

import csv
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import FIRST_DAY, MORNING, fair_database, report, reset_presence
from pypdf import PdfReader
from sqlalchemy import select, update

from kiosk.documents.attendance import attendance_pdf, sheet_story
from kiosk.documents.fonts import markup
from kiosk.documents.onsite import onsite_pdf
from kiosk.documents.pages import build_pdf, styles
from kiosk.domain.attendance import AttendanceSheet, attendance_for
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class, checkout_class
from kiosk.domain.database import Database, open_database
from kiosk.domain.demo import load_demo
from kiosk.domain.directory import list_groups
from kiosk.domain.models import Group, Person
from kiosk.domain.presence import OnSite, on_site_now

ON_SITE = 5000
VISITORS_ON_SITE = 300
RUNS = 5
NOON = MORNING.replace(hour=12, minute=0)


def median_time(action: Callable[[], object], runs: int = RUNS) -> tuple[float, object]:
    """Median seconds of `runs` calls, and what the last call returned."""
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), result


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def put_on_site(db: Database, count: int) -> None:
    """`count` people inside since 09:30 on the first day: that day's classes in turn, then 300 visitors."""
    with db.transaction() as session:
        members = list(session.scalars(select(Person.id).join(Group, Person.group_id == Group.id)
                                       .where(Group.day == FIRST_DAY).order_by(Group.id, Person.id)
                                       .limit(count - VISITORS_ON_SITE)))
        visitors = list(session.scalars(select(Person.id).where(Person.group_id.is_(None)).limit(VISITORS_ON_SITE)))
        session.execute(update(Person).where(Person.id.in_(members + visitors))
                        .values(on_site=True, entered_at=MORNING))


def onsite_csv(onsite: OnSite) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    for visit in onsite.classes:
        writer.writerows((visit.group.label, visit.group.teacher_phone, p.last_name, p.first_name)
                         for p in visit.people)
    for category, people in onsite.visitors.items():
        writer.writerows((category.value, p.organisation, p.last_name, p.first_name) for p in people)
    return out.getvalue().encode()


def onsite_naive(onsite: OnSite) -> bytes:
    """One row per person in one big Table of Paragraphs: the obvious ReportLab layout."""
    from reportlab.platypus import Paragraph, Table

    look = styles()
    rows = [[Paragraph(markup(f"{p.last_name} {p.first_name}"), look.cell), Paragraph(markup(where), look.cell)]
            for where, people in [*((f"{c.group.school} {c.group.label}", c.people) for c in onsite.classes),
                                  *((k.value, v) for k, v in onsite.visitors.items())] for p in people]
    return build_pdf([Table(rows, repeatRows=0)], title="naive", footer="naive", lang="fr")


def bench_onsite() -> None:
    db, _ = fair_database()
    reset_presence(db)
    put_on_site(db, ON_SITE)
    try:
        query, onsite = median_time(lambda: on_site_now(db, NOON))
        assert isinstance(onsite, OnSite)
        pdf_time, pdf = median_time(lambda: onsite_pdf(onsite, event_name="Salon", timezone="Europe/Paris"))
        csv_time, _ = median_time(lambda: onsite_csv(onsite))
        naive_time, _ = median_time(lambda: onsite_naive(onsite), runs=1)
    finally:
        reset_presence(db)
        db.close()
    assert isinstance(pdf, bytes)
    report(f"on-site list, {onsite.total} people in {len(onsite.classes)} classes + visitors: query {query:.3f} s, "
           f"PDF {pdf_time:.3f} s ({pages(pdf)} pages, {len(pdf) // 1024} KiB); total {query + pdf_time:.2f} s "
           "(target 2 s)")
    report(f"  the same rows as CSV: {csv_time * 1000:.1f} ms (the PDF is {pdf_time / csv_time:.0f}x); "
           f"one Table of Paragraphs: {naive_time:.2f} s ({naive_time / pdf_time:.1f}x slower than the list)")


def day_of_classes(folder: Path) -> Database:
    """The default demo (120 classes: 30 a day) with the first day's classes in, a few gone home early."""
    db = open_database(f"sqlite:///{folder / 'sheets.sqlite3'}")
    load_demo(db, groups=120, visitors=100, seed=3, first_day=FIRST_DAY)
    desk = ScanDesk(db, "bench")
    for group in list_groups(db, FIRST_DAY):
        checkin_class(desk, group.id, now=MORNING)
        if group.id % 3 == 0:
            checkout_class(desk, group.id, now=NOON)
    return db


def sheets_csv(sheets: list[AttendanceSheet]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    for sheet in sheets:
        writer.writerows((sheet.class_label, r.last_name, r.first_name, r.present, r.arrived_at, r.left_at)
                         for r in sheet.rows)
    return out.getvalue().encode()


def sheets_one_document(sheets: list[AttendanceSheet]) -> bytes:
    """Every class in one document, numbered across the whole file (what per-class numbering replaces)."""
    from reportlab.platypus import PageBreak

    story = [flowable for sheet in sheets for flowable in [*sheet_story(sheet, "fr"), PageBreak()]]
    return build_pdf(story, title="one", footer="one", lang="fr")


def bench_sheets() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = day_of_classes(Path(folder))
        query, sheets = median_time(lambda: attendance_for(db, day=FIRST_DAY))
        db.close()
    assert isinstance(sheets, list)
    pdf_time, pdf = median_time(lambda: attendance_pdf(sheets))
    csv_time, _ = median_time(lambda: sheets_csv(sheets))
    single_time, single = median_time(lambda: sheets_one_document(sheets))
    assert isinstance(pdf, bytes) and isinstance(single, bytes)
    people = sum(len(s.rows) for s in sheets)
    report(f"attendance sheets of a day, {len(sheets)} classes, {people} people: query {query * 1000:.0f} ms, "
           f"PDF {pdf_time:.2f} s ({pages(pdf)} pages, {len(pdf) // 1024} KiB)")
    report(f"  the same rows as CSV: {csv_time * 1000:.1f} ms (the PDF is {pdf_time / csv_time:.0f}x); one document "
           f"numbered across classes: {single_time:.2f} s, {len(single) // 1024} KiB (per-class numbering costs "
           f"{pdf_time / single_time:.2f}x)")


def main() -> None:
    bench_onsite()
    bench_sheets()


if __name__ == "__main__":
    main()
