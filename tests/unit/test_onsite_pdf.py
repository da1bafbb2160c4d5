"""The evacuation list as printed: every name on site, by class with the teacher's phone, then by category."""

from __future__ import annotations

from helpers import at, make_class, make_group, make_visitor, school
from sample_event import EVENT_DAYS, MORNING
from test_attendance_pdf import font_names, page_texts

from kiosk.documents.onsite import onsite_pdf
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class
from kiosk.domain.database import Database
from kiosk.domain.kinds import Direction, PersonKind, VisitorCategory
from kiosk.domain.lookup import load_group
from kiosk.domain.new_people import PersonSpec, insert_people
from kiosk.domain.presence import on_site_now
from kiosk.domain.registration import add_person

DAY = EVENT_DAYS[0]
NOON = at(DAY, 12)
EVENT = {"event_name": "Salon des métiers de l'industrie", "timezone": "Europe/Paris"}


def test_classes_then_visitors_every_name_count_and_phone(event_db: Database) -> None:
    desk = ScanDesk(event_db)
    zola, pupils, _ = make_class(event_db, 2, label="5e A", day=DAY, school_input=school("Collège Émile Zola", "94200"))
    names = [("Zoé", "Lefèvre"), ("Aïssatou", "N'Diaye"), ("Дмитрий", "Иванов"), ("芳", "王")]
    for first, last in names:
        add_person(event_db, PersonKind.PUPIL, first, last, group_id=zola.id)
    add_person(event_db, PersonKind.COMPANION, "Marc", "Aubert", group_id=zola.id)
    checkin_class(desk, zola.id, [pupils[0].id], now=MORNING)
    press = make_visitor(event_db, "Jérôme", "Lefebvre", VisitorCategory.PRESS, organisation="Le Parisien")
    public = make_visitor(event_db, "Inès", "Benoît")
    gone = make_visitor(event_db, "Paul", "Parti")
    for visitor in (press, public, gone):
        desk.scan(visitor.code, now=MORNING)
    desk.scan(gone.code, Direction.OUT, now=at(DAY, 11))

    pdf = onsite_pdf(on_site_now(event_db, NOON), lang="fr", **EVENT)
    [text] = page_texts(pdf)
    lines = text.splitlines()

    for first, last in [*names, (pupils[1].first_name, pupils[1].last_name)]:
        assert f"{last} {first}" in lines
    assert "Durand Claire" in text and "Aubert Marc" in text  # adults, marked by their role
    assert f"{pupils[0].last_name} {pupils[0].first_name}" not in lines and "Parti" not in text
    assert "Collège Émile Zola — 5e A" in lines and "7 personnes" in text
    assert "Enseignant : Mme Durand · 06 12 34 56 78" in lines
    assert text.index("Grand public") < text.index("Benoît Inès") < text.index("Presse") < text.index(
        "Lefebvre Jérôme") < text.index("Le Parisien")
    for expected in ("Personnes sur le site : 9", "Salon des métiers de l'industrie",
                     "État au mardi 24 novembre 2026 à 12:00",
                     "Classes : 7 personnes dans 1 classe · visiteurs individuels : 2", "page 1 / 1"):
        assert expected in text
    assert "DroidSansFallback" in font_names(pdf)


def test_a_class_running_over_a_page_says_so_at_the_top(event_db: Database) -> None:
    group = make_group(event_db, "3e A", day=DAY)
    with event_db.transaction() as session:  # 200 pupils in one statement
        insert_people(session, [PersonSpec(PersonKind.PUPIL, "Léa", f"Nom{i:03d}", load_group(session, group.id))
                                for i in range(200)])
    checkin_class(ScanDesk(event_db), group.id, now=MORNING)
    pages = page_texts(onsite_pdf(on_site_now(event_db, NOON), lang="fr", **EVENT))
    assert len(pages) == 5 and all(f"page {n} / 5" in page for n, page in enumerate(pages, start=1))
    for page in pages[1:4]:
        assert page.lstrip().startswith("Collège Jean Moulin — 3e A (suite) — Mme Durand · 06 12 34 56 78")
    assert "200 personnes" in pages[0] and "Personnes sur le site : 200" in pages[-1]
    listed = [line.strip() for page in pages for line in page.splitlines() if line.strip().startswith("Nom")]
    assert listed == [f"Nom{i:03d} Léa" for i in range(200)]


def test_nobody_on_site_and_in_english(event_db: Database) -> None:
    empty = page_texts(onsite_pdf(on_site_now(event_db, NOON), lang="fr", **EVENT))
    assert len(empty) == 1 and "Personne n'est sur le site." in empty[0] and "Personnes sur le site : 0" in empty[0]
    visitor = make_visitor(event_db, "Anne", "Aubert", VisitorCategory.EXHIBITOR, organisation="Airbus")
    ScanDesk(event_db).scan(visitor.code, now=MORNING)
    [text] = page_texts(onsite_pdf(on_site_now(event_db, NOON), lang="en", **EVENT))
    for expected in ("People on site: 1", "As of Tuesday 24 November 2026 at 12:00", "Individual visitors",
                     "Exhibitor", "1 person", "Aubert Anne"):
        assert expected in text
