"""lexcheck: check a country's legislation against a monitoring body's recommendations.

Pipeline: notation text → model (:mod:`lexcheck.legislation`) → facts → engine
(:mod:`lexcheck.engine`, durable-rules) → findings (:mod:`lexcheck.checking`) →
reports. The Python API for the CLI, the Gherkin steps and the benchmarks is
:func:`lexcheck.check` (see :mod:`lexcheck.api`).
"""

__version__ = "0.1.0"

from .api import Workspace, check, load_workspace  # noqa: E402

__all__ = ["__version__", "check", "load_workspace", "Workspace"]
