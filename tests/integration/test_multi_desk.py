"""The README's multi-desk guide runs as written, on a PostgreSQL server of the test's own.

Its blocks marked `<!-- the multi-desk test runs this block as postgres -->` run as the server's administrator
(libpq's PGHOST, PGPORT and PGUSER reach the test's server as `sudo -i -u postgres` reaches Debian's through its
socket), those marked `... on a desk -->` as a desk's user (a home of its own, nothing of PostgreSQL's in the
environment), in order, with the hall's example addresses replaced by the server's loopback address and port.
The server's own pg_hba.conf lets in only `postgres` (as Debian's lets in only the postgres system user), so the
desks get in through the guide's line alone, with the password checked: a wrong one is refused. The server is
restarted after the block that changes listen_addresses, as the guide says to.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from own_postgres import OwnServer

from kiosk.ui.app import parse_arguments

README = Path(__file__).resolve().parents[2] / "README.md"
MARK = "<!-- the multi-desk test runs this block "
BLOCK = re.compile(re.escape(MARK) + r"(as postgres|on a desk) -->\n```sh\n(.*?)\n```", re.DOTALL)
HALL_SERVER, HALL_NETWORK = "192.168.10.2:5432", "192.168.10.0/24"


def guide_blocks() -> list[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    blocks = BLOCK.findall(text)
    assert len(blocks) == text.count(MARK) >= 4, "a marked block must start right under its mark"
    return blocks


@pytest.fixture
def hall_server() -> Iterator[OwnServer]:
    server = OwnServer()
    try:
        (server.data / "pg_hba.conf").write_text("host  all  postgres  127.0.0.1/32  trust\n", encoding="utf-8")
        server.restart("fast")
        yield server
    finally:
        server.stop()


def run(script: str, server: OwnServer, where: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    here = script.replace(HALL_SERVER, f"127.0.0.1:{server.port}").replace(HALL_NETWORK, "127.0.0.1/32")
    where.mkdir(exist_ok=True)
    failed = "trap 'echo \"failed: $BASH_COMMAND\" >&2' ERR\n"
    return subprocess.run(["bash", "-euo", "pipefail", "-c", failed + here], cwd=where, env=env, text=True,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=300)


def environments(server: OwnServer, tmp_path: Path) -> dict[str, dict[str, str]]:
    plain = {key: value for key, value in os.environ.items()
             if not key.startswith(("PG", "KIOSK_", "LC_")) and key != "LANGUAGE"}
    plain.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{plain.get('PATH', '')}", LANG="fr_FR.UTF-8",
                 TMPDIR=str(tmp_path))
    return {"as postgres": {**plain, "HOME": str(tmp_path / "server"), "LANG": "C.UTF-8", "PGHOST": "127.0.0.1",
                            "PGPORT": str(server.port), "PGUSER": "postgres"},
            "on a desk": {**plain, "HOME": str(tmp_path / "desk")}}


def test_the_multi_desk_guide_runs_as_written(hall_server: OwnServer, tmp_path: Path) -> None:
    env = environments(hall_server, tmp_path)
    for who, script in guide_blocks():
        where = tmp_path / ("server" if who == "as postgres" else "desk")
        done = run(script, hall_server, where, env[who])
        assert (done.returncode, done.stderr) == (0, ""), f"{who}: {done.stderr}"
        assert "Traceback" not in done.stdout
        if "listen_addresses" in script:
            hall_server.restart("fast")
    backup = next((tmp_path / "desk").glob("salon-*.sqlite3"))
    shown = run(f"kiosk-admin --db {backup} event", hall_server, tmp_path / "desk", env["on a desk"])
    assert "Salon des métiers" in shown.stdout
    dump = next((tmp_path / "server").glob("kiosk-*.dump"))
    listed = run(f"pg_restore --list {dump}", hall_server, tmp_path / "server", env["as postgres"])
    assert "TABLE public person kiosk" in listed.stdout  # the hall's tables, owned by the desks' role


def test_a_desk_outside_the_line_or_with_a_wrong_password_is_refused(hall_server: OwnServer,
                                                                     tmp_path: Path) -> None:
    env = environments(hall_server, tmp_path)
    without_password = run(f"kiosk-admin --db postgresql://kiosk@{HALL_SERVER}/kiosk event || echo exit $?",
                           hall_server, tmp_path / "desk", env["on a desk"])
    assert "refuse les connexions de ce poste : ajoutez son réseau à son pg_hba.conf" in without_password.stderr
    server_side = next(script for who, script in guide_blocks() if who == "as postgres")
    assert run(server_side, hall_server, tmp_path / "server", env["as postgres"]).returncode == 0
    hall_server.restart("fast")
    url = f"postgresql://kiosk:pas-le-bon@{HALL_SERVER}/kiosk"
    refused = run(f"kiosk-admin --db {url} event || echo exit $?", hall_server, tmp_path / "desk", env["on a desk"])
    assert refused.stdout == "exit 1\n" and refused.stderr.count("\n") == 1, refused.stderr
    assert "refuse cet utilisateur ou ce mot de passe" in refused.stderr and "pas-le-bon" not in refused.stderr
    without_password = run(f"kiosk-admin --db postgresql://kiosk@{HALL_SERVER}/kiosk event || echo exit $?",
                           hall_server, tmp_path / "desk", env["on a desk"])  # no ~/.pgpass on this desk
    assert "refuse cet utilisateur ou ce mot de passe" in without_password.stderr
    right = run(f"kiosk-admin --db {url.replace('pas-le-bon', 'salon-2026-changez-moi')} init --event Salon "
                "--from 2027-03-02 --to 2027-03-05", hall_server, tmp_path / "desk", env["on a desk"])
    assert right.returncode == 0, right.stderr


def test_the_desk_window_line_names_real_options() -> None:
    line = next(line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("kiosk --db "))
    args = parse_arguments(shlex.split(line)[1:])
    assert (args.db, args.station) == (f"postgresql://kiosk@{HALL_SERVER}/kiosk", "Accueil 1")
