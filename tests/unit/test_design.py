"""Badge designs as data: colours per audience, logos, minors' surname initial and the teacher's phone, a back
side for duplex printing; a design that does not fit its stock is refused in one sentence naming the element."""

from __future__ import annotations

import datetime as dt
import io
import os
import secrets
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from cli_runner import admin
from helpers import make_class
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import StreamObject
from reportlab.lib.units import mm
from sample_event import EVENT_DAYS
from test_badge_pdf import page_images, pdf_text

from kiosk.documents.badge_design import check_design, element_name
from kiosk.documents.badges import render_badges
from kiosk.documents.design import load_design
from kiosk.documents.design_preview import design_preview_pdf
from kiosk.documents.layouts import LAYOUTS, Field, Kind, Layout
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import PersonKind

PUPIL_RED = (200, 30, 40)
DESIGN = """
name = "Salon 2026"
logo = "logo.png"
partners = ["region.png", "cci.png"]
hide = ["event"]
[colours]
pupil = "#C81E28"
[minors]
surname_initial = true
emergency_phone = "under_qr"
[back]
lines = ["Accueil des groupes : Hall 7, porte B", "Wi-Fi : Salon2026"]
[boxes]
partners = [0, 0.78, 0.6, 0.09]
"""


def write_design(folder: Path, text: str = DESIGN, name: str = "design.toml") -> Path:
    for picture, colour in (("logo.png", (0, 90, 160)), ("region.png", (0, 140, 60)), ("cci.png", (230, 120, 0))):
        Image.new("RGB", (300, 120), colour).save(folder / picture)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def pupil(code_secret: bytes, last: str = "Lefèvre") -> BadgeData:
    return BadgeData("Zoé", last, "Collège Jean-Moulin", "4e B", PersonKind.PUPIL, None,
                     new_code(CodeKind.BADGE, code_secret), "Salon des métiers", (dt.date(2026, 11, 24),),
                     "06 12 34 56 78")


def test_a_design_colours_hides_protects_minors_and_prints_a_back(tmp_path: Path) -> None:
    design = load_design(write_design(tmp_path))
    badge = pupil(secrets.token_bytes(32))
    pdf = render_badges([badge], "cr80", lang="fr", design=design)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2, "the front, then its back"
    front, back = (" ".join(page.extract_text().split()) for page in pages)
    assert "Zoé" in front and "L." in front and "Lefèvre" not in front, "a minor's surname: its initial only"
    assert "Urgence : 06 12 34 56 78" in front and "Salon des métiers" not in front  # the event line is hidden
    assert "Accueil des groupes : Hall 7, porte B" in back and "Wi-Fi : Salon2026" in back
    images = page_images(pdf, tmp_path / "png", dpi=100)
    assert [result.text for result in zxingcpp.read_barcodes(images[0])] == [badge.code]
    layout, rgb = LAYOUTS["cr80"], images[0].convert("RGB")
    band = rgb.getpixel((round((layout.safe[0] + 3) / 25.4 * 100), round((layout.safe[1] + 1) / 25.4 * 100)))
    assert all(abs(a - b) < 8 for a, b in zip(band, PUPIL_RED, strict=True)), band
    assert len(pages[0]["/Resources"]["/XObject"]) >= 3, "logo and both partners drawn"


@pytest.mark.parametrize(("boxes", "named"), [("logo = [0.8, 0.0, 0.3, 0.17]", "« logo » sort de la zone sûre"),
                                              ("first_name = [0, 0.2, 0.6, 0.05]", "« prénom » est trop bas"),
                                              ("qr = [0.63, 0.19, 0.1, 0.1]", "« QR code » est trop petit"),
                                              ("day = [0, 0.2, 0.6, 0.2]", "« prénom » chevauche « jour »")])
def test_a_design_that_does_not_fit_is_refused_naming_the_element(tmp_path: Path, boxes: str, named: str) -> None:
    design = load_design(write_design(tmp_path, f'logo = "logo.png"\n[boxes]\n{boxes}\n'))
    with pytest.raises(KioskError) as refused:
        check_design(design, LAYOUTS["cr80"])
    assert named in refused.value.text("fr") and "cr80" in refused.value.text("fr")
    assert "Design refused for 'cr80'" in refused.value.text("en")


