"""One short sound per kind of answer (green, amber, red), so staff hear a result without looking.

Silent where there is no audio output (offscreen tests, a desk without speakers): QtMultimedia is only
loaded when a real screen is in use and a sound server answers (Qt Multimedia plays through PulseAudio or
PipeWire on Linux; asked without one, it prints a line on the terminal for nothing), and a missing device
is not an error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from kiosk.resources import resources_folder

TONES = ("green", "amber", "red")


def sound_server() -> bool:
    """Whether a sound server is there to play through: PULSE_SERVER named, or a PulseAudio or PipeWire
    socket in the user's runtime folder (or the system-wide PulseAudio one); always true off Linux."""
    if not sys.platform.startswith("linux") or os.environ.get("PULSE_SERVER"):
        return True
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}")
    return any(socket.exists() for socket in (runtime / "pulse" / "native", runtime / "pipewire-0",
                                              Path("/run/pulse/native")))


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_played = ""
        self._effects: dict[str, object] = {}
        if os.environ.get("QT_QPA_PLATFORM", "") not in ("offscreen", "minimal") and sound_server():
            self._load()

    def _load(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if not QMediaDevices.audioOutputs():
            return
        for tone in TONES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources_folder() / "sounds" / f"{tone}.wav")))
            self._effects[tone] = effect

    def play(self, tone: str) -> None:
        self.last_played = tone
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
