"""kiosk-admin and kiosk-station keep their promises: one sentence in the chosen language and exit 1 for any
mistake, argument errors included; one JSON object per line; the language chosen once, passed, not global.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import make_class, make_group
from sample_event import EVENT_DAYS

from kiosk import cli, station
from kiosk.domain.database import Database
from kiosk.domain.events import add_slot
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import add_person
from kiosk.domain.search import DEFAULT_LIMIT
from kiosk.language import chosen_language, system_language


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("args", "expected"), [
    (["--lang", "en", "groups", "--day", "2026-13-01"],
     "kiosk-admin: Unrecognised date '2026-13-01': write it 2026-11-24 or 24/11/2026."),
    (["--lang", "fr", "groups", "--day", "2026-13-01"],
     "kiosk-admin: Date non reconnue « 2026-13-01 » : écrivez-la 2026-11-24 ou 24/11/2026."),
    (["--lang", "en", "frobnicate"], "kiosk-admin: argument COMMAND: invalid choice: 'frobnicate'"),
    (["--lang=fr", "frobnicate"], "kiosk-admin: COMMANDE : 'frobnicate' n'existe pas (au choix : "),
    (["--lang", "fr", "init", "--event", "Salon"], "kiosk-admin: il manque --from, --to ; voir « kiosk-admin init"),
    (["--lang", "en", "init", "--event", "Salon"],
     "kiosk-admin: the following arguments are required: --from, --to; see 'kiosk-admin init --help'."),
    (["--lang", "fr", "slot", "add", "--day", "2026-11-24", "--start", "25h", "--end", "11h", "--capacity", "1"],
     "kiosk-admin: Heure non reconnue « 25h » : écrivez-la 09:30 ou 9h30."),
    (["--lang", "en", "people", "--group", "-3"], "kiosk-admin: '-3' is not a whole number (0 or more)."),
    (["--lang", "fr", "badges", "--all", "--day", "2026-11-24", "-o", "x.pdf"],
     "kiosk-admin: --day ne va pas avec --all"),
    (["--lang", "fr", "person"], "kiosk-admin: il manque {add,edit,move,remove} ; voir « kiosk-admin person --help »."),
    (["--lang", "fr", "groups", "--bogus"], "kiosk-admin: arguments inconnus : --bogus ; voir « kiosk-admin --help »."),
])
def test_argument_errors_are_one_sentence_in_the_chosen_language(capsys: pytest.CaptureFixture[str],
                                                                 args: list[str], expected: str) -> None:
    status, out, err = run(capsys, *args)
    assert status == 1 and out == ""
    assert err.startswith(expected) and len(err.splitlines()) == 1, err
    assert "usage:" not in err


def test_the_language_comes_from_the_system_when_not_given(capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert run(capsys, "people", "--group", "x")[2] == "kiosk-admin: 'x' is not a whole number (0 or more).\n"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert run(capsys, "people", "--group", "x")[2] == "kiosk-admin: « x » n'est pas un nombre entier positif ou nul.\n"


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "fr"),
    ({"LANG": "C.UTF-8"}, "fr"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "en"}, "fr"),  # gettext: LANGUAGE means nothing under the C locale
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:en"}, "en"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr"}, "fr"),
])
def test_one_rule_for_the_system_language(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected
    assert chosen_language(None, environ) == expected
    assert chosen_language("EN", environ) == "en" and chosen_language("fr", environ) == "fr"


def test_slots_print_one_json_object_per_line(event_db: Database, db_url: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for day, starts in ((EVENT_DAYS[0], 9), (EVENT_DAYS[0], 14), (EVENT_DAYS[1], 9)):
        add_slot(event_db, day, dt.time(starts), dt.time(starts + 2), 300)
    status, out, _ = run(capsys, "--db", db_url, "--json", "slots", "--day", EVENT_DAYS[0].isoformat())
    slots = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [(s["day"], s["slot"]) for s in slots] == [("2026-11-24", "09:00–11:00"),
                                                                       ("2026-11-24", "14:00–16:00")]


def test_a_class_checked_in_on_another_day_is_an_error(event_db: Database, db_url: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    group, _, _ = make_class(event_db, 2, day=EVENT_DAYS[0])  # 24/11/2026: never today while the tests run
    for lang, expected in (("fr", "est attendue le 24/11/2026 : rien n'a été enregistré"),
                           ("en", "is expected on 2026-11-24: nothing was recorded")):
        status, out, err = run(capsys, "--db", db_url, "--lang", lang, "--json", "checkin-group", str(group.id))
        assert status == 1 and out == "" and expected in err and len(err.splitlines()) == 1
    status, out, _ = run(capsys, "--db", db_url, "--json", "checkin-group", str(group.id), "--override-day")
    assert status == 0 and len(json.loads(out)["moved"]) == 3


def test_the_terminal_station_names_itself_and_speaks_the_chosen_language(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        station.main(["--help"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("usage: kiosk-station ")
    assert station.main(["--lang", "en", "--bogus"]) == 1
    assert capsys.readouterr().err == ("kiosk-station: unrecognized arguments: --bogus; "
                                       "see 'kiosk-station --help'.\n")


def test_a_search_that_stops_short_says_how_many_match(event_db: Database, db_url: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    group = make_group(event_db)
    for i in range(DEFAULT_LIMIT + 2):
        add_person(event_db, PersonKind.PUPIL, f"Élève{i:02d}", "Lefèvre", group_id=group.id)
    status, out, _ = run(capsys, "--db", db_url, "--lang", "fr", "search", "lefe")
    last = out.splitlines()[-1]
    assert status == 0 and last == (f"{DEFAULT_LIMIT} personnes affichées sur 52 : précisez la recherche "
                                    "(ou --all pour toutes).")
    status, out, _ = run(capsys, "--db", db_url, "--json", "search", "lefe")
    assert status == 0 and len(out.splitlines()) == DEFAULT_LIMIT  # one JSON object a line, nothing else
    status, out, _ = run(capsys, "--db", db_url, "--json", "search", "--all", "lefe")
    firsts = [json.loads(line)["first_name"] for line in out.splitlines()]
    assert status == 0 and firsts == [f"Élève{i:02d}" for i in range(DEFAULT_LIMIT + 2)]
