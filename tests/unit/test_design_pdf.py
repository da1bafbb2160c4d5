"""A badge design's background (or logo) as a one-page PDF: drawn as vectors under every badge, the QR codes
still decoded and the text still extracted, stamped from one copy per chunk in a streamed batch; a file that
is not such a page is refused in one sentence naming the element."""

from __future__ import annotations

import io
import secrets
import zlib
from pathlib import Path

import pytest
import zxingcpp
from cli_runner import admin
from helpers import make_class
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sample_event import EVENT_DAYS
from test_badge_pdf import page_images, pdf_text
from test_design import pupil

from kiosk.documents.badge_batch import render_badges_parallel
from kiosk.documents.badge_design import check_design
from kiosk.documents.badges import render_badges
from kiosk.documents.design import design_from
from kiosk.documents.layouts import LAYOUTS
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError

SKY, NAVY, GOLD = (190, 215, 255), (40, 60, 150), (250, 200, 0)


def artwork(path: Path, pages: int = 1, size: tuple[float, float] = (86 * mm, 54 * mm)) -> Path:
    """A background as a designer would export it: a tint, a shape, a picture and a line of text."""
    Image.new("RGB", (60, 40), GOLD).save(path.with_suffix(".png"))
    canvas = Canvas(str(path), pagesize=size)
    for _page in range(pages):
        canvas.setFillColorRGB(*(c / 255 for c in SKY))
        canvas.rect(0, 0, *size, fill=1, stroke=0)
        canvas.setFillColorRGB(*(c / 255 for c in NAVY))
        canvas.circle(0, 0, 12 * mm, fill=1, stroke=0)
        canvas.drawImage(str(path.with_suffix(".png")), size[0] - 14 * mm, 0, 14 * mm, 6 * mm)
        canvas.setFont("Helvetica", 6)
        canvas.drawString(size[0] / 2, 2 * mm, "FOND SALON 2026")
        canvas.showPage()
    canvas.save()
    return path


def near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 12 for a, b in zip(pixel, colour, strict=False))


def test_a_pdf_background_under_a_streamed_batch(tmp_path: Path) -> None:
    design = design_from({"background": artwork(tmp_path / "fond.pdf").name}, tmp_path)
    badges = [pupil(secrets.token_bytes(32), f"Lefèvre{index}") for index in range(24)]
    pdf = render_badges_parallel(badges, "a4-8", workers=1, chunk=8, design=design)  # three chunks joined
    reader = PdfReader(io.BytesIO(pdf))
    forms = {ref.idnum for page in reader.pages for name, ref in page["/Resources"]["/XObject"].items()
             if name.startswith("/FormXob.pdf")}
    assert len(reader.pages) == 3 and len(forms) == 3, "the artwork once per chunk, stamped on every badge"
    images = page_images(pdf, tmp_path / "png", dpi=100)
    assert sorted(r.text for image in images for r in zxingcpp.read_barcodes(image)) == sorted(b.code for b in badges)
    text = pdf_text(pdf, tmp_path)
    assert text.count("FOND SALON 2026") == 24 and all(f"Lefèvre{index}" in text for index in range(24))
    layout, page = LAYOUTS["a4-8"], images[2].convert("RGB")
    left, bottom = layout.origins()[-1]  # the last label's lower-left corner
    corner = (round((left / mm + 2) / 25.4 * 100), round((layout.page_size[1] - bottom / mm - 2) / 25.4 * 100))
    assert near(page.getpixel(corner), NAVY), "the artwork's shape in the label's corner"
    assert near(page.getpixel((corner[0] + 60, corner[1])), SKY), "its tint across the label"
    first_name = [page.getpixel((x, y)) for x in range(corner[0], corner[0] + 200)
                  for y in range(corner[1] - 180, corner[1] - 150)]
    assert min(map(sum, first_name)) < 60, "names stay black on the last badge (the QR's white square is undone)"


def test_a_turned_page_is_drawn_as_a_reader_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "turned.pdf"
    canvas = Canvas(str(path), pagesize=(54 * mm, 86 * mm))
    canvas.setFillColorRGB(1, 0, 0)
    canvas.rect(0, 0, 54 * mm, 43 * mm, fill=1, stroke=0)  # the lower half red, the upper half blue
    canvas.setFillColorRGB(0, 0, 1)
    canvas.rect(0, 43 * mm, 54 * mm, 43 * mm, fill=1, stroke=0)
    canvas.save()
    writer = PdfWriter(clone_from=path)
    writer.pages[0].rotate(90)  # turned clockwise: red on the left, blue on the right
    writer.write(path)
    design = design_from({"background": "turned.pdf"}, tmp_path)
    image = page_images(render_badges([pupil(secrets.token_bytes(32))], "cr80", design=design), tmp_path)[0]
    rgb, (width, height) = image.convert("RGB"), image.size
    assert near(rgb.getpixel((3, height - 3)), (255, 0, 0)) and near(rgb.getpixel((width - 3, height - 3)),
                                                                      (0, 0, 255))


