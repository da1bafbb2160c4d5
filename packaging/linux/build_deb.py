"""`make deb`: the Debian package of the bundle, made with dpkg-deb alone (no debhelper, no source package).

    python packaging/linux/build_deb.py dist/kiosk dist      -> dist/kiosk_<version>_amd64.deb

The bundle goes to /opt/kiosk and its programs on the PATH (/usr/bin links); the desktop entry, the icons, manual
pages made from each program's --help, the licence texts and the kiosk session (disabled) go where Debian expects
them. The system libraries the bundle links to are its Depends, found by dpkg-shlibdeps with their versions.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from icons import install_icons  # noqa: E402
from man_pages import SUMMARIES, write_man_pages  # noqa: E402

PROGRAMS = tuple(SUMMARIES)
SESSION = HERE / "session"
# Not linked, but used: the session's X server and tools (only once enabled), fonts for Qt's own dialogs.
RECOMMENDS = "fonts-dejavu-core"
SUGGESTS = "xinit, xserver-xorg-core, xserver-xorg-input-libinput, x11-xserver-utils, postgresql"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build_deb.py BUNDLE_DIR OUTPUT_DIR", file=sys.stderr)
        return 1
    bundle, output = Path(argv[0]), Path(argv[1])
    if not (bundle / "kiosk").is_file():
        print(f"build_deb: {bundle} holds no built bundle; run 'make bundle' first.", file=sys.stderr)
        return 1
    version = importlib.metadata.version("kiosk")
    stage = ROOT / "build" / "deb" / f"kiosk_{version}_amd64"
    shutil.rmtree(stage, ignore_errors=True)
    stage_files(bundle, stage, version)
    write_control(stage, version)
    deb = output / f"kiosk_{version}_amd64.deb"
    # gzip: 98 MB in half a minute on the 2-core machine, where xz makes 66 MB in several minutes.
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zgzip", str(stage), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)
    print(f"{deb}: {deb.stat().st_size / 2**20:.0f} MB, {installed_size(stage) / 1024:.0f} MB installed")
    return 0


def stage_files(bundle: Path, stage: Path, version: str) -> None:
    opt = stage / "opt" / "kiosk"
    shutil.copytree(bundle, opt, symlinks=True)
    usr = stage / "usr"
    for name in PROGRAMS:
        link(usr / "bin" / name, f"/opt/kiosk/{name}")
    session = opt / "session"
    session.mkdir()
    for script in ("kiosk-xsession", "kiosk-session-enable"):
        shutil.copy2(SESSION / script, session / script)
    link(usr / "sbin" / "kiosk-session-enable", "/opt/kiosk/session/kiosk-session-enable")
    copy(SESSION / "kiosk-session@.service", usr / "lib" / "systemd" / "system" / "kiosk-session@.service")
    copy(SESSION / "kiosk-session.default", stage / "etc" / "default" / "kiosk-session")
    copy(HERE / "kiosk.desktop", usr / "share" / "applications" / "kiosk.desktop")
    install_icons(ROOT / "resources" / "icons" / "kiosk.svg", usr / "share")
    write_man_pages(bundle, usr / "share" / "man" / "man1", version)
    write_docs(usr / "share" / "doc" / "kiosk")


def write_docs(doc: Path) -> None:
    """copyright (what is inside and under which licence), the session's README, and every licence text, generated
    from the installed distributions by packaging/collect_licences.py."""
    copy(HERE / "copyright", doc / "copyright")
    copy(SESSION / "README.session", doc / "README.session")
    collector = ROOT / "packaging" / "collect_licences.py"
    if collector.is_file():
        subprocess.run([sys.executable, str(collector), str(doc / "licences")], check=True)
    else:
        print(f"build_deb: warning: {collector.relative_to(ROOT)} is missing: no licence texts in the package "
              "beyond the copyright file.", file=sys.stderr)


def write_control(stage: Path, version: str) -> None:
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        "Package: kiosk\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: Kiosk maintainers <kiosk@localhost>\n"
        f"Installed-Size: {installed_size(stage)}\n"
        f"Depends: {shared_library_depends(stage / 'opt' / 'kiosk')}\n"
        f"Recommends: {RECOMMENDS}\n"
        f"Suggests: {SUGGESTS}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://example.invalid/kiosk\n"
        "Description: registration and check-in kiosk for event visits\n"
        " Touchscreen window for reception desks (kiosk), the organisers' command line\n"
        " (kiosk-admin) and a terminal scanning station (kiosk-station), self-contained\n"
        " in /opt/kiosk. A kiosk session for desks without a desktop is installed\n"
        " disabled: sudo kiosk-session-enable USER.\n", encoding="utf-8")
    (debian / "conffiles").write_text("/etc/default/kiosk-session\n", encoding="utf-8")
    for script in ("prerm",):
        shutil.copy2(HERE / script, debian / script)


def shared_library_depends(opt: Path) -> str:
    """The Debian packages of the system libraries the bundle's programs and libraries link to, with versions."""
    elves = [path for path in sorted(opt.rglob("*")) if path.is_file() and not path.is_symlink() and is_elf(path)]
    private = sorted({f"-l{path.parent}" for path in elves})
    work = opt.parent.parent.parent / "shlibdeps"
    (work / "debian").mkdir(parents=True, exist_ok=True)
    (work / "debian" / "control").write_text("Source: kiosk\n\nPackage: kiosk\nArchitecture: amd64\n")
    done = subprocess.run(["dpkg-shlibdeps", "-O", "--ignore-missing-info", *private,
                           *[f"-e{path}" for path in elves]], cwd=work, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if "error" in line]
        raise SystemExit(f"build_deb: dpkg-shlibdeps failed: {errors[0] if errors else done.stderr.strip()}")
    return done.stdout.strip().partition("shlibs:Depends=")[2]


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def installed_size(stage: Path) -> int:
    """Kibibytes, as the control file counts them (each file rounded up)."""
    return sum(-(-path.lstat().st_size // 1024) for path in stage.rglob("*") if "DEBIAN" not in path.parts)


def link(path: Path, target: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
