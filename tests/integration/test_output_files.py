"""`-o FILE` and standard output as an operator meets them: modes kept, symlinks followed, devices and pipes
refused, a full disk or a closed output said in one sentence."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import ADMIN, admin
from small_disk import fill, tmpfs


@pytest.fixture(scope="module")
def fair(tmp_path_factory: pytest.TempPathFactory) -> str:
    database = str(tmp_path_factory.mktemp("fair") / "kiosk.sqlite3")
    admin(database, "demo", "--groups", "2", "--visitors", "5")
    return database


def _export(fair: str, target: Path) -> subprocess.CompletedProcess[str]:
    return admin(fair, "--lang", "en", "export", "people", "-o", str(target), check=False)


def test_a_replaced_file_keeps_its_permissions(fair: str, tmp_path: Path) -> None:
    shared = tmp_path / "people.csv"
    shared.write_text("old")
    shared.chmod(0o644)
    assert _export(fair, shared).returncode == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644 and shared.read_text() != "old"


def test_a_symlink_is_written_through_to_its_target(fair: str, tmp_path: Path) -> None:
    target = tmp_path / "real" / "people.csv"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    assert _export(fair, link).returncode == 0
    assert link.is_symlink() and target.read_text() != "old" and target.read_text() == link.read_text()


def test_a_fifo_is_refused_and_left_as_it_was(fair: str, tmp_path: Path) -> None:
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    done = _export(fair, fifo)
    assert done.returncode == 1 and "is not a regular file (a device or a pipe)" in done.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_device_is_refused_and_left_as_it_was(fair: str, tmp_path: Path) -> None:
    device = tmp_path / "full"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # our own /dev/full node, in a scratch folder
    except PermissionError:
        pytest.skip("making a device node needs root")
    done = _export(fair, device)
    assert done.returncode == 1 and "is not a regular file" in done.stderr
    assert stat.S_ISCHR(device.stat().st_mode)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs of our own, filled to the last byte."""
    with tmpfs(tmp_path / "stick", "1m") as folder:
        fill(folder)
        yield folder


def test_a_full_disk_is_one_sentence(fair: str, full_disk: Path) -> None:
    done = _export(fair, full_disk / "people.csv")
    assert done.returncode == 1 and "the disk is full" in done.stderr and done.stderr.count("\n") == 1
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]
    to_stdout = subprocess.run(["bash", "-c", f'"$@" > {full_disk}/out.json', "sh", *ADMIN, "--db", fair, "--lang",
                                "en", "--json", "people"], capture_output=True, text=True)
    assert to_stdout.returncode == 1
    assert to_stdout.stderr == "kiosk-admin: Cannot write the results: standard output is closed or its disk is full.\n"


def test_a_closed_standard_output_is_one_sentence(fair: str) -> None:
    done = subprocess.run(["bash", "-c", '"$@" >&-', "sh", *ADMIN, "--db", fair, "--lang", "en", "groups"],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr == "kiosk-admin: Cannot write the results: standard output is closed or its disk is full.\n"
