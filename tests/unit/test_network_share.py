"""A SQLite database on a network share is refused with a sentence that points to PostgreSQL: the file system
type is read from a mounts table (a real one of the test's own, passed as $KIOSK_MOUNTS_FILE)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import admin

from kiosk.domain.mounts import parse_mounts
from kiosk.domain.network_share import MOUNTS_ENV, file_system_of, is_network_share

MOUNTS = r"""/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
fileserver:/export/kiosk /mnt/salon nfs4 rw,relatime,vers=4.2 0 0
//nas/partage /mnt/nas\040partagé cifs rw,relatime,vers=3.0 0 0
tmpfs /mnt/salon/local tmpfs rw 0 0
"""


def test_the_file_system_of_a_folder_is_its_longest_mount_point() -> None:
    mounts = parse_mounts(MOUNTS)
    assert ("/mnt/nas partagé", "cifs") in [(mount.point, mount.kind) for mount in mounts]
    assert file_system_of(Path("/home/marie"), mounts) == "ext4"
    assert file_system_of(Path("/mnt/salon"), mounts) == "nfs4"
    assert file_system_of(Path("/mnt/salon/2026"), mounts) == "nfs4"
    assert file_system_of(Path("/mnt/salon/local/x"), mounts) == "tmpfs"
    assert file_system_of(Path("/mnt/salonbis"), mounts) == "ext4"  # a name that only starts the same
    assert file_system_of(Path("/mnt/nas partagé/kiosk"), mounts) == "cifs"
    assert [is_network_share(k) for k in ("nfs", "nfs4", "cifs", "smb3", "ext4", "tmpfs", None)] == [
        True, True, True, True, False, False, False]


@pytest.mark.parametrize("kind", ["nfs4", "cifs"])
def test_a_sqlite_file_on_a_network_share_is_refused_end_to_end(tmp_path: Path, kind: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/export {share} {kind} rw 0 0\n", encoding="utf-8")
    monkeypatch.setenv(MOUNTS_ENV, str(table))
    made = admin(f"sqlite:///{share / 'kiosk.sqlite3'}", "init", "--event", "Salon", "--from", "2026-11-24",
                 "--to", "2026-11-27", check=False)
    assert made.returncode == 1
    assert f"est sur un partage réseau ({kind})" in made.stderr and "PostgreSQL" in made.stderr
    assert not (share / "kiosk.sqlite3").exists()
    elsewhere = admin(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}", "init", "--event", "Salon", "--from",
                      "2026-11-24", "--to", "2026-11-27")
    assert elsewhere.returncode == 0
