"""kiosk-admin purge as an organiser runs it after the fair: refused before the last day unless forced, no
name left anywhere in the file (read with `strings`), the same event report afterwards."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from cli_runner import admin


def _text(pdf: Path) -> list[str]:
    """The report's lines, the moment its figures stand at left out (the header and every page's footer say it:
    two reports made a minute apart differ there on every page)."""
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [re.sub(r"(arrêtés au) [^(]*", r"\1 …", line) for line in done.stdout.splitlines() if line.strip()]


def test_purge_leaves_no_name_and_the_same_report(tmp_path: Path) -> None:
    database = str(tmp_path / "salon.sqlite3")
    admin(database, "demo", "--groups", "4", "--visitors", "12")
    people = [json.loads(line) for line in admin(database, "--json", "people").stdout.splitlines()]
    for person in people[:10]:
        admin(database, "scan", person["code"])
    names = {p["last_name"] for p in people if len(p["last_name"]) >= 6} | {p["code"] for p in people}
    assert "conservées 30 jours après le dernier jour" in admin(database, "event").stdout
    assert json.loads(admin(database, "--json", "event", "--retention-days", "45").stdout)["retention_days"] == 45

    refused = admin(database, "purge", check=False)
    assert refused.returncode == 1 and "n'est pas fini" in refused.stderr and "--force" in refused.stderr
    admin(database, "report", "-o", str(tmp_path / "avant.pdf"))
    assert "Données personnelles effacées" in admin(database, "purge", "--force").stdout

    admin(database, "report", "-o", str(tmp_path / "après.pdf"))
    before, after = _text(tmp_path / "avant.pdf"), _text(tmp_path / "après.pdf")
    assert before == after
    assert admin(database, "--json", "people").stdout == ""
    assert "purgées le" in admin(database, "event").stdout

    found = subprocess.run(["strings", "-n", "5", database], capture_output=True, text=True, check=True).stdout
    assert not [name for name in names if name in found]
    wal = Path(database + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
