"""A one-page PDF (a badge background or a logo) drawn as a form XObject: read and checked once per process
with pypdf, copied into each document once, then stamped on every badge with a few bytes ("/FormXob.pdf… Do").

The page's content stream and its resources (fonts, images, patterns) are copied as they are, their streams
still compressed, so the artwork stays vector and its text extractable; nothing of the rest of the file
(annotations, scripts, forms, other pages) comes along. A file that is not such a page is refused in one
sentence naming the element: unreadable, encrypted, of several pages, without size, or too large.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from kiosk.domain.errors import KioskError, Msg

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CONTENT_BYTES = 8 * 1024 * 1024
"""Drawing operators a page may hold once inflated: copied into every chunk of a batch."""
MAX_OBJECTS = 5_000
"""Objects a page may pull in through its resources: artwork has tens; more is a whole document or a trap."""
_LEFT_OUT = frozenset({"/Parent", "/P", "/Annots", "/AA", "/JS", "/JavaScript", "/OpenAction"})
"""Keys not copied: links back to the file's pages, and actions."""
Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class PdfPicture:
    """The page of a one-page PDF: what its form XObject needs."""

    name: str
    box: Rect
    content: bytes
    resources: DictionaryObject = field(repr=False)
    group: DictionaryObject | None = field(repr=False, default=None)
    rotate: int = 0
    """Degrees clockwise the page is turned when shown (its /Rotate)."""

    @property
    def shown_size(self) -> tuple[float, float]:
        """Width and height as a reader shows the page, turned."""
        return self.box[2:] if self.rotate in (0, 180) else (self.box[3], self.box[2])

    def turn(self) -> tuple[float, float, float, float, float, float]:
        """The matrix that puts the page's box, turned as shown, on (0, 0) to `shown_size`."""
        left, bottom, width, height = self.box
        return {0: (1, 0, 0, 1, -left, -bottom), 90: (0, -1, 1, 0, -bottom, left + width),
                180: (-1, 0, 0, -1, left + width, bottom + height), 270: (0, 1, -1, 0, bottom + height, -left),
                }[self.rotate]


def read_pdf_picture(path: Path, element: Msg) -> PdfPicture:
    """The page of `path`, or a KioskError naming `element` (the background, the logo) and what is wrong."""
    try:
        stat = path.stat()
        return _read(path, stat.st_mtime_ns, stat.st_size)
    except _UnfitError as unfit:
        why = unfit.args[0]
    except OSError as error:
        why = Msg(f"est illisible ({error.strerror})", f"cannot be read ({error.strerror})")
    raise KioskError(f"Design refusé : l'élément « {element.fr} » ({path.name}) {why.fr}.",
                     f"Design refused: the element '{element.en}' ({path.name}) {why.en}.")


class _UnfitError(Exception):
    """What is wrong with the file (a Msg), for `read_pdf_picture` to say which element it is."""


@lru_cache(maxsize=8)
def _read(path: Path, _mtime: int, size: int) -> PdfPicture:
    if size > MAX_FILE_BYTES:
        raise _UnfitError(Msg("pèse plus de 20 Mo : allégez-le", "is over 20 MB: make it lighter"))
    try:
        with _quiet_pypdf():
            picture = _only_page(path, PdfReader(io.BytesIO(path.read_bytes()), strict=False))
    except _UnfitError:
        raise
    except Exception as error:  # pypdf raises many kinds for a broken or hostile file
        raise _UnfitError(Msg(f"est illisible ({type(error).__name__}) : enregistrez-le à nouveau en PDF ou en PNG",
                              f"cannot be read ({type(error).__name__}): save it again as PDF or as PNG")) from error
    if len(picture.content) > MAX_CONTENT_BYTES:
        raise _UnfitError(Msg("est trop chargé (plus de 8 Mo de tracés) : simplifiez-le ou enregistrez-le en PNG",
                              "is too heavy (over 8 MB of drawing): simplify it or save it as PNG"))
    if min(picture.box[2:]) <= 0 or picture.rotate % 90:
        raise _UnfitError(Msg("n'a pas de taille", "has no size"))
    return picture


