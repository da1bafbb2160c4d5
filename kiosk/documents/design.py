"""Badge designs as data: an event's look in a TOML or JSON file, checked against the stock before drawing.

A design gives colours per audience (pupil, teacher, companion and each visitor category), the event's logo
and its partners' (SVG or a one-page PDF, drawn as vectors, or PNG / JPEG), an optional background (the
same, stretched across the whole label; the QR code keeps a white square under it), which fields show and
where (boxes in fractions of the stock's safe area, like the stock's own arrangement), an option for minors
(the surname's initial only, the teacher's phone for emergencies under the QR code or on the back), and an
optional back side for duplex printing. Example::

    name = "Salon des métiers 2026"
    logo = "logo.png"                      # paths are relative to the design file
    partners = ["region.png", "cci.png"]
    background = "fond.pdf"
    hide = ["event"]
    [colours]
    pupil = "#1F5FAD"
    press = "#C0262D"
    [minors]
    surname_initial = true
    emergency_phone = "under_qr"           # or "back", or "none"
    [back]
    lines = ["Accueil des groupes : Hall 7, porte B"]
    [boxes]
    first_name = [0, 0.20, 0.60, 0.22]     # x, y, width, height
    # partners: without a box, on the back if any, else a row along the bottom (badge_design.partners_row)

A design that does not fit its stock is refused with a sentence naming the element (`check_design`).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import PersonKind, VisitorCategory

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".pdf")
AUDIENCES = frozenset({*(kind.value for kind in PersonKind if kind is not PersonKind.VISITOR),
                       *(category.value for category in VisitorCategory)})
PHONE_PLACES = ("none", "under_qr", "back")
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
Rectangle = tuple[float, float, float, float]


@dataclass(frozen=True)
class BadgeDesign:
    """An event's badge design; the default design is the stock's own arrangement and colours."""

    name: str = ""
    colours: Mapping[str, str] = field(default_factory=dict)
    logo: Path | None = None
    partners: tuple[Path, ...] = ()
    background: Path | None = None
    hidden: frozenset[str] = frozenset()
    boxes: Mapping[str, Rectangle] = field(default_factory=dict)
    surname_initial: bool = False
    emergency_phone: str = "none"
    back_lines: tuple[str, ...] = ()
    back: bool = False


DEFAULT_DESIGN = BadgeDesign()


def load_design(path: Path) -> BadgeDesign:
    """The design in a .toml or .json file, or one sentence saying what is wrong in it."""
    path = path.expanduser()
    try:
        raw = path.read_bytes()
        data: dict[str, Any] = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw.decode())
    except OSError as error:
        raise _bad(path, f"illisible ({error.strerror})", f"cannot be read ({error.strerror})") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise _bad(path, f"mal formé ({error})", f"is malformed ({error})") from error
    return design_from(data, path.parent, path.name)


def design_from(data: Mapping[str, Any], folder: Path, source: str = "design") -> BadgeDesign:
    """A design from parsed data; image paths relative to `folder`."""
    minors, back = data.get("minors", {}), data.get("back", {})
    colours = {str(key): str(value) for key, value in data.get("colours", {}).items()}
    for key, value in colours.items():
        if key not in AUDIENCES or not COLOUR.fullmatch(value):
            raise _bad_value(source, f"colours.{key}", "un public connu et une couleur #RRVVBB",
                             "a known audience and a #RRGGBB colour")
    phone = str(minors.get("emergency_phone", "none"))
    if phone not in PHONE_PLACES:
        raise _bad_value(source, "minors.emergency_phone", "none, under_qr ou back", "none, under_qr or back")
    boxes = {str(name): _rectangle(source, str(name), value) for name, value in data.get("boxes", {}).items()}
    lines = tuple(str(line) for line in back.get("lines", ()))
    return BadgeDesign(
        name=str(data.get("name", "")), colours=colours, logo=_image(source, folder, data.get("logo")),
        partners=tuple(p for p in (_image(source, folder, item) for item in data.get("partners", ())) if p),
        background=_image(source, folder, data.get("background")), hidden=frozenset(map(str, data.get("hide", ()))),
        boxes=boxes, surname_initial=bool(minors.get("surname_initial", False)), emergency_phone=phone,
        back_lines=lines, back=bool(lines) or phone == "back" or bool(back.get("enabled", False)))


def _rectangle(source: str, name: str, value: Any) -> Rectangle:
    if not (isinstance(value, list | tuple) and len(value) == 4 and all(isinstance(v, int | float) for v in value)):
        raise _bad_value(source, f"boxes.{name}", "[x, y, largeur, hauteur]", "[x, y, width, height]")
    x, y, w, h = (float(v) for v in value)
    return x, y, w, h


def _image(source: str, folder: Path, value: Any) -> Path | None:
    if not value:
        return None
    path = (folder / str(value)).expanduser()
    if path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
        raise KioskError(f"{source} : image introuvable ou pas en SVG, PDF, PNG ou JPEG : {path}.",
                         f"{source}: image missing or not SVG, PDF, PNG or JPEG: {path}.")
    return path


def _bad(path: Path, fr: str, en: str) -> KioskError:
    return KioskError(f"Le fichier de design {path} est {fr}.", f"The design file {path} {en}.")


def _bad_value(source: str, key: str, fr: str, en: str) -> KioskError:
    return KioskError(f"{source} : « {key} » doit être {fr}.", f"{source}: '{key}' must be {en}.")