def encrypted(path: Path) -> None:
    writer = PdfWriter(clone_from=artwork(path))
    writer.encrypt("secret", algorithm="RC4-128")
    writer.write(path)


def inflating(path: Path, size: int) -> None:
    """A page whose small content stream inflates to `size` bytes."""
    writer = PdfWriter(clone_from=artwork(path))
    content = writer.pages[0]["/Contents"].get_object()
    content[NameObject("/Filter")] = NameObject("/FlateDecode")
    content._data = zlib.compress(b" " * size)
    writer.write(path)


def cycle(path: Path) -> None:
    """Resources that point back at themselves: copied once, no endless walk."""
    writer = PdfWriter(clone_from=artwork(path))
    resources = writer.pages[0]["/Resources"]
    loop = writer._add_object(DictionaryObject())
    loop.get_object()[NameObject("/Self")] = loop
    loop.get_object()[NameObject("/Again")] = ArrayObject([loop])
    resources[NameObject("/Properties")] = DictionaryObject({NameObject("/Loop"): loop})
    writer.write(path)


@pytest.mark.parametrize(("make", "said"), [
    (lambda path: artwork(path, pages=2), "a 2 pages : gardez-en une seule"),
    (encrypted, "est protégé par un mot de passe"),
    (lambda path: path.write_bytes(b"%PDF-1.4\n" + secrets.token_bytes(3000)), "est illisible"),
    (lambda path: path.write_bytes(artwork(path).read_bytes()[:900]), "est illisible"),
    (lambda path: inflating(path, 100_000_000), "est illisible"),  # pypdf stops inflating at 75 MB
    (lambda path: inflating(path, 12_000_000), "est trop chargé (plus de 8 Mo de tracés)"),
])
def test_a_pdf_that_is_not_one_plain_page_is_refused_naming_the_element(tmp_path: Path, make, said: str) -> None:
    make(tmp_path / "fond.pdf")
    design = design_from({"background": "fond.pdf"}, tmp_path)
    with pytest.raises(KioskError) as refused:
        check_design(design, LAYOUTS["cr80"])
    french = refused.value.text("fr")
    assert french.startswith("Design refusé : l'élément « fond » (fond.pdf) ") and said in french, french
    assert "\n" not in french and refused.value.text("en").startswith("Design refused: the element 'background'")


def test_hostile_resources_are_copied_once(tmp_path: Path) -> None:
    cycle(tmp_path / "fond.pdf")
    design = design_from({"background": "fond.pdf"}, tmp_path)
    badge = pupil(secrets.token_bytes(32))
    pdf = render_badges([badge], "cr80", design=design)
    assert [r.text for r in zxingcpp.read_barcodes(page_images(pdf, tmp_path)[0])] == [badge.code]


def test_a_pdf_logo_in_the_class_form_and_on_the_back(tmp_path: Path) -> None:
    design = design_from({"logo": artwork(tmp_path / "logo.pdf").name, "back": {"lines": ["Hall 7"]}}, tmp_path)
    pdf = render_badges([pupil(secrets.token_bytes(32)) for _ in range(3)], "a4-8", design=design)
    assert pdf_text(pdf, tmp_path).count("FOND SALON 2026") == 6, "three fronts (one shared form), three backs"


def test_a_broken_pdf_background_is_one_sentence_from_the_command_line(event_db: Database, db_url: str,
                                                                       tmp_path: Path) -> None:
    group, _pupils, _teacher = make_class(event_db, 2, label="4e B", day=EVENT_DAYS[0])
    (tmp_path / "fond.pdf").write_bytes(b"%PDF-1.4\n" + secrets.token_bytes(3000))  # no header, no end
    (tmp_path / "design.toml").write_text('background = "fond.pdf"\n', encoding="utf-8")
    refused = admin(db_url, "badges", "--group", group.code, "--design", str(tmp_path / "design.toml"), "-o",
                    str(tmp_path / "x.pdf"), check=False)
    assert refused.returncode == 1 and not (tmp_path / "x.pdf").exists()
    assert refused.stderr.count("\n") == 1, refused.stderr  # pypdf's own warnings kept off the terminal
    assert "l'élément « fond » (fond.pdf) est illisible" in refused.stderr
