"""`kiosk` refuses a wrong option as kiosk-admin does: one sentence in the asked language, exit 1, no usage text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(("arguments", "said"), [
    (["--bogus"], "kiosk: arguments inconnus : --bogus ; voir « kiosk --help ».\n"),
    (["--lang", "en", "--windowd"], "kiosk: unrecognized arguments: --windowd; see 'kiosk --help'.\n"),
    (["--lang", "de"], "kiosk: --lang : 'de' n'existe pas (au choix : 'fr', 'en') ; voir « kiosk --help ».\n"),
])
def test_a_wrong_option_is_one_sentence(arguments: list[str], said: str, tmp_path: Path) -> None:
    done = subprocess.run([str(Path(sys.executable).parent / "kiosk"), *arguments], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "LANG": "fr_FR.UTF-8",
                                                         "HOME": str(tmp_path)})
    assert (done.returncode, done.stdout, done.stderr) == (1, "", said)
