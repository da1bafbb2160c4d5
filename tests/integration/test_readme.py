"""The README's commands run as written: every shell block marked for the tests runs, in order, in bash.

A block is marked by the line `<!-- the tests run this block -->` just above its ```sh fence, in README.md or
in any guide under docs/. It runs in a scratch folder with the venv's programs first on the PATH, in French.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
MARK = "<!-- the tests run this block -->"
BLOCK = re.compile(re.escape(MARK) + r"\n```sh\n(.*?)\n```", re.DOTALL)
GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]


def marked_blocks() -> list[tuple[str, str]]:
    found = []
    for guide in GUIDES:
        text = guide.read_text(encoding="utf-8")
        blocks = BLOCK.findall(text)
        assert len(blocks) == text.count(MARK), f"{guide.name}: a marked block must start right under the mark"
        found += [(f"{guide.relative_to(ROOT)}#{number}", block) for number, block in enumerate(blocks, 1)]
    return found


@pytest.mark.parametrize(("where", "script"), marked_blocks(), ids=[where for where, _ in marked_blocks()])
def test_a_marked_block_runs_as_written(where: str, script: str, tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if key not in ("KIOSK_DATABASE_URL", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}", LANG="fr_FR.UTF-8",
               TMPDIR=str(tmp_path), HOME=str(tmp_path))
    failed = "trap 'echo \"failed: $BASH_COMMAND\" >&2' ERR\n"
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", failed + script], cwd=tmp_path, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == "", f"{where}: {done.stderr}"
    assert "Traceback" not in done.stdout


def test_the_readme_shows_every_kiosk_admin_command() -> None:
    readme = "\n".join(block for where, block in marked_blocks() if where.startswith("README"))
    subcommands = next(action for action in build_parser()._actions if action.dest == "command")
    shown = set(re.findall(r"kiosk-admin (?:--\S+ \S+ |--json )*([a-z-]+)", readme))
    assert set(subcommands.choices) - shown == set()
