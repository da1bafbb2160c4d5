"""The import preview as two small tables: one row per class of the file (new, already registered,
namesakes) then a bold total row; and every name of the file, class by class, as it will be registered (so
that accents can be checked before importing), with the already registered and the namesakes flagged; or,
for a file that cannot be imported, every line to fix (the message above names only the first ones)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from kiosk.domain.roster_import import ClassPlan, ImportReport
from kiosk.domain.rosters import LineProblem
from kiosk.ui.i18n import current_language
from kiosk.ui.models.rows_model import Index, RowsModel

NAMESAKES = 3  # the last column: the pairs of namesakes, flagged in red
FLAG_RED = QColor("#B3261E")
_CONTEXT = "ImportPreviewModel"
_TOTAL = str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Total"))
_PAIR = str(QT_TRANSLATE_NOOP("ImportPreviewModel", "⚠ %1 (lignes %2 et %3)"))


def _namesakes(plan: ClassPlan) -> str:
    pattern = QCoreApplication.translate(_CONTEXT, _PAIR)
    return "\n".join(pattern.replace("%1", f"{second.first_name} {second.last_name}")
                     .replace("%2", str(first.line)).replace("%3", str(second.line))
                     for first, second in plan.duplicates)


class ReportModel(RowsModel):
    """Rows made from an import report, made again on a language switch."""

    def __init__(self) -> None:
        super().__init__()
        self.report: ImportReport | None = None

    def set_report(self, report: ImportReport | None) -> None:
        self.report = report
        self._replace(self._rows())

    def _rows(self) -> list[tuple[str, ...]]:
        """The rows for `self.report`, as each table shows them (none here: the tables below say which)."""
        return []

    def retranslate(self) -> None:
        self._replace(self._rows())
        super().retranslate()


class ImportPreviewModel(ReportModel):
    """What a roster file would add (or added), class by class."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportPreviewModel", "Classe"),
               QT_TRANSLATE_NOOP("ImportPreviewModel", "À inscrire"),
               QT_TRANSLATE_NOOP("ImportPreviewModel", "Déjà sur la liste"),
               QT_TRANSLATE_NOOP("ImportPreviewModel", "Homonymes"))

    def __init__(self) -> None:
        super().__init__()
        self.bold = QFont()  # made once: data() runs for every cell on every repaint
        self.bold.setBold(True)

    def _rows(self) -> list[tuple[str, ...]]:
        if self.report is None:
            return []
        classes = self.report.classes
        rows: list[tuple[str, ...]] = [(p.label, str(len(p.new)), str(len(p.already)), _namesakes(p)) for p in classes]
        pairs = sum(len(p.duplicates) for p in classes)
        rows.append((QCoreApplication.translate(_CONTEXT, _TOTAL), str(self.report.new_count),
                     str(self.report.skipped_count), str(pairs) if pairs else ""))
        return rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        total = index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.FontRole and total:
            return self.bold
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == NAMESAKES and self.rows[index.row()][-1]:
            return FLAG_RED
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == NAMESAKES:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


_ALREADY = str(QT_TRANSLATE_NOOP("ImportNamesModel", "Déjà dans la liste de la classe"))
_NAMESAKE = str(QT_TRANSLATE_NOOP("ImportNamesModel", "⚠ Homonyme : ligne %1"))
FLAGS = 3  # the last column of the names: already registered, namesake


def _name_rows(plan: ClassPlan) -> list[tuple[int, str, str, str]]:
    """(line, class, name, flag) for each person of one class, in the file's order."""
    context = "ImportNamesModel"
    twins = {first.line: second.line for first, second in plan.duplicates}
    twins |= {second.line: first.line for first, second in plan.duplicates}
    already = {entry.line for entry in plan.already}
    rows = []
    for entry in sorted(plan.new + plan.already, key=lambda entry: entry.line):
        flags = [QCoreApplication.translate(context, _ALREADY)] if entry.line in already else []
        if entry.line in twins:
            flags.append(QCoreApplication.translate(context, _NAMESAKE).replace("%1", str(twins[entry.line])))
        rows.append((entry.line, plan.label, f"{entry.first_name} {entry.last_name}", " ; ".join(flags)))
    return rows


class ImportNamesModel(ReportModel):
    """Every person of a roster file, class by class: the line, the class, the name as it will be stored."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportNamesModel", "Ligne"),
               QT_TRANSLATE_NOOP("ImportNamesModel", "Classe"),
               QT_TRANSLATE_NOOP("ImportNamesModel", "Prénom et nom"),
               QT_TRANSLATE_NOOP("ImportNamesModel", "À vérifier"))

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[LineProblem] = []

    def set_report(self, report: ImportReport | None) -> None:
        self.problems = []
        super().set_report(report)

    def set_problems(self, problems: list[LineProblem]) -> None:
        """Every line of a file refused for them, each with what to fix, in the language shown."""
        self.report, self.problems = None, list(problems)
        self._replace(self._rows())

    def _rows(self) -> list[tuple[str, ...]]:
        if self.problems:
            return [(str(p.line), "", "", "⚠ " + p.msg.text(current_language())) for p in self.problems]
        classes = self.report.classes if self.report is not None else []
        return [(str(line), label, name, flag) for plan in classes for line, label, name, flag in _name_rows(plan)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == FLAGS and "⚠" in self.rows[index.row()][-1]:
            return FLAG_RED
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
