"""Where the kiosk's own file chooser may look, and what it lists there (no Qt: plain paths, easy to test).

The chooser never shows the whole disk: only the removable media that are mounted (USB sticks, SD cards) and
the station's files folder (the settings' "files folder", else the user's Documents folder). Inside those
places it lists the sub-folders and only the files that fit the request (rosters, badge designs, or PDFs
beside the one being saved); hidden entries and anything a link would lead outside the place are left out.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.domain.mounts import read_mounts

ROSTER_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
DESIGN_SUFFIXES = (".toml", ".json")
MEDIA_PARENTS = (Path("/media"), Path("/run/media"))  # udisks mounts sticks at /media/USER/LABEL


class FileKind(enum.Enum):
    ROSTER = "roster"  # choose a file to read
    DESIGN = "design"  # choose a badge design file (TOML or JSON) to use
    SAVE_PDF = "save_pdf"  # choose a folder and a name to write a PDF

    @property
    def reads(self) -> bool:
        """A file is chosen to be read (rather than a folder and a name to write)."""
        return self is not FileKind.SAVE_PDF


@dataclass(frozen=True)
class FileRequest:
    """What the chooser is opened for; `chosen` gets the path, then the kiosk goes back to `back` as it was."""

    kind: FileKind
    back: Any  # the Screen key to return to (typed Any: keys.py imports this module)
    chosen: Callable[[Path], object]
    name: str = ""  # SAVE_PDF: the name proposed


@dataclass(frozen=True)
class Place:
    label: str
    path: Path
    removable: bool


@dataclass(frozen=True)
class Entry:
    path: Path
    folder: bool
    usable: bool  # a folder to enter or a file that may be chosen (PDFs beside a save are only shown)


def removable_media(parents: tuple[Path, ...] = MEDIA_PARENTS, mounts: Path = Path("/proc/mounts"),
                    block: Path = Path("/sys/class/block")) -> list[Path]:
    """Mount points of removable media: /media/*/* and /run/media/*/* that are mounted, and anything mounted
    from a block device the kernel marks removable."""
    found = [place for parent in parents if parent.is_dir() for user in _folders(parent)
             for place in _folders(user) if os.path.ismount(place)]
    found += [Path(mount.point) for mount in read_mounts(mounts) or [] if mount.device.startswith("/dev/")
              and _removable(mount.device, block)]
    unique: list[Path] = []
    for place in found:
        if place not in unique and place != Path("/"):
            unique.append(place)
    return unique


def _folders(parent: Path) -> list[Path]:
    try:
        return sorted(p for p in parent.iterdir() if p.is_dir())
    except OSError:
        return []


def _removable(device: str, block: Path) -> bool:
    """True when /sys says the device (or the disk a partition belongs to) is removable."""
    try:
        node = (block / Path(os.path.realpath(device)).name).resolve()
    except OSError:
        return False
    for candidate in (node, node.parent):
        flag = candidate / "removable"
        if flag.is_file():
            return flag.read_text(encoding="ascii", errors="replace").strip() == "1"
    return False


def files_folder(setting: str) -> Path:
    """The station's files folder: the setting, else the user's Documents folder (never the whole home
    folder: where there is no Documents folder, only the removable media are offered)."""
    if setting.strip():
        return Path(setting.strip()).expanduser()
    return Path.home() / "Documents"


def places(media: list[Path], folder: Path) -> list[Place]:
    """The chooser's top level: each medium by its name (its volume label), then the station's folder."""
    found = [Place(medium.name, medium, True) for medium in media if medium.is_dir()]
    if folder.is_dir():
        found.append(Place(folder.name or str(folder), folder, False))
    return found


def inside(path: Path, root: Path) -> bool:
    """True when `path`, links followed, is `root` or below it: the chooser never goes above its place."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except OSError:
        return False


def entries(folder: Path, root: Path, kind: FileKind) -> list[Entry]:
    """Sub-folders, then the files that fit `kind`, by name; hidden ones and ones leading out are left out."""
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    wanted = {FileKind.ROSTER: ROSTER_SUFFIXES, FileKind.DESIGN: DESIGN_SUFFIXES}.get(kind, (".pdf",))
    shown = [p for p in children if not p.name.startswith(".") and inside(p, root)]
    folders = [Entry(p, True, True) for p in shown if p.is_dir()]
    files = [Entry(p, False, kind.reads) for p in shown if p.is_file() and p.suffix.lower() in wanted]
    return sorted(folders, key=_by_name) + sorted(files, key=_by_name)


def _by_name(entry: Entry) -> str:
    return entry.path.name.casefold()


def pdf_name(typed: str) -> str | None:
    """The file name for a typed name (".pdf" added when missing), or None when it cannot be a file name."""
    name = typed.strip()
    if not name or "/" in name or "\\" in name or name.startswith(".") or name in {".", ".."}:
        return None
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"
