"""What kiosk-admin and kiosk-station share around their commands: the language read before anything else,
argument errors as one sentence in that language, and the one place where failures become exit statuses.
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from kiosk.crash import log_crash
from kiosk.domain.errors import KioskError, Msg
from kiosk.language import chosen_language

EXIT_USER_ERROR = 1
EXIT_BUG = 70
EXIT_INTERRUPTED = 130

# argparse's own messages (English), and how they read in French.
_FRENCH = [
    (r"the following arguments are required: (.+)", r"il manque \1"),
    (r"one of the arguments (.+) is required", r"il faut l'un de ces choix : \1"),
    (r"unrecognized arguments: (.+)", r"arguments inconnus : \1"),
    (r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)", r"\1 : \2 n'existe pas (au choix : \3)"),
    (r"argument (\S+): expected one argument", r"\1 attend une valeur"),
    (r"argument (\S+): expected at least one argument", r"\1 attend au moins une valeur"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 ne va pas avec \2"),
    (r"argument (\S+): invalid \w+ value: (.+)", r"\1 : valeur invalide \2"),
    (r"ambiguous option: (\S+) could match (.+)", r"option ambiguë \1 (\2)"),
    (r"argument (\S+): (.+)", r"\1 : \2"),
]


def language_asked(argv: Sequence[str]) -> str:
    """--lang from the command line, read before parsing so that parsing errors are in that language."""
    asked = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            asked = argv[index + 1]
        elif arg.startswith("--lang="):
            asked = arg.split("=", 1)[1]
    return chosen_language(asked)


class UsageError(KioskError):
    """The command line itself is wrong: a missing or unknown argument, an impossible choice."""


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a KioskError (one sentence, exit 1), not a usage text and exit 2."""

    def error(self, message: str) -> NoReturn:
        french = message
        for pattern, replacement in _FRENCH:
            if re.fullmatch(pattern, message):
                french = re.sub(pattern, replacement, message)
                break
        raise UsageError(f"{french.rstrip('.')} ; voir « {self.prog} --help ».",
                         f"{message.rstrip('.')}; see '{self.prog} --help'.")


_OUTPUT_FAILURES = (errno.EBADF, errno.ENOSPC, errno.EIO)


def _flush_output() -> None:
    """Flush the results now, so that a closed or full output is caught here rather than at exit."""
    if sys.stdout is None:
        raise OSError(errno.EBADF, "closed")
    sys.stdout.flush()


def _output_failed() -> KioskError:
    """Results not written (stdout closed, or on a full disk): one sentence, not a traceback at exit."""
    _silence_stdout()
    return KioskError("Impossible d'écrire les résultats : la sortie standard est fermée ou son disque est plein.",
                      "Cannot write the results: standard output is closed or its disk is full.")


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null so that the interpreter's last flush does not fail again."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.close(null)


def run_guarded(program: str, lang: str, work: Callable[[], None], *, interrupted: int = EXIT_INTERRUPTED) -> int:
    """Run `work`: a KioskError is one sentence and exit 1; a bug is logged with its details, one sentence, exit 70."""
    try:
        work()
        _flush_output()
    except KioskError as error:
        sys.stderr.write(f"{program}: {error.text(lang)}\n")
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return interrupted
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as error:
        if error.errno not in _OUTPUT_FAILURES:
            return _bug(program, lang, error)
        sys.stderr.write(f"{program}: {_output_failed().text(lang)}\n")
        return EXIT_USER_ERROR
    except Exception as bug:
        return _bug(program, lang, bug)
    return 0


def _bug(program: str, lang: str, bug: Exception) -> int:
    """A bug: its details logged to a file, one sentence on stderr, exit 70."""
    log_file = log_crash(program, bug)
    sys.stderr.write(Msg(f"{program} : erreur inattendue ({type(bug).__name__}) ; détails dans {log_file}. "
                         "Signalez-la à l'équipe technique.\n",
                         f"{program}: unexpected error ({type(bug).__name__}); details in {log_file}. "
                         "Please report it.\n").text(lang))
    return EXIT_BUG