def test_wrong_files_get_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "broken.svg").write_text("<svg", encoding="utf-8")
    with pytest.raises(KioskError, match="SVG"):
        check_design(load_design(write_design(tmp_path, 'logo = "broken.svg"\n')), LAYOUTS["cr80"])
    with pytest.raises(KioskError, match="introuvable"):
        load_design(write_design(tmp_path, 'logo = "missing.png"\n'))
    with pytest.raises(KioskError, match="mal formé"):
        load_design(write_design(tmp_path, "colours = [", "broken.toml"))
    with pytest.raises(KioskError, match=r"colours\.pupil"):
        load_design(write_design(tmp_path, '{"colours": {"pupil": "red"}}', "d.json"))


def test_the_preview_shows_every_audience(tmp_path: Path) -> None:
    pdf = design_preview_pdf(load_design(write_design(tmp_path)), "a4-10", lang="fr")
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for audience in ("ÉLÈVE", "ENSEIGNANT", "ACCOMPAGNATEUR", "GRAND PUBLIC", "PRESSE", "EXPOSANT", "ÉQUIPE DU SALON"):
        assert audience in text


def test_badges_with_a_design_from_the_command_line(event_db: Database, db_url: str, tmp_path: Path) -> None:
    group, _pupils, _teacher = make_class(event_db, 3, label="4e B", day=EVENT_DAYS[0])
    design = write_design(tmp_path)
    done = admin(db_url, "badges", "--group", group.code, "--layout", "a4-8", "--design", str(design), "-o",
                 str(tmp_path / "badges.pdf"))
    assert "4 badges sur 2 pages" in done.stdout, done.stdout
    bad = write_design(tmp_path, 'logo = "logo.png"\n[boxes]\nlogo = [0.9, 0, 0.2, 0.2]\n', "bad.toml")
    refused = admin(db_url, "badges", "--group", group.code, "--design", str(bad), "-o", str(tmp_path / "x.pdf"),
                    check=False)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "« logo »" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()


def pdf_objects(pdf: bytes) -> list[Any]:
    reader = PdfReader(io.BytesIO(pdf))
    return [reader.get_object(number) for number in range(1, int(reader.trailer["/Size"]))]


def streams_with(pdf: bytes, operators: bytes) -> list[Any]:
    return [obj for obj in pdf_objects(pdf) if isinstance(obj, StreamObject) and operators in obj.get_data()]


def xobjects(pdf: bytes) -> list[Any]:
    return [obj for obj in pdf_objects(pdf) if isinstance(obj, StreamObject) and obj.get("/Type") == "/XObject"]


def test_an_svg_logo_is_drawn_as_vectors(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120">'
                                       '<rect width="300" height="120" fill="#00A050"/></svg>', encoding="utf-8")
    design = load_design(write_design(tmp_path, 'logo = "logo.svg"\n'))
    pdf = render_badges([pupil(secrets.token_bytes(32))], "cr80", lang="fr", design=design)
    backed = load_design(write_design(tmp_path, 'logo = "logo.svg"\n[back]\nlines = ["Hall 7"]\n', "back.toml"))
    three = render_badges([pupil(secrets.token_bytes(32)) for _ in range(3)], "cr80", lang="fr", design=backed)
    assert len(streams_with(three, b"0 .627451 .313725 rg")) == 1, "the SVG drawn once, stamped front and back"
    assert all(image.get("/Subtype") == "/Form" for image in xobjects(pdf)), "vectors, not a picture"
    layout, dpi = LAYOUTS["cr80"], 100
    image = page_images(pdf, tmp_path / "png", dpi)[0].convert("RGB")
    left, top, width, _height = layout.inner  # the logo takes the band's right quarter, centred in it
    x, y = left + width * 0.875, top + 0.17 * layout.inner[3] / 2
    assert image.getpixel((round(x / 25.4 * dpi), round(y / 25.4 * dpi))) == (0, 160, 80)


REGION_GREEN, CCI_ORANGE = (0, 140, 60), (230, 120, 0)


def shows(image: Image.Image, colours: tuple[tuple[int, int, int], ...],
          box: tuple[int, int, int, int] | None = None) -> bool:
    """Whether every colour (within rendering's rounding) is somewhere in the image, or in `box` of it."""
    found = {colour for _count, colour in (image.convert("RGB").crop(box) if box else image.convert("RGB"))
             .getcolors(1_000_000) or ()}
    return all(any(max(abs(a - b) for a, b in zip(seen, colour, strict=True)) < 6 for seen in found)
               for colour in colours)


def bottom_of_first_label(layout: Layout, height_mm: float, dpi: int) -> tuple[int, int, int, int]:
    """The pixels of the bottom `height_mm` of the first label's safe area (left, top, right, bottom)."""
    left_pt, bottom_pt = layout.origins()[0]
    left, safe_x, bottom = left_pt / mm, layout.inner[0], layout.page_size[1] - bottom_pt / mm - layout.inner[1]
    return tuple(round(value / 25.4 * dpi) for value in (left + safe_x, bottom - height_mm,  # type: ignore[return-value]
                                                         left + layout.label[0] - safe_x, bottom))


