"""The Qt binding must survive a day of use: PySide6 6.12.0 on Python 3.11 frees `None` after about 5,000
calls to Qt methods that return nothing, and the kiosk dies ("none_dealloc"). pyproject pins below it."""

from __future__ import annotations

import os
import subprocess
import sys

MANY_CALLS = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(30_000):
    label.setText("x")
print("survived")
"""


def test_thirty_thousand_qt_calls_do_not_kill_the_process() -> None:
    done = subprocess.run([sys.executable, "-c", MANY_CALLS], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
