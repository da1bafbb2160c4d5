"""The licences a package ships are read from what is installed: every runtime distribution with its texts,
Qt Virtual Keyboard's GPL-3.0 on its own line, the fonts, Python; `packaging/collect_licences.py` writes them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from kiosk.licences import components, distribution_names, metadata_folders, python_licence_file

ROOT = Path(__file__).resolve().parents[2]
GPL3 = "GNU GENERAL PUBLIC LICENSE\n                       Version 3"
LGPL3 = "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3"


def test_the_runtime_distributions_are_listed_and_the_test_tools_are_not() -> None:
    names = {name.lower() for name in distribution_names()}
    assert {"kiosk", "pyside6", "pyside6_essentials", "shiboken6", "reportlab", "qrcode", "sqlalchemy", "alembic",
            "psycopg", "psycopg-binary", "openpyxl", "mako"} <= names  # psycopg-binary: through psycopg[binary]
    assert names.isdisjoint({"pytest", "ruff", "mypy", "import-linter", "pytest-qt", "zxing-cpp", "fonttools"})


def test_every_component_has_a_licence_and_its_text() -> None:
    found = {component.name: component for component in components()}
    assert next(iter(found)) == "kiosk" and found["kiosk"].licence == "MIT"
    assert found["kiosk"].texts[0].text.startswith("MIT License")
    keyboard = next(component for name, component in found.items() if name.startswith("Qt Virtual Keyboard"))
    assert keyboard.licence == "GPL-3.0-only" and GPL3 in keyboard.texts[0].text
    assert {text.title for text in found["PySide6"].texts} == {"GPL-3.0.txt", "LGPL-3.0.txt"}
    fonts = {component.name: component.licence for component in found.values() if component.font}
    assert fonts["DejaVu fonts"] == "bitstream-vera" and fonts["Droid"] == "Apache-2" and fonts["Noto"] == "OFL-1.1"
    assert found["Python"].licence == "PSF-2.0"
    assert [name for name, component in found.items() if not component.texts or not component.licence] == []


def test_collect_licences_writes_every_text_and_an_index(tmp_path: Path) -> None:
    out = tmp_path / "doc"
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "collect_licences.py"), str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    index = (out / "README").read_text(encoding="utf-8")
    assert "distribué sous la GNU GPL version 3" in index and "distributed under the GNU GPL version 3" in index
    assert "Qt Virtual Keyboard (PySide6_Addons) | " in index and "| GPL-3.0-only |" in index
    assert GPL3 in (out / "qt-virtual-keyboard-pyside6_addons" / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert LGPL3 in (out / "pyside6" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "Bitstream" in (out / "font-dejavu-fonts" / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert (out / "kiosk" / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    listed = [line.split(" | ")[-1] for line in index.splitlines() if line.count(" | ") == 3][1:]
    assert all((out / path).is_file() for line in listed for path in line.split(", "))


def test_collect_licences_without_a_folder_says_so_in_one_sentence(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "collect_licences.py")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "DOSSIER" in done.stderr


def test_a_bundle_carrying_the_distributions_metadata_lists_the_same(tmp_path: Path) -> None:
    """What a PyInstaller spec gives the bundle with each of `metadata_folders()` as data (as `copy_metadata`
    does): each .dist-info folder beside the code, no site-packages; the About list must come out the same."""
    shutil.copytree(ROOT / "kiosk", tmp_path / "kiosk")
    for folder in metadata_folders():
        shutil.copytree(folder, tmp_path / folder.name)
    script = ("import json, sys; sys.path.insert(0, sys.argv[1]); from kiosk.licences import components; "
              "print(json.dumps([[c.name, c.version, c.licence, [t.title for t in c.texts]] for c in components()]))")
    done = subprocess.run([sys.executable, "-I", "-S", "-c", script, str(tmp_path)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path, env={**os.environ, "KIOSK_RESOURCES": str(ROOT / "resources")})
    assert done.returncode == 0, done.stderr
    here = [[c.name, c.version, c.licence, [t.title for t in c.texts]] for c in components()]
    assert json.loads(done.stdout) == here


def test_a_source_trees_egg_info_found_first_does_not_hide_the_installed_licence(tmp_path: Path) -> None:
    """`python -m …` from the repository puts it first on sys.path, with pip's kiosk.egg-info (no licence file)."""
    info = tmp_path / "kiosk.egg-info"
    info.mkdir()
    (info / "PKG-INFO").write_text("Metadata-Version: 2.4\nName: kiosk\nVersion: 0.1.0\nLicense-File: LICENSE\n",
                                   encoding="utf-8")
    script = ("import sys; sys.path.insert(0, sys.argv[1]); from kiosk.licences import components; "
              "print([t.title for t in components()[0].texts])")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "['LICENSE']\n", "")


def test_pythons_licence_is_found_at_a_bundles_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Frozen by PyInstaller, the interpreter's prefix is the bundle's folder and its standard library is zipped:
    the spec puts python_licence_file() at the bundle's root, where it is read back."""
    (tmp_path / "LICENSE.txt").write_text("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2", encoding="utf-8")
    monkeypatch.setattr(sys, "base_prefix", str(tmp_path))
    monkeypatch.setattr(sysconfig, "get_path", lambda _name: str(tmp_path / "base_library.zip"))
    assert python_licence_file() == tmp_path / "LICENSE.txt"
