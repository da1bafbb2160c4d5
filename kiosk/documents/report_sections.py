"""The "who came" sections of a report: audience, classes and schools, slots, levels, départements.

Each section is a heading kept with its table; a short table moves to the next page whole rather than
leave its header behind, the long list of schools runs on with its header repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from kiosk.documents import report_labels as wording
from kiosk.documents.report_labels import audience_label, departement_label, level_label, number, percent, short_day
from kiosk.documents.report_tables import Cell, Column, fill_bar, look, table, text
from kiosk.domain.counts import en_form, fr_form
from kiosk.domain.errors import Msg
from kiosk.domain.stats import Figures, Tally

DAY_SCOPE = Msg("Inscrits du jour : les membres des classes attendues ce jour-là et les visiteurs individuels, "
                "dont le badge vaut pour tous les jours.",
                "Registered for the day: members of the classes booked that day, and individual visitors, whose "
                "badge is valid every day.")


@cache
def _heading() -> ParagraphStyle:
    return ParagraphStyle("report_heading", parent=look().heading, keepWithNext=1)


@cache
def _note() -> ParagraphStyle:
    return ParagraphStyle("report_note", parent=look().small, spaceBefore=2)


def heading(title: Msg, lang: str) -> Paragraph:
    return Paragraph(title.text(lang), _heading())


def note(message: Msg | str, lang: str) -> Paragraph:
    return Paragraph(message.text(lang) if isinstance(message, Msg) else message, _note())


def section(title: Msg, lang: str, *content: Flowable) -> list[Flowable]:
    return [KeepTogether([heading(title, lang), *content])]


def _tallies(first: Msg, tallies: Sequence[Tally], labels: Sequence[str], lang: str, *,
             total: bool = True) -> Flowable:
    columns = [Column(first.text(lang), 72 * mm, numeric=False), Column(wording.REGISTERED.text(lang), 28 * mm),
               Column(wording.ARRIVED.text(lang), 28 * mm), Column(wording.RATE.text(lang), 22 * mm)]
    rows: list[Sequence[Cell]] = [[label, number(t.registered, lang), number(t.arrived, lang), percent(t.rate, lang)]
                                  for label, t in zip(labels, tallies, strict=True)]
    registered, arrived = sum(t.registered for t in tallies), sum(t.arrived for t in tallies)
    last = Tally("", registered, arrived)
    footer = [wording.TOTAL.text(lang), number(registered, lang), number(arrived, lang), percent(last.rate, lang)]
    return table(columns, rows, total=footer if total else None)


def audience(figures: Figures, lang: str, *, one_day: bool) -> list[Flowable]:
    labels = [audience_label(t.key, lang) for t in figures.audience]
    body = _tallies(Msg("Catégorie", "Category"), figures.audience, labels, lang)
    extra = [note(DAY_SCOPE, lang)] if one_day else []
    return section(wording.AUDIENCE_TITLE, lang, body, *extra)


def classes(figures: Figures, lang: str) -> list[Flowable]:
    totals = figures.classes
    pairs = ((wording.SCHOOLS, totals.schools_expected, totals.schools_arrived),
             (wording.CLASSES, totals.classes_expected, totals.classes_arrived),
             (wording.PUPILS, totals.pupils_expected, totals.pupils_arrived))
    columns = [Column("", 72 * mm, numeric=False), Column(wording.EXPECTED.text(lang), 28 * mm),
               Column(wording.ARRIVED.text(lang), 28 * mm), Column(wording.RATE.text(lang), 22 * mm)]
    rows = [[label.text(lang), number(expected, lang), number(arrived, lang),
             percent(arrived / expected if expected else None, lang)] for label, expected, arrived in pairs]
    registered, count = number(totals.pupils_registered, lang), totals.pupils_registered
    explained = Msg(f"Une classe est venue dès l'entrée d'un de ses membres. Élèves attendus : l'effectif annoncé "
                    f"par chaque classe, à défaut ses élèves inscrits ({registered} "
                    f"{fr_form(count, 'élève inscrit', 'élèves inscrits')} sur les listes).",
                    f"A class came as soon as one of its members came in. Expected pupils: the head count each class "
                    f"booked, or its registered pupils when it gave none ({registered} "
                    f"{en_form(count, 'pupil', 'pupils')} on the rosters).")
    return section(wording.CLASSES_TITLE, lang, table(columns, rows),
                   note(explained, lang))


def slots(figures: Figures, lang: str, *, with_day: bool) -> list[Flowable]:
    if not figures.slots:
        return []
    day = [Column(wording.DAY.text(lang), 24 * mm, numeric=False)] if with_day else []
    columns = [*day, Column(wording.SLOT.text(lang), 26 * mm, numeric=False),
               Column(wording.CAPACITY.text(lang), 20 * mm), Column(wording.CLASSES.text(lang), 18 * mm),
               Column(wording.PUPILS_REGISTERED.text(lang), 22 * mm),
               Column(Msg("Remplissage", "Filled").text(lang), 24 * mm), Column("", 26 * mm, numeric=False),
               Column(wording.PUPILS_ARRIVED.text(lang), 20 * mm)]
    rows: list[Sequence[Cell]] = [
        [*([short_day(s.day, lang)] if with_day else []), s.label, number(s.capacity, lang), number(s.classes, lang),
         number(s.registered, lang), percent(s.fill, lang), fill_bar(s.fill, 22 * mm), number(s.arrived, lang)]
        for s in figures.slots]
    explained = Msg("Remplissage : élèves inscrits des classes du créneau rapportés à sa capacité ; en rouge "
                    "au-delà de la capacité.",
                    "Filled: registered pupils of the slot's classes against its capacity; red beyond capacity.")
    return section(wording.SLOTS_TITLE, lang, table(columns, rows), note(explained, lang))


def levels(figures: Figures, lang: str) -> list[Flowable]:
    labels = [level_label(t.key, lang) for t in figures.levels]
    return section(wording.LEVELS_TITLE, lang,
                   _tallies(Msg("Niveau", "Level"), figures.levels, labels, lang))


def departements(figures: Figures, lang: str) -> list[Flowable]:
    labels = [departement_label(t.key, lang) for t in figures.departements]
    explained = Msg("Élèves, enseignants et accompagnateurs : code postal de l'établissement ; visiteurs "
                    "individuels : leur propre code postal.",
                    "Pupils, teachers and companions: the school's postcode; individual visitors: their own.")
    body = _tallies(Msg("Département", "Département"), figures.departements, labels, lang)
    return section(wording.PLACES_TITLE, lang, body, note(explained, lang))


def schools(figures: Figures, lang: str) -> list[Flowable]:
    """Every school, by name (two "Collège Jean-Moulin" of Paris told apart by their postcode): the one table
    that may run over many pages."""
    if not figures.schools:
        return []
    columns = [Column(Msg("Établissement", "School").text(lang), 50 * mm, numeric=False),
               Column(Msg("Ville", "City").text(lang), 38 * mm, numeric=False),
               Column(Msg("CP", "Post code").text(lang), 16 * mm, numeric=False),
               *(Column(title.text(lang), 19 * mm)
                 for title in (wording.CLASSES_EXPECTED, wording.CLASSES_ARRIVED, wording.PUPILS_EXPECTED,
                               wording.PUPILS_ARRIVED))]
    rows: list[Sequence[Cell]] = [
        [text(s.name, columns[0].width), text(s.city, columns[1].width), text(s.postcode, columns[2].width),
         number(s.classes_expected, lang), number(s.classes_arrived, lang), number(s.pupils_expected, lang),
         number(s.pupils_arrived, lang)] for s in figures.schools]
    totals = figures.classes
    count = number(len(rows), lang)
    footer = [Msg(f"Total : {count}", f"Total: {count}").text(lang), "", "",
              number(totals.classes_expected, lang), number(totals.classes_arrived, lang),
              number(totals.pupils_expected, lang), number(totals.pupils_arrived, lang)]
    return [CondPageBreak(45 * mm), heading(wording.SCHOOLS, lang), table(columns, rows, total=footer)]
