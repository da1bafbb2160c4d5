"""One stylesheet: the kiosk's whole look is resources/styles/kiosk.qss, and its selectors name real widgets."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk.resources import resources_folder

UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"
ALLOWED = {"app.py", "screenshots.py"}  # they apply kiosk.qss to the whole application


def style_calls(source: str) -> list[int]:
    """Line numbers of every `….setStyleSheet(…)` call in a module's source."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setStyleSheet"]


def selector_ids(qss: str) -> set[str]:
    """The object names (#name) the selectors of a stylesheet use; colours inside the rules are skipped."""
    selectors = re.sub(r"\{[^}]*\}", " ", re.sub(r"/\*.*?\*/", " ", qss, flags=re.DOTALL))
    return set(re.findall(r"#([A-Za-z_][\w-]*)", selectors))


def test_no_view_styles_itself() -> None:
    offenders = {str(path.relative_to(UI)): lines for path in sorted(UI.rglob("*.py"))
                 if path.name not in ALLOWED and (lines := style_calls(path.read_text(encoding="utf-8")))}
    assert offenders == {}, f"setStyleSheet outside kiosk.qss (move the rules there): {offenders}"


def test_the_check_sees_a_style_call() -> None:
    assert style_calls("self.table.setStyleSheet('QTableView { color: red; }')\n") == [1]
    assert selector_ids("#roster QPushButton:checked { color: #111; } /* #comment */") == {"roster"}


def test_every_object_name_in_the_stylesheet_is_a_widget_of_the_kiosk(kiosk) -> None:  # type: ignore[no-untyped-def]
    window, _controller = kiosk
    names = {widget.objectName() for widget in (window, *window.findChildren(QWidget))}
    qss = (resources_folder() / "styles" / "kiosk.qss").read_text(encoding="utf-8")
    assert selector_ids(qss) - names == set()