def _only_page(path: Path, reader: PdfReader) -> PdfPicture:
    if reader.is_encrypted:
        raise _UnfitError(Msg("est protégé par un mot de passe : enregistrez-le sans protection",
                              "is password-protected: save it without protection"))
    if len(reader.pages) != 1:
        raise _UnfitError(Msg(f"a {len(reader.pages)} pages : gardez-en une seule",
                              f"has {len(reader.pages)} pages: keep only one"))
    picture = _picture(path, reader.pages[0])
    _RlCopy(pdfdoc.PDFDocument()).form(picture)  # a dry run: every object the page uses resolves
    return picture


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's warnings about a broken file ("invalid pdf header") kept off the terminal: the refusal says it."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _picture(path: Path, page: Any) -> PdfPicture:
    left, bottom, right, top = (float(value) for value in page.cropbox)
    contents = page.get_contents()
    resources = page.get("/Resources")
    return PdfPicture(f"pdf{hashlib.sha1(str(path).encode()).hexdigest()[:12]}", (left, bottom, right - left,
                      top - bottom), contents.get_data() if contents is not None else b"",
                      resources.get_object() if resources is not None else DictionaryObject(), page.get("/Group"),
                      int(page.rotation) % 360)


def draw_pdf_picture(canvas: Canvas, picture: PdfPicture, rect: Rect, *, fill: bool) -> None:
    """The page in `rect`: stretched over it if `fill`, else as large as fits, centred, proportions kept."""
    if not canvas.hasForm(picture.name):
        _RlCopy(canvas._doc).form(picture)
    x, y, width, height = rect
    page_width, page_height = picture.shown_size
    scale_x, scale_y = width / page_width, height / page_height
    if not fill:
        scale_x = scale_y = min(scale_x, scale_y)
    canvas.saveState()
    canvas.translate(x + (width - page_width * scale_x) / 2, y + (height - page_height * scale_y) / 2)
    canvas.scale(scale_x, scale_y)
    canvas.transform(*picture.turn())
    canvas.doForm(picture.name)
    canvas.restoreState()


class _RlCopy:
    """pypdf objects copied into a ReportLab document, each indirect object once (cycles included)."""

    def __init__(self, document: pdfdoc.PDFDocument) -> None:
        self.document = document
        self.copied: dict[int, Any] = {}

    def form(self, picture: PdfPicture) -> None:
        """The page as a form XObject registered under the name `canvas.doForm(picture.name)` uses."""
        left, bottom, width, height = picture.box
        entries = {"Type": "/XObject", "Subtype": "/Form", "FormType": 1,
                   "BBox": pdfdoc.PDFArray([left, bottom, left + width, bottom + height]),
                   "Resources": self.copy(picture.resources)}
        if picture.group is not None:
            entries["Group"] = self.copy(picture.group)
        stream = pdfdoc.PDFStream(pdfdoc.PDFDictionary(entries), picture.content, filters=[pdfdoc.PDFZCompress])
        self.document.Reference(stream, pdfdoc.xObjectName(picture.name))

    def copy(self, obj: Any) -> Any:
        if isinstance(obj, IndirectObject):
            return self._indirect(obj)
        if isinstance(obj, StreamObject):
            raise ValueError("a stream inside another object")
        if isinstance(obj, DictionaryObject):
            return pdfdoc.PDFDictionary({key[1:]: self.copy(value) for key, value in obj.items()
                                         if key not in _LEFT_OUT})
        if isinstance(obj, ArrayObject):
            return pdfdoc.PDFArray([self.copy(item) for item in obj])
        out = io.BytesIO()
        obj.write_to_stream(out)
        return out.getvalue()

    def _indirect(self, reference: IndirectObject) -> Any:
        if reference.idnum in self.copied:
            return self.copied[reference.idnum]
        if len(self.copied) >= MAX_OBJECTS:
            raise ValueError(f"more than {MAX_OBJECTS} objects")
        target = reference.get_object()
        if not isinstance(target, DictionaryObject | ArrayObject):
            self.copied[reference.idnum] = value = self.copy(target)
            return value
        shell: Any = (pdfdoc.PDFStream(pdfdoc.PDFDictionary(), target._data) if isinstance(target, StreamObject)
                      else pdfdoc.PDFDictionary() if isinstance(target, DictionaryObject) else pdfdoc.PDFArray([]))
        self.copied[reference.idnum] = link = self.document.Reference(shell)
        inner = self.copy(DictionaryObject(target) if isinstance(target, StreamObject) else target)
        if isinstance(shell, pdfdoc.PDFStream):
            inner.dict.pop("Length", None)
            shell.dictionary = inner
        elif isinstance(shell, pdfdoc.PDFDictionary):
            shell.dict = inner.dict
        else:
            shell.sequence = inner.sequence
        return link
