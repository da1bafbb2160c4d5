"""Unexpected errors go to a rotating log file with their traceback, never to the user's screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs


def log_folder() -> Path:
    return platformdirs.user_log_path("kiosk", appauthor=False)


def crash_logger(program: str) -> tuple[logging.Logger, Path]:
    """A logger writing to <user log folder>/<program>.log, rotated at 1 MB, five files kept."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{program}.log"
    logger = logging.getLogger(f"kiosk.crash.{program}")
    if not logger.handlers:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    return logger, path


def log_crash(program: str, error: BaseException) -> Path:
    try:
        logger, path = crash_logger(program)
        logger.error("unexpected error", exc_info=error)
        return path
    except OSError:
        return Path("(journal indisponible / log unavailable)")
