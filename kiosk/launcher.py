"""`kiosk`: the touchscreen window, started with a quiet terminal.

Qt Multimedia reports on stderr every optional library it probes and does not find (PipeWire, VA-API) and
which FFmpeg it uses: chatter on a desk without audio or video acceleration, where the kiosk works as
well (silent). Those two categories are switched off before Qt starts, unless QT_LOGGING_RULES says
otherwise; Qt's warnings that mean something is wrong still show. Qt-free, so that it runs before Qt loads.
"""

from __future__ import annotations

import os

QUIET_QT = "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg.info=false"


def main() -> int:
    os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT)
    from kiosk.ui.app import main as window

    return window()
