"""Kiosk's version, written once in pyproject.toml and read from the installed distribution's metadata.

`importlib.metadata` reads it from `kiosk-<version>.dist-info`, which pip writes from pyproject.toml (an
editable install included; `make venv` reinstalls when pyproject.toml changes). A PyInstaller bundle carries
that folder when its spec says `copy_metadata("kiosk")`. A source tree run without installing falls back on
pyproject.toml itself, so no second copy of the number exists anywhere.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from importlib import metadata
from pathlib import Path

UNKNOWN = "?"


def kiosk_version() -> str:
    """The version of Kiosk as installed ("?" when neither its metadata nor its pyproject.toml is found)."""
    try:
        return metadata.version("kiosk")
    except metadata.PackageNotFoundError:
        return _from_pyproject(Path(__file__).resolve().parent.parent / "pyproject.toml")


def _from_pyproject(path: Path) -> str:
    try:
        with path.open("rb") as source:
            return str(tomllib.load(source)["project"]["version"])
    except (OSError, tomllib.TOMLDecodeError, KeyError):
        return UNKNOWN


class _VersionAction(argparse.Action):
    """`--version`: prints "<program> <version>" and exits 0; the version is read only when asked."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **_: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="affiche la version / show the version")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        sys.stdout.write(f"{parser.prog} {kiosk_version()}\n")
        parser.exit()


def add_version_option(parser: argparse.ArgumentParser) -> None:
    """The same `--version` on kiosk, kiosk-admin and kiosk-station."""
    parser.add_argument("--version", action=_VersionAction)
