"""lexcheck: check a country's legislation against a monitoring body's recommendations.

Pipeline: notation text → model (:mod:`lexcheck.legislation`) → facts → engine
(:mod:`lexcheck.engine`, durable-rules) → findings (:mod:`lexcheck.checking`) →
reports. The Python API for the CLI, the Gherkin steps and the benchmarks is
:func:`lexcheck.check` (see :mod:`lexcheck.api`).
"""

__version__ = "0.1.0"

__all__ = ["__version__", "check", "load_workspace", "Workspace"]


def __getattr__(name: str):
    """``lexcheck.check`` and friends, imported on first use: ``lexcheck --help`` (and any
    import of a light submodule) does not pay for pydantic, Lark and the engine."""
    if name in ("check", "load_workspace", "Workspace"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'lexcheck' has no attribute '{name}'")
