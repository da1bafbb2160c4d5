"""CSV exports as French Excel opens them: BOM, ";", accents intact, and no formula run from a name."""

from __future__ import annotations

import csv
import io

from helpers import at
from stats_fair import DAY1, DAY2, build_fair

from kiosk.documents.csv_export import people_csv, scans_csv, stats_csv, table_csv
from kiosk.domain.database import Database
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.registration import add_person
from kiosk.domain.stats import day_stats, event_stats
from kiosk.domain.stats_rows import people_for_export, scans_for_export

EVENING = at(DAY2, 20)
PARIS = "Europe/Paris"


def parsed(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the UTF-8 byte-order mark French Excel needs
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_any_table_reads_back_the_same() -> None:
    rows = [["Zoé", "N'Diaye; Aïssatou", 'dit "Zaza"', 12], ["王芳", "Иванов", "ligne\nsuivante", 0]]

    data = table_csv(["Prénom", "Nom", "Surnom", "Âge"], iter(rows))

    assert data.splitlines()[0] == "\ufeffPrénom;Nom;Surnom;Âge".encode()
    assert parsed(data) == [["Prénom", "Nom", "Surnom", "Âge"], *[[str(cell) for cell in r] for r in rows]]


def test_formulas_in_names_are_shown_not_run(event_db: Database) -> None:
    names = ["=HYPERLINK(\"http://x\")", "+33 6 12", "-2+3", "@SUM(A1)", "Zoé"]
    for name in names:
        add_person(event_db, PersonKind.VISITOR, name, "Dupont", organisation=f"={name}",
                   category=VisitorCategory.PRESS)

    lines = parsed(people_csv(people_for_export(event_db), timezone=PARIS, lang="fr"))

    assert [line[2] for line in lines[1:]] == ["'=HYPERLINK(\"http://x\")", "'+33 6 12", "'-2+3", "'@SUM(A1)", "Zoé"]
    assert all(line[7].startswith("'=") for line in lines[1:])
    assert [line[0] for line in lines[1:]] == [str(i) for i in range(1, 6)]  # numbers stay numbers


def test_people(event_db: Database) -> None:
    fair = build_fair(event_db)

    lines = parsed(people_csv(people_for_export(event_db), timezone=PARIS, lang="fr"))

    assert lines[0] == ["N°", "Nom", "Prénom", "Qualité", "Établissement", "Classe", "Jour de la visite",
                        "Organisation", "Code postal", "Code du badge", "Dernière entrée (Europe/Paris)",
                        "Dernière sortie (Europe/Paris)"]
    assert len(lines) == 1 + 25
    by_id = {int(line[0]): line for line in lines[1:]}
    pupil = by_id[fair.classes["g1"][1][1].id]
    assert pupil[1:10] == ["Élève-zola", "Hugo", "Élève", "Collège Émile-Zola", "4e B", "2026-11-24", "", "",
                           fair.classes["g1"][1][1].code]
    assert pupil[10:] == ["2026-11-24 09:10:00", "2026-11-24 11:30:00"]
    visitor = by_id[fair.visitors["v1"].id]
    assert visitor[3] == "Grand public" and visitor[8] == "75015"
    assert visitor[10:] == ["2026-11-25 11:00:00", "2026-11-24 10:30:00"]


def test_people_in_english(event_db: Database) -> None:
    fair = build_fair(event_db)
    lines = parsed(people_csv(people_for_export(event_db), timezone=PARIS, lang="en"))
    assert lines[0][:4] == ["#", "Last name", "First name", "Kind"]
    assert lines[0][10] == "Last entry (Europe/Paris)"
    assert {line[3] for line in lines[1:]} == {"Pupil", "Teacher", "General public", "Press", "Professional",
                                                "Exhibitor", "Event staff"}
    teacher = fair.classes["g1"][2]
    assert teacher is not None and [line[1:4] for line in lines if line[0] == str(teacher.id)] == [
        ["Prof-zola", "Claire", "Teacher"]]


def test_scans_of_one_day(event_db: Database) -> None:
    build_fair(event_db)

    lines = parsed(scans_csv(scans_for_export(event_db, DAY1), timezone=PARIS, lang="fr"))

    assert lines[0][:3] == ["Date et heure (Europe/Paris)", "Sens", "Résultat"]
    assert len(lines) == 1 + 25  # the second day's 00:30 scan (23:30 UTC on the 24th) is not here
    assert lines[1][:6] == ["2026-11-24 08:55:00", "Entrée", "Entrée enregistrée", "non", "Entrée A", ""]
    assert lines[1][7:10] == ["Public", "Visiteur", "Grand public"]
    assert lines[-1][:3] == ["2026-11-24 17:00:00", "Sortie", "Pas d'entrée aujourd'hui"]
    assert sum(line[2] == "Retour enregistré" for line in lines) == 1
    assert {line[10] for line in lines[1:]} >= {"Collège Émile-Zola", "Collège Gerty-Archimède"}
    everything = parsed(scans_csv(scans_for_export(event_db), timezone=PARIS, lang="en"))
    assert len(everything) == 1 + 25 + 7 and everything[26][:3] == ["2026-11-25 00:30:00", "Entrance", "Checked in"]


def test_statistics_of_a_day(event_db: Database) -> None:
    build_fair(event_db)

    lines = parsed(stats_csv(day_stats(event_db, DAY1, now=EVENING), lang="fr"))

    assert lines[0] == ["Rubrique", "Jour", "Élément", "Indicateur", "Valeur"]
    figures = {tuple(line[:4]): line[4] for line in lines[1:]}
    assert figures[("Public", "2026-11-24", "Élèves", "Inscrits")] == "13"
    assert figures[("Classes et établissements", "2026-11-24", "Classes", "Attendus")] == "5"
    assert figures[("Élèves par niveau", "2026-11-24", "Autre ou non précisé", "Venus")] == "1"
    assert figures[("Provenance par département", "2026-11-24", "2A Corse-du-Sud", "Venus")] == "3"
    assert figures[("Provenance par département", "2026-11-24", "Inconnu ou étranger", "Inscrits")] == "2"
    assert figures[("Heures", "2026-11-24", "09:00–10:00", "Entrées")] == "8"
    assert figures[("Créneaux des classes", "2026-11-24", "09:00–11:00", "Capacité")] == "60"
    assert figures[("Pic de présence", "2026-11-24", "10:05", "Sur place")] == "10"
    assert figures[("Établissements", "2026-11-24", "Collège Émile-Zola (75011 Paris)", "Élèves venus")] == "3"


def test_statistics_of_the_event_in_english(event_db: Database) -> None:
    build_fair(event_db)

    lines = parsed(stats_csv(event_stats(event_db, now=EVENING), lang="en"))

    figures = {tuple(line[:4]): line[4] for line in lines[1:]}
    assert figures[("Audience", "", "Pupils", "Arrived")] == "11"
    assert figures[("Day by day", "2026-11-25", "", "People arrived")] == "6"
    assert figures[("Most on site at once", "2026-11-25", "11:00", "Inside")] == "6"
    assert figures[("Hours", "2026-11-25", "00:00–01:00", "Entries")] == "1"
    assert figures[("Schools", "", "Collège Pasquale-Paoli (20200 Bastia)", "Pupils arrived")] == "2"
