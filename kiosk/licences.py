"""What a distributed Kiosk is made of, and under which licences: read from what is installed, never typed.

One list serves the organiser's About screen and `packaging/collect_licences.py` (the texts shipped in the
package). Kiosk and every distribution it needs at run time (its requirements followed through importlib.metadata)
give their licence and the texts their wheels carry; Qt Virtual Keyboard is listed on its own when a PySide6
wheel holds it, because it is GPL-3.0 only and makes the package GPL-3.0 as a whole; then the fonts of
`resources/fonts` (their licence files) and Python. PySide6's wheels carry no licence text: the GPL-3.0 and
LGPL-3.0 texts are shipped once in `resources/licences` (Debian's /usr/share/common-licenses copies) and go
with any component whose licence names them and that carries no text of its own.
A PyInstaller bundle reads the same metadata when its spec copies it: each folder of `metadata_folders()` (or
`copy_metadata(name)` for each name of `distribution_names()`, run so that a source tree's kiosk.egg-info is not
found first).
"""

from __future__ import annotations

import platform
import re
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from kiosk.domain.errors import Msg
from kiosk.resources import resources_folder

ROOT = "kiosk"
PACKAGE_STATEMENT = Msg(
    "Le code de Kiosk est sous licence MIT. Le paquet distribué inclut Qt Virtual Keyboard, sous GPL version 3 "
    "seulement : le paquet dans son ensemble est donc distribué sous la GNU GPL version 3. Chaque composant "
    "garde sa propre licence, ci-dessous avec son texte.",
    "Kiosk's own code is under the MIT licence. The distributed package includes Qt Virtual Keyboard, under the "
    "GPL version 3 only, so the package as a whole is distributed under the GNU GPL version 3. Each component "
    "keeps its own licence, listed below with its text.")
_LICENCE_FILE = re.compile(r"LICEN[CS]E|COPYING|NOTICE", re.IGNORECASE)
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*['"]([^'"]+)['"]""")


@dataclass(frozen=True)
class LicenceText:
    title: str  # the file's name as shipped: LICENSE, COPYING, GPL-3.0.txt…
    text: str


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # an SPDX expression where the component gives one, else its own words
    texts: tuple[LicenceText, ...]
    font: bool = False  # a font of resources/fonts rather than code


def components() -> list[Component]:
    """Kiosk first, Qt Virtual Keyboard next, the other distributions by name, then the fonts and Python."""
    distributions = runtime_distributions()
    found = [_component(dist) for dist in distributions]
    keyboard = [_virtual_keyboard(dist) for dist in distributions if _holds_virtual_keyboard(dist)]
    own = [one for one in found if one.name.lower() == ROOT]
    others = sorted((one for one in found if one.name.lower() != ROOT), key=lambda one: one.name.lower())
    return [*own, *keyboard[:1], *others, *font_components(), python_component()]


def distribution_names() -> list[str]:
    """The distributions whose metadata (licences included) a bundle must carry."""
    return [dist.metadata["Name"] for dist in runtime_distributions()]


def metadata_folders() -> list[Path]:
    """The .dist-info folders a bundle carries beside its code for this list and `--version` to work there (a
    PyInstaller spec adds each as data under its own name, which is what `copy_metadata` does)."""
    folders = []
    for dist in runtime_distributions():
        name = next((path.parts[0] for path in dist.files or () if path.parts[0].endswith(".dist-info")), None)
        if name is not None:
            folders.append(Path(str(dist.locate_file(name))))
    return folders


def runtime_distributions(root: str = ROOT) -> list[metadata.Distribution]:
    """`root` and what it needs at run time, found by following the installed requirements (extras asked
    for included, test extras left out); a requirement not installed here is not part of this package."""
    seen: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    waiting: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while waiting:
        name, extras = waiting.pop()
        dist = _installed(name)
        if dist is None:
            continue
        key = _normalised(dist.metadata["Name"])
        if (key, extras) in done:
            continue
        done.add((key, extras))
        seen[key] = dist
        needed = (_needed(line, extras) for line in dist.requires or [])
        waiting += [wanted for wanted in needed if wanted is not None]
    return list(seen.values())


def _installed(name: str) -> metadata.Distribution | None:
    """The distribution called `name`: its installed .dist-info rather than the .egg-info of a source tree, which a
    program started from the repository finds first and which holds no licence file."""
    found = list(metadata.distributions(name=name))
    return next((dist for dist in found if dist.read_text("METADATA") is not None), found[0] if found else None)


def _needed(requirement: str, extras: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """The name and extras of a requirement line, or None when it belongs to an extra nobody asked for."""
    spec, _, marker = requirement.partition(";")
    wanted_extra = _EXTRA.search(marker)
    if wanted_extra and wanted_extra.group(1) not in extras:
        return None
    parsed = _REQUIREMENT.match(spec)
    if parsed is None:
        return None
    asked = frozenset(part.strip() for part in (parsed.group(2) or "").split(",") if part.strip())
    return parsed.group(1), asked


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _component(dist: metadata.Distribution) -> Component:
    licence = licence_of(dist)
    return Component(dist.metadata["Name"], dist.version, licence, _texts_of(dist) or shipped_texts(licence))


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the distribution states it: its SPDX expression, else its short License field, else its
    licence classifiers."""
    meta = dist.metadata
    if "License-Expression" in meta:
        return str(meta["License-Expression"])
    stated = "\n".join(meta.get_all("License") or []).strip()
    if stated and "\n" not in stated and len(stated) <= 60:
        return stated
    classifiers = [line.split(" :: ")[-1] for line in meta.get_all("Classifier") or [] if line.startswith("License ::")]
    return " / ".join(classifiers) or stated.split("\n")[0] or "?"


