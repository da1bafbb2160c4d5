"""Public entry points: a roster file, its bytes, or pasted text to a ParsedRoster.

The format is decided by content before extension (an .xlsx renamed .csv still opens), and every way
a file can be unusable ends as one KioskError sentence saying what is wrong and what to do.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path, PurePath

from kiosk.domain.errors import Msg
from kiosk.domain.rosters import messages
from kiosk.domain.rosters.entries import build_roster
from kiosk.domain.rosters.model import ParsedRoster
from kiosk.domain.rosters.reading import Row, decode, pasted_rows, text_rows
from kiosk.domain.rosters.xlsx import xlsx_rows

PASTED_SOURCE = "texte collé"
MAX_FILE_BYTES = 20 * 2**20  # a roster of 2,000 pupils is well under 1 MB
MAX_ROWS = 50_000  # far above the whole fair's school visitors
MAX_UNPACKED_BYTES = 32 * 2**20  # 50,000 rows of six inline-text cells unpack to about 24 MB of XML
MAX_RATIO = 100  # real sheets pack 5 to 30 times; a zip bomb thousands of times
_RATIO_FROM_BYTES = 2**20  # small members (styles, a tiny sheet) may pack as well as they like
MAX_MEMBERS = 1000
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument"


def parse_roster_file(path: Path | str) -> ParsedRoster:
    """Read and parse a roster file (.csv, .txt, .tsv, .xlsx, .xlsm)."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise messages.IS_DIRECTORY.error(name=name)
        if not stat.S_ISREG(info.st_mode):  # /dev/zero, a FIFO: never read, they have no end
            raise messages.NOT_A_REGULAR_FILE.error(name=name)
        if info.st_size > MAX_FILE_BYTES:
            raise messages.too_big(name, info.st_size, MAX_FILE_BYTES)
        data = _read_bounded(path)
    except FileNotFoundError as exc:
        raise messages.NOT_FOUND.error(name=name) from exc
    except IsADirectoryError as exc:
        raise messages.IS_DIRECTORY.error(name=name) from exc
    except OSError as exc:
        raise messages.UNREADABLE.error(name=name) from exc
    return parse_roster_bytes(data, name)


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, never more than the limit even when it grew after it was measured."""
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise messages.too_big(path.name, len(data), MAX_FILE_BYTES)
    return data


def parse_roster_bytes(data: bytes, source: str) -> ParsedRoster:
    """Parse the content of a roster file; `source` is its name, for messages and the extension."""
    if len(data) > MAX_FILE_BYTES:
        raise messages.too_big(source, len(data), MAX_FILE_BYTES)
    where = messages.file_label(source)
    if data.startswith(_ZIP_MAGIC):
        rows = _zip_rows(data, source, where)
    else:
        _refuse_non_text(data, source)
        rows = text_rows(decode(data, where), where)
    _check_size(rows, where)
    return build_roster(rows, source, where)


def parse_pasted_text(text: str | bytes, source: str = PASTED_SOURCE) -> ParsedRoster:
    """Parse pasted text: one person per line, optionally a header line first.

    Bytes (a pipe into `kiosk-admin import -`) are decoded by the same rules as a file, whatever the
    terminal's locale says, so "Léa" stays "Léa".
    """
    where = messages.pasted_label(source)
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            raise messages.too_big(source, len(text), MAX_FILE_BYTES)
        text = decode(text, where)
    rows = pasted_rows(text)
    _check_size(rows, where)
    return build_roster(rows, source, where)


def _zip_rows(data: bytes, source: str, where: Msg) -> list[Row]:
    """A zip is an .xlsx, an .ods, or something else entirely (.docx...); only the first is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _refuse_bomb(archive, source)
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise messages.CORRUPT_WORKBOOK.error(name=source) from exc
    if mimetype.startswith(_ODS_MIMETYPE):
        raise messages.OPEN_DOCUMENT.error(name=source)
    if not any(name.startswith("xl/") for name in names):
        raise messages.NOT_A_TABLE.error(name=source)
    return xlsx_rows(data, source, where, MAX_ROWS)


def _refuse_bomb(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse, before openpyxl unpacks anything, a workbook that declares more data than a roster holds.

    zipfile never unpacks more than a member declares, so the declared sizes are a true bound.
    """
    members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    packed_heavily = any(member.file_size > _RATIO_FROM_BYTES and member.file_size > MAX_RATIO * member.compress_size
                         for member in members)
    if unpacked > MAX_UNPACKED_BYTES or len(members) > MAX_MEMBERS or packed_heavily:
        raise messages.ZIP_BOMB.error(name=source)


def _refuse_non_text(data: bytes, source: str) -> None:
    """Binary content that is not an .xlsx gets a message naming the format to save as.

    A text file named .xlsx (some web tools export CSV so) is read as the text it is.
    """
    suffix = PurePath(source).suffix.lower()
    if data.startswith(_OLE_MAGIC) or suffix == ".xls":
        raise messages.OLD_EXCEL.error(name=source)
    if suffix in (".ods", ".fods"):
        raise messages.OPEN_DOCUMENT.error(name=source)
    head = data[:8192]
    if head.startswith(b"%PDF") or (b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        if suffix in (".xlsx", ".xlsm"):
            raise messages.CORRUPT_WORKBOOK.error(name=source)
        raise messages.NOT_A_TABLE.error(name=source)


def _check_size(rows: list[Row], where: Msg) -> None:
    if sum(1 for row in rows if not row.blank) > MAX_ROWS:
        raise messages.TOO_MANY_ROWS.error(where=where, limit=MAX_ROWS)