def test_partners_without_a_box_take_a_row_at_the_bottom_on_every_stock(tmp_path: Path) -> None:
    design = load_design(write_design(tmp_path, 'partners = ["region.png", "cci.png"]\n'))
    for layout in LAYOUTS.values():
        row = [element for element in check_design(design, layout) if element.source_name == "partners"]
        assert len(row) == 1 and row[0].box.y + row[0].box.h == pytest.approx(1.0), layout.name
        assert row[0].box.h * layout.inner[3] >= 4.0 - 1e-9, layout.name
    for stock in ("cr80", "40x75", "a4-21-l7160"):
        badge = pupil(secrets.token_bytes(32))
        pdf = render_badges([badge], stock, lang="fr", design=design)
        image = page_images(pdf, tmp_path / stock, dpi=100)[0]
        assert [result.text for result in zxingcpp.read_barcodes(image)] == [badge.code], stock
        assert shows(image, (REGION_GREEN, CCI_ORANGE), bottom_of_first_label(LAYOUTS[stock], 4.0, 100)), stock
        text = " ".join(pdf_text(pdf, tmp_path).split())
        assert "mardi 24 novembre 2026" in text and "…" not in text, f"{stock}: every line whole: {text}"


def test_partners_without_a_box_go_on_the_back_when_there_is_one(tmp_path: Path) -> None:
    design = load_design(write_design(tmp_path, 'partners = ["region.png", "cci.png"]\n[back]\nlines = ["Hall 7"]\n'))
    front, back = page_images(render_badges([pupil(secrets.token_bytes(32))], "cr80", design=design), tmp_path)
    assert not shows(front, (REGION_GREEN,)) and not shows(front, (CCI_ORANGE,))
    assert shows(back, (REGION_GREEN, CCI_ORANGE))


def test_partners_are_refused_only_when_nothing_can_make_room(tmp_path: Path) -> None:
    fixed = "\n".join(f"{element_name(element)} = {list(element.box.__dict__.values())}"
                      for element in LAYOUTS["cr80"].elements if element.kind is not Kind.BAND
                      and element.field is not Field.DAY)  # every element but the day line stays where it is
    design = load_design(write_design(tmp_path, f'partners = ["region.png"]\n[boxes]\n{fixed}\n'))
    with pytest.raises(KioskError) as refused:
        check_design(design, LAYOUTS["cr80"])
    assert "l'élément « partenaires » ne tient pas en bas : donnez-lui une case" in refused.value.text("fr")
    hiding = load_design(write_design(tmp_path, f'partners = ["region.png"]\nhide = ["day"]\n[boxes]\n{fixed}\n'))
    row = next(element for element in check_design(hiding, LAYOUTS["cr80"]) if element.source_name == "partners")
    assert row.box.h * LAYOUTS["cr80"].inner[3] > 5.0, "a hidden line leaves its room to the partners"


def test_the_emergency_phone_under_a_narrow_qr_code_wraps_rather_than_being_cut(tmp_path: Path) -> None:
    design = load_design(write_design(tmp_path, '[minors]\nemergency_phone = "under_qr"\n'))
    badges = [pupil(secrets.token_bytes(32)) for _ in range(3)]
    pdf = render_badges(badges, "a4-21-l7160", lang="fr", design=design)  # 63.5 mm stickers: a 20 mm QR column
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert text.count("Urgence : 06 12 34 56 78") == 3 and "…" not in text, text
    image = page_images(pdf, tmp_path / "png", dpi=100)[0]
    assert sorted(result.text for result in zxingcpp.read_barcodes(image)) == sorted(b.code for b in badges)


def test_an_svg_logo_changed_on_disk_is_drawn_anew(tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text("<svg/>", encoding="utf-8")
    design = load_design(write_design(tmp_path, 'logo = "logo.svg"\n'))
    for colour, operators in (("#00A050", b"0 .627451 .313725 rg"), ("#C0262D", b".752941 .14902 .176471 rg")):
        logo.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><rect width="300" '
                        f'height="120" fill="{colour}"/></svg>', encoding="utf-8")
        os.utime(logo, ns=(logo.stat().st_mtime_ns + 10**9,) * 2)  # the edit a second later, as an organiser makes it
        pdf = render_badges([pupil(secrets.token_bytes(32))], "cr80", lang="fr", design=design)
        assert streams_with(pdf, operators), colour
