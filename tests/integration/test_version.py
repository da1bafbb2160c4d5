"""`--version` of the three programs says pyproject.toml's version, read from the package metadata, also from a
folder laid out as a PyInstaller bundle lays it out (the package and its copied .dist-info, no site-packages)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.mark.parametrize("program", ["kiosk", "kiosk-admin", "kiosk-station"])
def test_each_program_says_its_version(program: str, tmp_path: Path) -> None:
    done = subprocess.run([str(Path(sys.executable).parent / program), "--version"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{program} {VERSION}\n", "")


def test_the_version_comes_from_copied_metadata_as_in_a_bundle(tmp_path: Path) -> None:
    """What `copy_metadata("kiosk")` gives a bundle: the dist-info beside the code, read by importlib.metadata."""
    installed = metadata.distribution("kiosk")
    shutil.copytree(ROOT / "kiosk", tmp_path / "kiosk")
    info = tmp_path / f"kiosk-{installed.version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(installed.read_text("METADATA") or "", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "0.0.0-not-this"\n', encoding="utf-8")
    script = ("import sys; sys.path.insert(0, sys.argv[1]); from kiosk.version import kiosk_version; "
              "print(kiosk_version())")
    done = subprocess.run([sys.executable, "-I", "-S", "-c", script, str(tmp_path)], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{VERSION}\n", "")
    shutil.rmtree(info)  # a source tree run without installing: pyproject.toml beside the package
    done = subprocess.run([sys.executable, "-I", "-S", "-c", script, str(tmp_path)], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert done.stdout == "0.0.0-not-this\n"


def test_the_changelog_names_this_version_first() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.findall(r"^## \[(\d[^\]]*)\]", changelog, re.MULTILINE)[0] == VERSION
