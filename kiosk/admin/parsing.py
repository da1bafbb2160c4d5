"""Reading dates, times and ids from the command line, with French and ISO spellings."""

from __future__ import annotations

import argparse
import datetime as dt

from kiosk.domain.errors import Msg


def date_arg(value: str) -> dt.date:
    """2026-11-24 or 24/11/2026."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(str(Msg(f"date non reconnue « {value} » (exemple : 2026-11-24 ou 24/11/2026)",
                                             f"unrecognised date '{value}' (example: 2026-11-24 or 24/11/2026)")))


def time_arg(value: str) -> dt.time:
    """09:30, 9h30 or 9h."""
    text = value.strip().lower().replace("h", ":")
    if text.endswith(":"):
        text += "00"
    try:
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(str(Msg(f"heure non reconnue « {value} » (exemple : 09:30 ou 9h30)",
                                                 f"unrecognised time '{value}' (example: 09:30)"))) from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(str(Msg(f"nombre attendu, pas « {value} »",
                                                 f"a whole number was expected, not '{value}'")))
    return number
