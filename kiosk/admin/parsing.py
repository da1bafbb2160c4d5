"""Reading dates, times and ids from the command line, with French and ISO spellings.

A value that does not read is a KioskError (argparse lets it through untouched), so that it is told in
the language of the command, like every other error.
"""

from __future__ import annotations

import datetime as dt

from kiosk.domain.errors import KioskError


def date_arg(value: str) -> dt.date:
    """2026-11-24 or 24/11/2026."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise KioskError(f"Date non reconnue « {value} » : écrivez-la 2026-11-24 ou 24/11/2026.",
                     f"Unrecognised date '{value}': write it 2026-11-24 or 24/11/2026.")


def time_arg(value: str) -> dt.time:
    """09:30, 9h30 or 9h."""
    text = value.strip().lower().replace("h", ":")
    if text.endswith(":"):
        text += "00"
    try:
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise KioskError(f"Heure non reconnue « {value} » : écrivez-la 09:30 ou 9h30.",
                         f"Unrecognised time '{value}': write it 09:30 or 9h30.") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise KioskError(f"« {value} » n'est pas un nombre entier positif ou nul.",
                         f"'{value}' is not a whole number (0 or more).")
    return number
