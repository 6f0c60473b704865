"""Shared fixtures for the test suite (the Gherkin step library is a pytest plugin)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session", autouse=True)
def _private_parse_cache(tmp_path_factory):
    """Tests never read or write the user's parse cache: each session gets its own."""
    import os

    saved = {k: os.environ.get(k) for k in ("LEXCHECK_CACHE_DIR", "LEXCHECK_NO_CACHE")}
    os.environ["LEXCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("lexcheck-cache"))
    os.environ.pop("LEXCHECK_NO_CACHE", None)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