def _texts_of(dist: metadata.Distribution) -> tuple[LicenceText, ...]:
    """The licence files the distribution declares (License-File), else those in its .dist-info folder."""
    declared = dist.metadata.get_all("License-File") or []
    names = [f"licenses/{name}" for name in declared] + list(declared)
    if not declared:
        names = ["/".join(path.parts[1:]) for path in dist.files or ()
                 if path.parts[0].endswith(".dist-info") and _LICENCE_FILE.search(path.name)]
    texts: dict[str, LicenceText] = {}
    for name in names:
        title = name.removeprefix("licenses/")
        text = dist.read_text(name) or _beside(dist, name)
        if text and title not in texts:
            texts[title] = LicenceText(title, text)
    return tuple(texts.values())


def _beside(dist: metadata.Distribution, name: str) -> str | None:
    """A declared licence file next to the metadata folder: a source tree's kiosk.egg-info has no copy of it."""
    if dist.read_text("PKG-INFO") is None:  # an installed .dist-info: site-packages holds nobody's licence
        return None
    path = Path(str(dist.locate_file(name)))
    return path.read_text(encoding="utf-8") if path.is_file() else None


def shipped_texts(licence: str) -> tuple[LicenceText, ...]:
    """The texts of `resources/licences` that `licence` names (GPL-3.0 in "GPL-3.0-only", not in "LGPL-3.0")."""
    return tuple(LicenceText(path.name, path.read_text(encoding="utf-8"))
                 for path in sorted((resources_folder() / "licences").glob("*.txt"))
                 if re.search(rf"(?<![\w-]){re.escape(path.stem)}(?![\d.])", licence))


def _holds_virtual_keyboard(dist: metadata.Distribution) -> bool:
    return any("Qt6VirtualKeyboard" in path.name for path in dist.files or ())


def _virtual_keyboard(dist: metadata.Distribution) -> Component:
    return Component(f"Qt Virtual Keyboard ({dist.metadata['Name']})", dist.version, "GPL-3.0-only",
                     shipped_texts("GPL-3.0-only"))


def font_components() -> list[Component]:
    """One component per licence file of `resources/fonts` (Debian copyright files name the fonts and their
    licence; a plain licence text is recognised by its title)."""
    found = []
    for path in sorted((resources_folder() / "fonts").glob("LICENSE-*.txt")):
        text = path.read_text(encoding="utf-8")
        upstream = re.search(r"^Upstream-Name: *(.+)$", text, re.MULTILINE)
        stated = re.search(r"^License: *(\S+)", text, re.MULTILINE)
        ofl = "OFL-1.1" if "SIL Open Font License, Version 1.1" in text else "?"
        name = upstream.group(1).strip() if upstream else path.stem.removeprefix("LICENSE-")
        found.append(Component(name, "", stated.group(1) if stated else ofl, (LicenceText(path.name, text),),
                               font=True))
    return found


def python_component() -> Component:
    """The Python interpreter a bundle carries, with its licence file when one is found."""
    found = python_licence_file()
    texts = (LicenceText("LICENSE.txt", found.read_text(encoding="utf-8")),) if found else ()
    return Component("Python", platform.python_version(), "PSF-2.0", texts)


def python_licence_file() -> Path | None:
    """Python's LICENSE.txt: in the standard library's folder (Linux), at the installation's root (Windows, and a
    PyInstaller bundle whose spec puts this file at its root, ".")."""
    for folder in (Path(sysconfig.get_path("stdlib")), Path(sys.base_prefix)):
        if (folder / "LICENSE.txt").is_file():
            return folder / "LICENSE.txt"
    return None
