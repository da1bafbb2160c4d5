"""PDFs joined page after page into one stream, keeping only object offsets in memory.

A merge through pypdf's PdfWriter holds every page of the result as Python objects until it writes: 850 MB
for the 43,000 badges of a fair on a one-per-page stock. Here each part's objects are written out as soon
as the part arrives, renumbered after those already written; only the pages' numbers and the objects'
offsets stay until the page tree, the catalogue and the cross-reference table end the file. The parts are
the simple PDFs ReportLab writes (no object streams), each complete with its own font subsets.
"""

from __future__ import annotations

import io
from typing import IO, Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

_SKIPPED = ("/Catalog", "/Pages", "/Outlines")


class PdfConcatenation:
    """Append parts with `add`, then `finish` once; the stream gets a complete PDF."""

    def __init__(self, stream: IO[bytes], title: str = "") -> None:
        self.stream, self.title = stream, title
        self.start = stream.tell()
        self.offsets: list[int | None] = [None]  # by object number; None: free
        self.pages: list[int] = []
        stream.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self.root = self._reserve(1)

    def _reserve(self, count: int) -> int:
        first = len(self.offsets)
        self.offsets.extend([None] * count)
        return first

    def add(self, part: bytes) -> None:
        """Every page of `part`, with everything they use, after the pages already added."""
        reader = PdfReader(io.BytesIO(part))
        size = int(str(reader.trailer["/Size"]))
        base = self._reserve(size - 1) - 1  # the part's object n becomes base + n
        info = reader.trailer.raw_get("/Info").idnum if "/Info" in reader.trailer else None
        page_numbers = {page.indirect_reference.idnum for page in reader.pages if page.indirect_reference}
        for number in range(1, size):
            obj = reader.get_object(number)
            if obj is None or number == info or (isinstance(obj, DictionaryObject) and obj.get("/Type") in _SKIPPED):
                continue
            copy = _shifted(obj, base)
            if number in page_numbers:
                copy[NameObject("/Parent")] = IndirectObject(self.root, 0, None)
            self._write(base + number, copy)
        self.pages += [base + page.indirect_reference.idnum for page in reader.pages if page.indirect_reference]

    def _write(self, number: int, obj: Any) -> None:
        self.offsets[number] = self.stream.tell() - self.start
        self.stream.write(f"{number} 0 obj\n".encode())
        obj.write_to_stream(self.stream)
        self.stream.write(b"\nendobj\n")

    def finish(self) -> None:
        """The page tree, catalogue, document information and cross-reference table."""
        kids = " ".join(f"{number} 0 R" for number in self.pages)
        self._raw(self.root, f"<< /Type /Pages /Count {len(self.pages)} /Kids [{kids}] >>")
        catalog, info = self._reserve(2), len(self.offsets) - 1
        self._raw(catalog, f"<< /Type /Catalog /Pages {self.root} 0 R >>")
        title = self.title.encode("utf-16-be").hex().upper()
        self._raw(info, f"<< /Title <FEFF{title}> /Producer (Kiosk) /Creator (Kiosk) >>")
        xref = self.stream.tell() - self.start
        lines = [f"xref\n0 {len(self.offsets)}\n", "0000000000 65535 f \n"]
        lines += [f"{offset:010d} 00000 n \n" if offset is not None else "0000000000 65535 f \n"
                  for offset in self.offsets[1:]]
        lines.append(f"trailer\n<< /Size {len(self.offsets)} /Root {catalog} 0 R /Info {info} 0 R >>\n"
                     f"startxref\n{xref}\n%%EOF\n")
        self.stream.write("".join(lines).encode())

    def _raw(self, number: int, text: str) -> None:
        self.offsets[number] = self.stream.tell() - self.start
        self.stream.write(f"{number} 0 obj\n{text}\nendobj\n".encode())


def _shifted(obj: Any, base: int) -> Any:
    """A copy of `obj` whose references point `base` objects further on."""
    if isinstance(obj, IndirectObject):
        return IndirectObject(obj.idnum + base, 0, None)
    if isinstance(obj, StreamObject):
        stream = EncodedStreamObject()
        stream._data = obj._data  # the bytes as stored, still compressed
        for key, value in obj.items():
            stream[NameObject(key)] = _shifted(value, base)
        return stream
    if isinstance(obj, DictionaryObject):
        copy = DictionaryObject()
        for key, value in obj.items():
            copy[NameObject(key)] = _shifted(value, base)
        return copy
    if isinstance(obj, ArrayObject):
        return ArrayObject(_shifted(item, base) for item in obj)
    return obj
