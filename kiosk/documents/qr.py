"""QR codes drawn as vectors: one PDF path per code, each row's dark runs merged into one rectangle.

One rectangle per module makes large, slow PDFs; a ReportLab QrCodeWidget also re-encodes the payload
and builds a drawing per code. The mask pattern is fixed: choosing the "best" mask costs eight full
encodings (about 2 ms) and any mask decodes the same.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
_MASK = 2
_LEVELS = (ERROR_CORRECT_H, ERROR_CORRECT_Q, ERROR_CORRECT_M, ERROR_CORRECT_L)
_SMALL_VERSION = 2


def error_correction_for(payload: str) -> int:
    """The strongest error correction that keeps the code at version 2 (25×25) or below."""
    for level in _LEVELS:
        code = qrcode.QRCode(error_correction=level, border=0, mask_pattern=_MASK)
        code.add_data(payload)
        if code.best_fit() <= _SMALL_VERSION:
            return int(level)
    return int(ERROR_CORRECT_L)


def qr_matrix(payload: str) -> list[list[bool]]:
    """Rows of modules, True for dark, without the quiet zone."""
    level, version = _shape_for(payload)
    code = qrcode.QRCode(version=version, error_correction=level, border=0, mask_pattern=_MASK)
    code.add_data(payload)
    code.make(fit=version is None)
    return [list(map(bool, row)) for row in code.get_matrix()]


_SHAPES: dict[tuple[int, bool], tuple[int, int | None]] = {}


def _shape_for(payload: str) -> tuple[int, int | None]:
    """Badge codes all have the same length and alphabet: choose level and version once per shape."""
    alphanumeric = payload.isalnum() and payload.upper() == payload and payload.isascii()
    key = (len(payload), alphanumeric)
    if key not in _SHAPES:
        level = error_correction_for(payload)
        code = qrcode.QRCode(error_correction=level, border=0, mask_pattern=_MASK)
        code.add_data(payload)
        _SHAPES[key] = (level, code.best_fit() if alphanumeric else None)
    return _SHAPES[key]


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code with its quiet zone in the square of side `size` whose lower-left corner is (x, y)."""
    matrix = qr_matrix(payload)
    count = len(matrix)
    module = size / (count + 2 * QUIET_ZONE)
    left, top = x + QUIET_ZONE * module, y + size - QUIET_ZONE * module
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        row_y = top - (row_index + 1) * module
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            path.rect(left + start * module, row_y, (column - start) * module, module)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
