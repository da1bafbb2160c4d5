"""Batches: worker processes draw chunks of whole pages that merge into the same pages in the same order;
printer offset and cut marks; a file is written whole or not at all."""

from __future__ import annotations

import datetime as dt
import io
import secrets
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from test_badge_pdf import decoded, page_images, words

from kiosk.documents.badge_batch import chunk_size, render_badges_parallel, write_badges
from kiosk.documents.badges import page_count, render_badges
from kiosk.documents.layouts import LAYOUTS
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import PersonKind

SECRET = secrets.token_bytes(32)
FIRST_NAMES = ("Léa", "Hugo", "Chloé", "Lucas", "Inès", "Nathan", "Manon", "Yanis", "Camille", "Adam")


def badges(count: int) -> list[BadgeData]:
    return [BadgeData(f"{FIRST_NAMES[i % 10]}{i}", "Lefèvre", "Collège Jean-Moulin", "4e B", PersonKind.PUPIL,
                      None, new_code(CodeKind.BADGE, SECRET), "Salon des métiers", (dt.date(2026, 11, 24),))
            for i in range(count)]


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_workers_draw_the_same_pages_in_the_same_order() -> None:
    batch = badges(43)
    parallel = render_badges_parallel(batch, "a4-8", lang="fr", workers=2, chunk=16)
    alone = render_badges(batch, "a4-8", lang="fr")
    assert len(PdfReader(io.BytesIO(parallel)).pages) == page_count(43, LAYOUTS["a4-8"]) == 6
    assert page_texts(parallel) == page_texts(alone)
    first_names = [name for text in page_texts(parallel) for name in text.split() if name.startswith(FIRST_NAMES)]
    assert first_names == [b.first_name for b in batch]


def test_chunks_hold_whole_pages() -> None:
    assert chunk_size(LAYOUTS["a4-10"], 1_600) == 1_600 and chunk_size(LAYOUTS["a4-8"], 20) == 16
    assert chunk_size(LAYOUTS["a4-8"], 3) == 8 and chunk_size(LAYOUTS["cr80"], 7) == 7


def test_the_printer_offset_moves_every_label(tmp_path: Path) -> None:
    batch = badges(1)
    plain = next(w for w in words(render_badges(batch, "cr80"), tmp_path) if w.text == batch[0].first_name)
    moved_pdf = render_badges(batch, "cr80", offset=(2.0, 3.0))
    moved = next(w for w in words(moved_pdf, tmp_path) if w.text == batch[0].first_name)
    assert moved.left - plain.left == pytest.approx(2 * mm, abs=0.05)
    assert moved.top - plain.top == pytest.approx(3 * mm, abs=0.05)
    assert decoded(moved_pdf, tmp_path) == [batch[0].code]


def test_cut_marks_are_drawn_in_the_margins_only(tmp_path: Path) -> None:
    layout = LAYOUTS["a4-10"]
    x, y = layout.origins()[0]
    dpi = 100
    column, row = round(x / 72 * dpi), round((layout.page_size[1] * mm - y - layout.label[1] * mm) / 72 * dpi)
    mark = (column, row - round(3 / 25.4 * dpi))  # 3 mm above the top-left corner of the first label
    marked = page_images(render_badges(badges(10), layout, cut_marks=True), tmp_path / "marked", dpi)[0]
    plain = page_images(render_badges(badges(10), layout), tmp_path / "plain", dpi)[0]
    assert min(marked.convert("L").getpixel((column + dx, mark[1])) for dx in (-1, 0, 1)) < 128
    assert plain.convert("L").getpixel(mark) == 255


def test_a_file_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    written = write_badges(tmp_path / "badges.pdf", badges(9), "a4-8", workers=1)
    assert (written.badges, written.pages) == (9, 2)
    assert len(PdfReader(written.path).pages) == 2
    missing = tmp_path / "nowhere" / "badges.pdf"
    with pytest.raises(KioskError, match="Impossible d'écrire"):
        write_badges(missing, badges(2), "a4-8")
    assert not missing.parent.exists()
    with pytest.raises(KioskError, match="dossier"):
        write_badges(tmp_path, badges(2), "a4-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["badges.pdf"]


def test_an_empty_selection_or_a_bad_layout_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    with pytest.raises(KioskError, match="Aucun badge"):
        write_badges(target, [], "a4-8")
    with pytest.raises(KioskError, match="a4-8, a4-10"):
        write_badges(target, badges(2), "a3")
    assert list(tmp_path.iterdir()) == []
