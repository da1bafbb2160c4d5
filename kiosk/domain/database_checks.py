"""What is checked before a database is used: an address Kiosk can use, a file that exists (only `init` and
`demo` create one), and a file or server that holds Kiosk's tables and nobody else's.

A mistyped `--db` must not leave folders and an empty migrated database behind, and another program's SQLite
file must not get Kiosk's tables added to it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from kiosk.domain.errors import KioskError

SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def parsed_url(url: str, shown: str) -> URL:
    """The URL parsed, or one sentence: a port that is not a number, an unclosed bracket, another database."""
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is not a number only fails when read
    except (ArgumentError, ValueError) as exc:
        raise unrecognised_address(shown) from exc
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise KioskError(f"Kiosk ne sait pas utiliser la base {shown} : donnez un fichier SQLite ou une adresse "
                         "postgresql://utilisateur@serveur/kiosk.",
                         f"Kiosk cannot use the database {shown}: give a SQLite file or a "
                         "postgresql://user@server/kiosk address.")
    return parsed


def unrecognised_address(shown: str) -> KioskError:
    return KioskError(f"Adresse de base de données non reconnue : {shown}. Exemple : "
                      "postgresql://utilisateur@serveur/kiosk ou un chemin de fichier.",
                      f"Unrecognised database address: {shown}. Example: "
                      "postgresql://user@server/kiosk or a file path.")


def require_existing_file(path: Path) -> None:
    """Refuse a SQLite file that does not exist yet: only `init` and `demo` create a database."""
    if path.exists():
        if not path.is_file():
            raise KioskError(f"{path} n'est pas un fichier de base de données : choisissez le bon fichier.",
                             f"{path} is not a database file: choose the right file.")
        return
    raise KioskError(f"Aucune base Kiosk à {path} : vérifiez le chemin, ou créez-la avec « kiosk-admin init » ou "
                     "« kiosk-admin demo ».",
                     f"No Kiosk database at {path}: check the path, or create one with 'kiosk-admin init' or "
                     "'kiosk-admin demo'.")


def refuse_foreign_tables(engine: Engine, label: str, own_tables: set[str]) -> None:
    """A database with tables of its own but none of Kiosk's belongs to another program: leave it alone."""
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
    if not present or "alembic_version" in present or present & own_tables:
        return
    raise KioskError(f"La base {label} contient les tables d'un autre programme ({', '.join(sorted(present)[:3])}) : "
                     "Kiosk n'y touche pas. Choisissez une base Kiosk ou un nouveau fichier.",
                     f"The database {label} holds another program's tables ({', '.join(sorted(present)[:3])}): "
                     "Kiosk leaves it alone. Choose a Kiosk database or a new file.")
