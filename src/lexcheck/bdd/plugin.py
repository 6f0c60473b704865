"""The pytest plugin (entry point ``pytest11``): lexcheck's Gherkin steps, tags and messages.

* registers every step of :mod:`lexcheck.bdd.steps` for all test modules;
* a tag that is a requirement id (``@A.2``, ``@A.2.3``, ``@B``) or a lexcheck workflow
  tag (``@baseline``, ``@bill``, ``@dates``, ``@evidence``, ``@bad-input``) is registered as a marker,
  so ``pytest -m A.2`` runs one item's scenarios, even with ``--strict-markers``;
* an unknown or misspelt step fails with the closest steps of the glossary;
* with ``lexcheck_features = true`` in the pytest configuration (or
  ``--lexcheck-features``), ``.feature`` files are collected directly: a repository of
  legal staff then needs no Python file at all;
* without it, ``.feature`` files pytest walked past and no test module bound (with
  ``pytest_bdd.scenarios``) are named in the terminal summary, with how to turn
  collection on: scenarios that silently do not run would look like a green run.
"""

from __future__ import annotations

import re
import types

import pytest

try:  # lexcheck installed without pytest-bdd: the plugin stays silent instead of breaking pytest
    import pytest_bdd  # noqa: F401
except ImportError:  # pragma: no cover - depends on the environment
    AVAILABLE = False
else:
    AVAILABLE = True
    from .glossary import closest_steps
    from .steps import *  # noqa: F401,F403  (the step definitions are fixtures of this plugin)
    from .steps import CURRENT_SCENARIO, CURRENT_STEP

UNCOLLECTED = pytest.StashKey[list]()
REQUIREMENT_TAG = re.compile(r"^[A-Z](?:\.\d+)*$")
WORKFLOW_TAGS = {
    "baseline": "scenarios about the law as it stands (lexcheck)",
    "bill": "scenarios that test a draft bill (lexcheck)",
    "dates": "scenarios about the law on a given date (lexcheck)",
    "bad-input": "scenarios about input lexcheck rejects (lexcheck)",
    "evidence": "scenarios with evidence records of practice (lexcheck)",
}


class _TagRegistrar:
    """Registers requirement-id tags as markers of one pytest run (``--strict-markers`` safe)."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.known: set[str] = set()

    @pytest.hookimpl(tryfirst=True, optionalhook=True)
    def pytest_bdd_apply_tag(self, tag: str, function):
        if REQUIREMENT_TAG.match(tag) and tag not in self.known:
            self.known.add(tag)
            self.config.addinivalue_line("markers", f"{tag}: scenarios about requirement {tag} (lexcheck)")
        return None  # pytest-bdd's own implementation applies the marker


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("lexcheck_features", type="bool", default=False,
                  help="lexcheck: collect .feature files as tests (no Python binding module needed)")
    parser.getgroup("lexcheck").addoption(
        "--lexcheck-features", action="store_true", default=False,
        help="lexcheck: collect .feature files as tests (like the ini option lexcheck_features = true)")


class FeatureFile(pytest.Module):
    """A ``.feature`` file collected as a test module whose tests are its scenarios."""

    def _getobj(self):
        from pytest_bdd import scenarios

        module = types.ModuleType(f"lexcheck_feature_{abs(hash(str(self.path)))}")
        module.__file__ = str(self.path)
        code = compile("_bind(__file__, features_base_dir=_base)", str(self.path), "exec")
        exec(code, {**module.__dict__, "_bind": scenarios, "_base": str(self.path.parent)}, module.__dict__)
        return module


def pytest_collect_file(file_path, parent):
    if file_path.suffix != ".feature" or not AVAILABLE:
        return None
    config = parent.config
    if config.getoption("lexcheck_features", False) or config.getini("lexcheck_features"):
        return FeatureFile.from_parent(parent, path=file_path)
    config.stash.setdefault(UNCOLLECTED, []).append(file_path)
    return None


def _bound_features(items) -> set[str] | None:
    """The feature files the collected pytest-bdd scenarios come from (None: unknown)."""
    try:
        from pytest_bdd.scenario import scenario_wrapper_template_registry as registry
    except ImportError:  # pragma: no cover - another pytest-bdd layout: say nothing rather than guess
        return None
    bound = set()
    for item in items:
        template = registry.get(getattr(item, "obj", None))
        if template is not None:
            bound.add(str(template.feature.filename))
    return bound


def pytest_collection_modifyitems(session, config, items) -> None:
    walked = config.stash.get(UNCOLLECTED, [])
    if not walked:
        return
    bound = _bound_features(items)
    if bound is None:
        config.stash[UNCOLLECTED] = []
        return
    config.stash[UNCOLLECTED] = [p for p in walked if str(p) not in bound]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    missed = config.stash.get(UNCOLLECTED, []) if AVAILABLE else []
    if not missed:
        return
    root = config.rootpath
    names = [str(p.relative_to(root)) if p.is_relative_to(root) else str(p) for p in missed]
    n = len(names)
    tr = terminalreporter
    tr.write_sep("=", "lexcheck: Gherkin scenarios not run", yellow=True)
    tr.write_line(f"{n} .feature file{'' if n == 1 else 's'} {'was' if n == 1 else 'were'} not collected, "
                  f"so {'its' if n == 1 else 'their'} scenarios did not run: {', '.join(names[:5])}"
                  + (f" and {n - 5} more" if n > 5 else ""))
    tr.write_line("To run them, add 'lexcheck_features = true' under [pytest] in pytest.ini (or "
                  "[tool.pytest.ini_options] in pyproject.toml), or pass --lexcheck-features, or bind them "
                  "in a test module with pytest_bdd.scenarios(...).")


def pytest_configure(config: pytest.Config) -> None:
    if not AVAILABLE:  # pragma: no cover
        return
    for tag, text in WORKFLOW_TAGS.items():
        config.addinivalue_line("markers", f"{tag}: {text}")
    config.pluginmanager.register(_TagRegistrar(config), "lexcheck-tags")


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_before_scenario(request, feature, scenario) -> None:
    request.node.stash[CURRENT_SCENARIO] = scenario


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_before_step(request, feature, scenario, step, step_func) -> None:
    request.node.stash[CURRENT_STEP] = step


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception) -> None:
    """Say which known steps come closest to a step that is not in the glossary."""
    text = f"{step.keyword.strip()} {step.name}"
    close = closest_steps(step.type, step.name)
    lines = [f"lexcheck does not know the step '{text}' "
             f"(line {step.line_number} of {feature.filename})."]
    if close:
        lines.append("The closest steps in the lexcheck glossary are:")
        lines += [f"    {c}" for c in close]
    lines.append("All steps: run 'lexcheck steps' or read docs/steps.md.")
    exception.args = ("\n".join(lines),)
