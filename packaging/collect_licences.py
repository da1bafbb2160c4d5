"""Write the licence of every component of a Kiosk package into a folder: `collect_licences.py OUTDIR`.

Run with the Python that builds the package (the project's venv): what it writes is read from the installed
distributions and resources/ by `kiosk.licences.components()`, the same list the organiser's About screen
shows, never typed here. OUTDIR gets a README (the package's licence, then one line per component: name,
version, licence, files) and a folder per component holding its licence texts as shipped. The Debian package
puts it in /usr/share/doc/kiosk/.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kiosk.licences import PACKAGE_STATEMENT, Component, components
from kiosk.version import kiosk_version


def folder_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._]+", "-", text).strip("-").lower()


def write_component(component: Component, outdir: Path) -> list[str]:
    """The component's texts in a folder of its own; their paths relative to `outdir`."""
    folder = outdir / folder_name(("font " if component.font else "") + component.name)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for licence in component.texts:
        path = folder / licence.title.replace("/", "-")
        path.write_text(licence.text, encoding="utf-8")
        written.append(path.relative_to(outdir).as_posix())
    return written


def collect(outdir: Path) -> list[Component]:
    """Every component's texts into `outdir`, and its README listing them."""
    found = components()
    lines = [f"Kiosk {kiosk_version()}", "", PACKAGE_STATEMENT.fr, "", PACKAGE_STATEMENT.en, "",
             "Composant / component | version | licence | textes / texts", ""]
    outdir.mkdir(parents=True, exist_ok=True)
    for component in found:
        files = write_component(component, outdir)
        name = f"{component.name} (police / font)" if component.font else component.name
        lines.append(f"{name} | {component.version or '-'} | {component.licence} | "
                     f"{', '.join(files) or '(pas de texte / no text)'}")
    (outdir / "README").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("Usage : collect_licences.py DOSSIER — le dossier où écrire les licences / "
              "the folder to write the licences into.", file=sys.stderr)
        return 1
    try:
        found = collect(Path(argv[0]))
    except OSError as error:
        print(f"Impossible d'écrire dans {argv[0]} / cannot write into {argv[0]}: {error.strerror}.", file=sys.stderr)
        return 1
    print(f"{len(found)} composants / components: {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
