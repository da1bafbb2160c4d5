"""The code's shape, kept by CI: no import cycle between modules (TYPE_CHECKING imports count), no function
longer than a screen, and every screen of the catalogue with its view file and its controller file."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
LONGEST_FUNCTION = 40  # lines, docstring included; Alembic migrations are generated and exempt


def import_cycles() -> list[list[str]]:
    """The strongly connected groups of modules (Tarjan), each a cycle of imports."""
    graph = grimp.build_graph("kiosk", include_external_packages=False)
    edges = {module: sorted(graph.find_modules_directly_imported_by(module)) for module in graph.modules}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for imported in edges[module]:
            if imported not in order:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            group = stack[stack.index(module):]
            del stack[stack.index(module):]
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(edges):
        if module not in order:
            visit(module)
    return cycles


def test_no_module_imports_itself_back() -> None:
    assert import_cycles() == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "kiosk"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kiosk import b\n")
    (package / "b.py").write_text("from kiosk import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(__import__("sys").modules, "kiosk", raising=False)
    assert import_cycles() == [["kiosk.a", "kiosk.b"]]


def long_functions() -> list[str]:
    found = []
    for path in sorted(KIOSK.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > LONGEST_FUNCTION:
                    found.append(f"{path.relative_to(KIOSK)}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_function_is_longer_than_forty_lines() -> None:
    assert long_functions() == []


def test_every_screen_has_a_view_file_and_a_controller_file() -> None:
    from kiosk.ui.screens.catalogue import Screens

    screens = KIOSK / "ui" / "screens"
    for name in Screens.__dataclass_fields__:
        assert (screens / f"{name}_view.py").is_file(), name
        assert (screens / f"{name}_controller.py").is_file(), name
