"""Sounds only where a sound server answers: asked without one, Qt Multimedia prints a line for nothing."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kiosk.ui.sounds import sound_server


def test_no_sound_server_no_sound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert sound_server() is Path("/run/pulse/native").exists()
    (tmp_path / "pulse").mkdir()
    with socket.socket(socket.AF_UNIX) as server:  # a PulseAudio socket in the runtime folder
        server.bind(str(tmp_path / "pulse" / "native"))
        assert sound_server()
    monkeypatch.setenv("PULSE_SERVER", "tcp:127.0.0.1:4713")
    assert sound_server()
