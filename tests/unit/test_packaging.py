"""The bundle's spec keeps up with the code: every folder of resources/ the programs load, and the migrations Alembic
reads as files, are copied into the bundle (a folder added to the code but not to packaging/kiosk.spec would only
show on an installed desk). The build itself is tried by `make package-test` (CI)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "packaging" / "kiosk.spec").read_text(encoding="utf-8")
DEVELOPER_ONLY = {"screenshots"}  # the README's screenshots (python -m kiosk.ui.screenshots), not in the bundle


def loaded_resource_folders() -> set[str]:
    found: set[str] = set()
    for source in (ROOT / "kiosk").rglob("*.py"):
        found.update(re.findall(r'resources_folder\(\) / "(\w+)"', source.read_text(encoding="utf-8")))
    return found


def test_every_resource_folder_the_programs_load_is_in_the_bundle() -> None:
    folders = loaded_resource_folders()
    assert {"fonts", "keyboard", "sounds", "styles", "translations"} <= folders
    bundled = set(re.findall(r'"resources/(\w+)"', SPEC))
    assert folders - DEVELOPER_ONLY <= bundled, f"add to DATAS in packaging/kiosk.spec: {folders - bundled}"


def test_the_migrations_alembic_reads_as_files_are_in_the_bundle() -> None:
    migrations = ROOT / "kiosk" / "migrations"
    read_by_alembic = {"env.py", "script.py.mako", "versions"}
    assert read_by_alembic <= {path.name for path in migrations.iterdir()}
    for name in read_by_alembic:
        assert f'MIGRATIONS / "{name}"' in SPEC, f"{name} missing from DATAS in packaging/kiosk.spec"


def test_each_launcher_runs_the_program_it_is_named_after() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from entry import program_name
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert [program_name(f"/opt/kiosk/{name}") for name in ("kiosk", "kiosk-admin", "kiosk-station")] == [
        "kiosk", "kiosk-admin", "kiosk-station"]
    assert program_name("/usr/bin/Kiosk-Admin") == "kiosk-admin"
