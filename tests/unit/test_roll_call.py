"""The on-site list as a roll call at the assembly point: one row per person read down the page, names never
below 8 pt (wrapped, not shrunk), notes clear of the names, blank rows, totals per class."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from pathlib import Path

from pdf_glyphs import drawn_glyphs

from kiosk.documents.onsite import onsite_pdf
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.presence import ClassOnSite, OnSite
from kiosk.domain.views import GroupView, PersonView

DAY = dt.date(2026, 11, 24)
LONG_LAST, LONG_FIRST = "de La Tour d'Auvergne-Lauraguais Saint-Exupéry", "Marie-Emmanuelle-Alexandrine"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def person(index: int, kind: PersonKind, first: str, last: str, organisation: str = "") -> PersonView:
    category = VisitorCategory.EXHIBITOR if kind is PersonKind.VISITOR else None
    return PersonView(index, kind, first, last, None if category else 1, category, organisation, "", "B1", True,
                      None, None, "4e B", "Collège Jean-Moulin", DAY)


def class_on_site(pupils: int) -> ClassOnSite:
    group = GroupView(1, "Collège Jean-Moulin", "Paris", "75015", "4e B", "4e", DAY, "9 h", "Mme Claire Durand",
                      "06 12 34 56 78", pupils, "", "G1", pupils)
    people = [person(1, PersonKind.TEACHER, "Claire", "Durand"), person(2, PersonKind.COMPANION, "محمد", "العلي"),
              person(3, PersonKind.PUPIL, LONG_FIRST, LONG_LAST)]
    people += [person(10 + i, PersonKind.PUPIL, "Léa", f"Nom{i:03d}") for i in range(pupils - 1)]
    return ClassOnSite(group, people)


def onsite(pupils: int = 60) -> OnSite:
    exhibitor = person(500, PersonKind.VISITOR, "Anne", "Aubert", "Airbus")
    return OnSite(dt.datetime(2026, 11, 24, 11, tzinfo=dt.UTC), [class_on_site(pupils)],
                  {VisitorCategory.EXHIBITOR: [exhibitor]})


def pdf_text(pdf: bytes, folder: Path, *options: str) -> str:
    source = folder / "list.pdf"
    source.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(source), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_one_row_per_person_read_down_the_page(tmp_path: Path) -> None:
    text = pdf_text(onsite_pdf(onsite(), event_name="Salon", timezone="Europe/Paris", lang="fr"), tmp_path)
    listed = [line.strip() for line in text.splitlines() if line.strip().startswith("Nom")]
    assert listed == [f"Nom{i:03d} Léa" for i in range(59)], "one name a line, in order, page after page"


def test_no_text_below_8_pt_and_a_long_name_wraps_whole(tmp_path: Path) -> None:
    pdf = onsite_pdf(onsite(), event_name="Salon", timezone="Europe/Paris", lang="fr")
    assert min(glyph.size for glyph in drawn_glyphs(pdf)) >= 8
    found = WORD.findall(pdf_text(pdf, tmp_path, "-bbox"))
    tokens = {token for *_box, word in found for token in re.split(r"[\s\-]+", html.unescape(word))}
    assert set(re.split(r"[\s\-]+", f"{LONG_LAST} {LONG_FIRST}")) <= tokens, "wrapped between words, never inside"
    tops = {float(top) for _x0, top, _x1, _y1, word in found if "Tour" in word or "Alexandrine" in word}
    assert len(tops) == 2, "on two lines"


def test_the_note_stands_clear_of_an_arabic_name(tmp_path: Path) -> None:
    pdf = onsite_pdf(onsite(), event_name="Salon", timezone="Europe/Paris", lang="fr")
    found = [(float(x0), float(x1), html.unescape(word))
             for x0, _y0, x1, _y1, word in WORD.findall(pdf_text(pdf, tmp_path, "-bbox"))]
    name_right = max(x1 for x0, x1, word in found if any("\u0600" <= char <= "\u06ff" for char in word))
    note_left = min(x0 for x0, x1, word in found if word == "Accompagnateur")
    assert note_left - name_right > 20, "several millimetres between the name and its role"


def test_class_totals_blank_rows_and_the_teachers_phone(tmp_path: Path) -> None:
    text = pdf_text(onsite_pdf(onsite(30), event_name="Salon", timezone="Europe/Paris", lang="fr"), tmp_path)
    flat = " ".join(text.split())
    assert "Enseignant : Mme Claire Durand · 06 12 34 56 78" in flat
    assert "Total 4e B : 30 élèves + 2 adultes = 32 personnes · comptés" in flat
    assert "Personnes trouvées hors de la liste" in flat and "32 personnes" in flat
    english = " ".join(pdf_text(onsite_pdf(onsite(30), event_name="Salon", timezone="Europe/Paris", lang="en"),
                                tmp_path).split())
    assert "Total 4e B: 30 pupils + 2 adults = 32 people · counted" in english
    assert "People found who were not on the list" in english
