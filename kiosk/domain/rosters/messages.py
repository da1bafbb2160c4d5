"""Every sentence the roster import may show, French first, in one place.

Kept apart from the parsing code so the wording stays consistent (same quotes, same "Ligne N :" prefix)
and can be reviewed without reading any logic.
"""

from __future__ import annotations

from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.rosters.model import LineProblem

_QUOTE_LIMIT = 40


def quoted_fr(value: str) -> str:
    return f"« {_shorten(value)} »"


def quoted_en(value: str) -> str:
    return f"“{_shorten(value)}”"


def _shorten(value: str) -> str:
    """Long cells are cut so a 300-character name does not flood the message."""
    return value if len(value) <= _QUOTE_LIMIT else value[: _QUOTE_LIMIT - 1] + "…"


def file_label(name: str) -> Msg:
    """How messages name a file ("le fichier « 4eB.csv »")."""
    return Msg(f"le fichier {quoted_fr(name)}", f"the file {quoted_en(name)}")


def pasted_label(source: str) -> Msg:
    """How messages name pasted text."""
    if source == "texte collé":
        return Msg("le texte collé", "the pasted text")
    return Msg(f"le texte {quoted_fr(source)}", f"the text {quoted_en(source)}")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# Whole-file problems: the user must change the file itself.


def no_people(where: Msg) -> KioskError:
    return KioskError(f"{_cap(where.fr)} ne contient aucun élève.", f"{_cap(where.en)} contains no pupils.")


def no_name_column(where: Msg) -> KioskError:
    return KioskError(
        f"Aucune colonne de noms n'a été trouvée dans {where.fr}. Ajoutez une ligne d'en-tête avec "
        "« Nom » et « Prénom », ou une seule colonne « Élève » (ou « NOM Prénom »).",
        f"No name column was found in {where.en}. Add a header row with “Last name” and “First name”, "
        "or a single “Name” (or “Student”) column.",
    )


def too_many_rows(where: Msg, limit: int) -> KioskError:
    return KioskError(
        f"{_cap(where.fr)} contient plus de {limit} lignes : ce n'est pas une liste de classes. "
        "Vérifiez que c'est le bon fichier.",
        f"{_cap(where.en)} has more than {limit} rows: that is not a class roster. "
        "Check that it is the right file.",
    )


def not_found(name: str) -> KioskError:
    return KioskError(
        f"Le fichier {quoted_fr(name)} est introuvable. Vérifiez son nom et son dossier.",
        f"The file {quoted_en(name)} was not found. Check its name and folder.",
    )


def is_directory(name: str) -> KioskError:
    return KioskError(
        f"{quoted_fr(name)} est un dossier, pas un fichier. Choisissez le fichier de la liste à l'intérieur.",
        f"{quoted_en(name)} is a folder, not a file. Choose the roster file inside it.",
    )


def unreadable(name: str) -> KioskError:
    return KioskError(
        f"Impossible de lire le fichier {quoted_fr(name)}. Vérifiez qu'il n'est pas ouvert ailleurs "
        "et que vous avez le droit de le lire, ou copiez-le sur cet ordinateur.",
        f"The file {quoted_en(name)} cannot be read. Check that it is not open elsewhere and that you "
        "may read it, or copy it to this computer.",
    )


def too_big(name: str, size: int, limit: int) -> KioskError:
    mb, limit_mb = round(size / 2**20), round(limit / 2**20)
    return KioskError(
        f"Le fichier {quoted_fr(name)} fait {mb} Mo ; une liste d'élèves en fait bien moins "
        f"({limit_mb} Mo au plus). Vérifiez que c'est le bon fichier.",
        f"The file {quoted_en(name)} is {mb} MB; a roster is much smaller (at most {limit_mb} MB). "
        "Check that it is the right file.",
    )


def old_excel(name: str) -> KioskError:
    return KioskError(
        f"Le fichier {quoted_fr(name)} est au format Excel ancien (.xls) ou protégé par un mot de passe. "
        "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou .csv, sans mot de passe.",
        f"The file {quoted_en(name)} is in the old Excel format (.xls) or password-protected. Open it in "
        "Excel or LibreOffice and save it as .xlsx or .csv, without a password.",
    )


