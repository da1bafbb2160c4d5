"""Every sentence the roster import may show, French first, in one table.

Kept apart from the parsing code so the wording stays consistent (same quotes, same "Ligne N :" prefix)
and can be reviewed without reading any logic. A sentence's {placeholders} are filled the same way
everywhere: a text from the file is quoted, a Msg is put in the sentence's language, a number as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.rosters.model import LineProblem

_QUOTE_LIMIT = 40

Value = str | int | Msg  # what fills a placeholder: a text from the file (quoted), a Msg, a number


def quoted_fr(value: str) -> str:
    return f"« {_shorten(value)} »"


def quoted_en(value: str) -> str:
    return f"“{_shorten(value)}”"


def _shorten(value: str) -> str:
    """Long cells are cut so a 300-character name does not flood the message."""
    return value if len(value) <= _QUOTE_LIMIT else value[: _QUOTE_LIMIT - 1] + "…"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _fill(template: str, lang: str, values: dict[str, Value]) -> str:
    def shown(value: Value) -> str:
        if isinstance(value, Msg):
            return value.text(lang)
        if isinstance(value, str):
            return quoted_en(value) if lang == "en" else quoted_fr(value)
        return str(value)

    return template.format(**{key: shown(value) for key, value in values.items()})


@dataclass(frozen=True)
class Sentence:
    """One message of the table, in both languages, with {placeholders}."""

    fr: str
    en: str

    def msg(self, **values: Value) -> Msg:
        return Msg(_fill(self.fr, "fr", values), _fill(self.en, "en", values))

    def error(self, **values: Value) -> KioskError:
        """A whole-file problem: a sentence of its own, so it starts with a capital."""
        told = self.msg(**values)
        return KioskError(_cap(told.fr), _cap(told.en))

    def on_line(self, line: int, **values: Value) -> LineProblem:
        """A problem of one row, after "Ligne N : "."""
        told = self.msg(**values)
        return on_line(line, told.fr, told.en)


def file_label(name: str) -> Msg:
    """How messages name a file ("le fichier « 4eB.csv »")."""
    return Sentence("le fichier {name}", "the file {name}").msg(name=name)


def pasted_label(source: str) -> Msg:
    """How messages name pasted text."""
    if source == "texte collé":
        return Msg("le texte collé", "the pasted text")
    return Sentence("le texte {name}", "the text {name}").msg(name=source)


# Whole-file problems: the user must change the file itself. {where}: file_label or pasted_label.

NO_PEOPLE = Sentence("{where} ne contient aucun élève.", "{where} contains no pupils.")
NO_NAME_COLUMN = Sentence(
    "Aucune colonne de noms n'a été trouvée dans {where}. Ajoutez une ligne d'en-tête avec "
    "« Nom » et « Prénom », ou une seule colonne « Élève » (ou « NOM Prénom »).",
    "No name column was found in {where}. Add a header row with “Last name” and “First name”, "
    "or a single “Name” (or “Student”) column.")
TOO_MANY_ROWS = Sentence(
    "{where} contient plus de {limit} lignes : ce n'est pas une liste de classes. Vérifiez que c'est le bon fichier.",
    "{where} has more than {limit} rows: that is not a class roster. Check that it is the right file.")
NOT_FOUND = Sentence("Le fichier {name} est introuvable. Vérifiez son nom et son dossier.",
                     "The file {name} was not found. Check its name and folder.")
IS_DIRECTORY = Sentence(
    "{name} est un dossier, pas un fichier. Choisissez le fichier de la liste à l'intérieur.",
    "{name} is a folder, not a file. Choose the roster file inside it.")
UNREADABLE = Sentence(
    "Impossible de lire le fichier {name}. Vérifiez qu'il n'est pas ouvert ailleurs et que vous avez le droit "
    "de le lire, ou copiez-le sur cet ordinateur.",
    "The file {name} cannot be read. Check that it is not open elsewhere and that you may read it, or copy it "
    "to this computer.")
TOO_BIG = Sentence(
    "Le fichier {name} fait {mb} Mo ; une liste d'élèves en fait bien moins ({limit_mb} Mo au plus). "
    "Vérifiez que c'est le bon fichier.",
    "The file {name} is {mb} MB; a roster is much smaller (at most {limit_mb} MB). Check that it is the right file.")
OLD_EXCEL = Sentence(
    "Le fichier {name} est au format Excel ancien (.xls) ou protégé par un mot de passe. Ouvrez-le dans Excel ou "
    "LibreOffice et enregistrez-le au format .xlsx ou .csv, sans mot de passe.",
    "The file {name} is in the old Excel format (.xls) or password-protected. Open it in Excel or LibreOffice "
    "and save it as .xlsx or .csv, without a password.")
OPEN_DOCUMENT = Sentence(
    "Le fichier {name} est au format OpenDocument (.ods). Ouvrez-le dans LibreOffice et enregistrez-le au format "
    ".xlsx ou .csv.",
    "The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it as .xlsx or .csv.")
CORRUPT_WORKBOOK = Sentence(
    "Le fichier {name} est endommagé ou n'est pas un vrai classeur Excel. Ouvrez-le dans Excel ou LibreOffice et "
    "enregistrez-le à nouveau au format .xlsx ou .csv.",
    "The file {name} is damaged or is not a real Excel workbook. Open it in Excel or LibreOffice and save it "
    "again as .xlsx or .csv.")
NOT_A_TABLE = Sentence(
    "Le fichier {name} n'est ni un tableur ni un fichier texte. Choisissez un fichier .xlsx, .csv ou .txt.",
    "The file {name} is neither a spreadsheet nor a text file. Choose an .xlsx, .csv or .txt file.")
NOT_A_REGULAR_FILE = Sentence(
    "{name} n'est pas un fichier ordinaire (périphérique, tube ou socket). Choisissez le fichier de la liste.",
    "{name} is not a regular file (a device, pipe or socket). Choose the roster file.")
ZIP_BOMB = Sentence(
    "Le fichier {name} se décompresse en bien plus de données qu'une liste d'élèves : il est refusé. Ouvrez-le "
    "dans Excel ou LibreOffice et enregistrez-le à nouveau au format .csv.",
    "The file {name} unpacks to far more data than a roster: it is refused. Open it in Excel or LibreOffice and "
    "save it again as .csv.")
MIXED_ENCODING = Sentence(
    "{where} mélange deux encodages de caractères (UTF-8 et un autre) ; le premier caractère illisible est "
    "ligne {line}. Corrigez cette ligne ou enregistrez tout le fichier en UTF-8.",
    "{where} mixes two character encodings (UTF-8 and another); the first unreadable character is on line "
    "{line}. Fix that line or save the whole file as UTF-8.")
UNREADABLE_LINE = Sentence(
    "{where} ne peut pas être lu à partir de la ligne {line} (guillemet non fermé ou cellule démesurée). "
    "Corrigez cette ligne ou enregistrez à nouveau le fichier depuis le tableur.",
    "{where} cannot be read from line {line} on (unclosed quote or oversized cell). Fix that line or save the "
    "file again from the spreadsheet.")


def too_big(name: str, size: int, limit: int) -> KioskError:
    return TOO_BIG.error(name=name, mb=round(size / 2**20), limit_mb=round(limit / 2**20))


# Line problems: the file is fine, some rows are not (Sentence.on_line).

EMPTY_FIELD = Sentence("{field} est vide.", "{field} is empty.")
ONE_WORD = Sentence("{value} ne contient qu'un mot ; il faut le nom et le prénom.",
                    "{value} is a single word; both the last and the first name are needed.")
UNKNOWN_ROLE = Sentence("le rôle {value} est inconnu ; écrivez élève, professeur ou accompagnateur.",
                        "the role {value} is unknown; write pupil, teacher or companion.")
EMPTY_CLASS = Sentence("la classe est vide alors que d'autres lignes en ont une.",
                       "the class is empty while other rows have one.")


def on_line(line: int, fr: str, en: str) -> LineProblem:
    """The one place that writes "Ligne N : …" / "Line N: …"."""
    return LineProblem(line, Msg(f"Ligne {line} : {fr}", f"Line {line}: {en}"))


def from_error(line: int, error: KioskError) -> LineProblem:
    """A KioskError from a shared check (e.g. clean_name), placed on its line."""
    return on_line(line, _lower_first(error.msg.fr), _lower_first(error.msg.en))
