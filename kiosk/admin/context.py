"""What every command gets: the database (opened on first use) and one place to print results."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from kiosk.domain.database import Database, open_database
from kiosk.domain.errors import Msg

if TYPE_CHECKING:
    import argparse

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


Item = TypeVar("Item")


class _ClosedOutput(io.StringIO):
    """What results are written to when the command was started with its standard output closed."""


@dataclass
class Context:
    db_url: str | None
    as_json: bool
    lang: str
    out: TextIO = field(default_factory=lambda: sys.stdout or _ClosedOutput())
    creates_database: bool = False  # only `init` and `demo` may make a new SQLite file
    _db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self.db_url, create=self.creates_database)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def json(self, value: Any) -> None:
        self.out.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")

    def say(self, message: Msg | str) -> None:
        self.out.write(self.text(message) + "\n")

    def text(self, message: Msg | str) -> str:
        """A message in the language of this command (a plain string is already in it)."""
        return message if isinstance(message, str) else message.text(self.lang)

    def listing(self, items: Sequence[Item], as_json: Callable[[Item], object], headers: Sequence[Msg],
                cells: Callable[[Item], Sequence[object]]) -> None:
        """Items for a program (with --json: one JSON object a line, `as_json(item)`), else for a person: a
        table of `headers` with a row of `cells(item)` an item."""
        if self.as_json:
            for item in items:
                self.json(as_json(item))
        else:
            self.table(headers, [cells(item) for item in items])

    def table(self, headers: Sequence[Msg], rows: Sequence[Sequence[object]]) -> None:
        """A plain aligned table for people reading a terminal."""
        titles = [h.text(self.lang) for h in headers]
        cells = [["" if v is None else str(v) for v in row] for row in rows]
        widths = [max([len(t)] + [len(r[i]) for r in cells]) for i, t in enumerate(titles)]
        def line(values: Sequence[str]) -> str:
            return "  ".join(
                    v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()
        self.out.write(line(titles) + "\n" + line(["-" * w for w in widths]) + "\n")
        for row in cells:
            self.out.write(line(row) + "\n")