def open_document(name: str) -> KioskError:
    return KioskError(
        f"Le fichier {quoted_fr(name)} est au format OpenDocument (.ods). Ouvrez-le dans LibreOffice "
        "et enregistrez-le au format .xlsx ou .csv.",
        f"The file {quoted_en(name)} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and "
        "save it as .xlsx or .csv.",
    )


def corrupt_workbook(name: str) -> KioskError:
    return KioskError(
        f"Le fichier {quoted_fr(name)} est endommagé ou n'est pas un vrai classeur Excel. Ouvrez-le dans "
        "Excel ou LibreOffice et enregistrez-le à nouveau au format .xlsx ou .csv.",
        f"The file {quoted_en(name)} is damaged or is not a real Excel workbook. Open it in Excel or "
        "LibreOffice and save it again as .xlsx or .csv.",
    )


def not_a_table(name: str) -> KioskError:
    return KioskError(
        f"Le fichier {quoted_fr(name)} n'est ni un tableur ni un fichier texte. "
        "Choisissez un fichier .xlsx, .csv ou .txt.",
        f"The file {quoted_en(name)} is neither a spreadsheet nor a text file. "
        "Choose an .xlsx, .csv or .txt file.",
    )


def not_a_regular_file(name: str) -> KioskError:
    return KioskError(
        f"{quoted_fr(name)} n'est pas un fichier ordinaire (périphérique, tube ou socket). "
        "Choisissez le fichier de la liste.",
        f"{quoted_en(name)} is not a regular file (a device, pipe or socket). Choose the roster file.",
    )


def zip_bomb(name: str) -> KioskError:
    return KioskError(
        f"Le fichier {quoted_fr(name)} se décompresse en bien plus de données qu'une liste d'élèves : "
        "il est refusé. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau au format .csv.",
        f"The file {quoted_en(name)} unpacks to far more data than a roster: it is refused. Open it in "
        "Excel or LibreOffice and save it again as .csv.",
    )


def mixed_encoding(where: Msg, line: int) -> KioskError:
    return KioskError(
        f"{_cap(where.fr)} mélange deux encodages de caractères (UTF-8 et un autre) ; le premier caractère "
        f"illisible est ligne {line}. Corrigez cette ligne ou enregistrez tout le fichier en UTF-8.",
        f"{_cap(where.en)} mixes two character encodings (UTF-8 and another); the first unreadable "
        f"character is on line {line}. Fix that line or save the whole file as UTF-8.",
    )


def unreadable_line(where: Msg, line: int) -> KioskError:
    return KioskError(
        f"{_cap(where.fr)} ne peut pas être lu à partir de la ligne {line} (guillemet non fermé ou "
        "cellule démesurée). Corrigez cette ligne ou enregistrez à nouveau le fichier depuis le tableur.",
        f"{_cap(where.en)} cannot be read from line {line} on (unclosed quote or oversized cell). Fix "
        "that line or save the file again from the spreadsheet.",
    )


# Line problems: the file is fine, some rows are not.


def on_line(line: int, fr: str, en: str) -> LineProblem:
    """The one place that writes "Ligne N : …" / "Line N: …"."""
    return LineProblem(line, Msg(f"Ligne {line} : {fr}", f"Line {line}: {en}"))


def empty_field(line: int, field_fr: str, field_en: str) -> LineProblem:
    return on_line(line, f"{field_fr} est vide.", f"{field_en} is empty.")


def from_error(line: int, error: KioskError) -> LineProblem:
    """A KioskError from a shared check (e.g. clean_name), placed on its line."""
    return on_line(line, _lower_first(error.msg.fr), _lower_first(error.msg.en))


def one_word(line: int, value: str) -> LineProblem:
    return on_line(
        line,
        f"{quoted_fr(value)} ne contient qu'un mot ; il faut le nom et le prénom.",
        f"{quoted_en(value)} is a single word; both the last and the first name are needed.",
    )


def unknown_role(line: int, value: str) -> LineProblem:
    return on_line(
        line,
        f"le rôle {quoted_fr(value)} est inconnu ; écrivez élève, professeur ou accompagnateur.",
        f"the role {quoted_en(value)} is unknown; write pupil, teacher or companion.",
    )


def empty_class(line: int) -> LineProblem:
    return on_line(
        line,
        "la classe est vide alors que d'autres lignes en ont une.",
        "the class is empty while other rows have one.",
    )
