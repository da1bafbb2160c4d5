"""Statements of the scan path, compiled once per database dialect and run straight on the driver.

A scan is three small statements; going through SQLAlchemy's full execution machinery for each costs
several times what the database itself needs. Here SQLAlchemy still writes the SQL and converts the
values (the same types as everywhere else), but only once per dialect; each scan then costs about what
the driver costs. Driver errors are re-raised as SQLAlchemy's, so callers handle one kind of error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement, Select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]
    binders: tuple[Processor, ...]
    readers: tuple[Processor, ...]
    positional: bool
    fixed: dict[str, Any]

    def bind(self, params: dict[str, Any]) -> Sequence[Any] | dict[str, Any]:
        """Values in the driver's order and form; literal values written in the statement fill the gaps."""
        given = {**self.fixed, **params}
        values = [p(given[n]) if p else given[n] for n, p in zip(self.names, self.binders, strict=True)]
        return values if self.positional else dict(zip(self.names, values, strict=True))

    def read(self, row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(r(v) if r else v for r, v in zip(self.readers, row, strict=True))


class Prepared:
    """One Core statement (SELECT, INSERT, UPDATE … RETURNING) with named bind parameters."""

    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] = ()) -> None:
        self.statement = statement
        self.column_keys = list(column_keys)
        self._compiled: dict[str, _Compiled] = {}

    def rows(self, conn: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        compiled = self._for(conn.dialect)
        bound = compiled.bind(params)
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(compiled.sql, bound)
            # An INSERT may come back with the RETURNING id PostgreSQL adds by itself: not ours to read.
            return [compiled.read(row) for row in cursor.fetchall()] if compiled.readers else []
        except conn.dialect.loaded_dbapi.Error as error:
            raise DBAPIError.instance(compiled.sql, bound, error, conn.dialect.loaded_dbapi.Error) from error
        finally:
            cursor.close()

    def _for(self, dialect: Dialect) -> _Compiled:
        found = self._compiled.get(dialect.name)
        if found is None:
            found = self._compiled[dialect.name] = self._compile(dialect)
        return found

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = cast(SQLCompiler, self.statement.compile(dialect=dialect, column_keys=self.column_keys or None))
        names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
        binders = tuple(compiled.binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names)
        columns = _returned_columns(self.statement)
        readers = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
        fixed = {n: b.value for n, b in compiled.binds.items() if not b.required}
        return _Compiled(compiled.string, names, binders, readers, compiled.positional, fixed)


def _returned_columns(statement: ClauseElement) -> list[Any]:
    if isinstance(statement, Select):
        return list(statement.selected_columns)
    if isinstance(statement, UpdateBase):
        return list(statement.exported_columns)
    return []
