"""Import contracts (read from the source with ``ast``, not by importing):

* only ``src/lexcheck/engine.py`` imports ``durable``;
* nothing under ``src/lexcheck`` outside ``cli/`` imports the CLI;
* the engine imports no report module (nor results, nor output).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "lexcheck"


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports resolved against the package."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[:-1]  # the package a relative import starts from (for __init__.py too)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            found.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module":
            found.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_helper_resolves_relative_imports():
    assert "lexcheck.engine" in imports(PACKAGE / "checking.py")
    assert "durable.engine" in imports(PACKAGE / "engine.py")


def test_only_the_engine_imports_durable():
    users = [p.relative_to(PACKAGE).as_posix() for p in MODULES
             if any(name == "durable" or name.startswith("durable.") or name.startswith("durable_rules")
                    for name in imports(p))]
    assert users == ["engine.py"]


def test_nothing_outside_the_cli_imports_the_cli():
    """Only ``__main__`` (``python -m lexcheck``, the command line itself) may."""
    offenders = [p.relative_to(PACKAGE).as_posix() for p in MODULES
                 if "cli" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"
                 and any(name == "lexcheck.cli" or name.startswith("lexcheck.cli.") for name in imports(p))]
    assert offenders == []


def test_the_engine_imports_no_report_module():
    names = imports(PACKAGE / "engine.py")
    assert not [n for n in names if n.startswith(("lexcheck.reports", "lexcheck.results", "lexcheck.output",
                                                  "lexcheck.explain", "lexcheck.cli"))]
