"""Progress on stderr: shown only on a terminal (or when forced), only after the delay.

No test here times anything: the clock is a list of readings the test hands out.
"""

from __future__ import annotations

import io
import json

import pytest

from lexcheck import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self, *readings: float):
        self.readings = list(readings)

    def __call__(self) -> float:
        return self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]


@pytest.fixture(autouse=True)
def _no_forcing(monkeypatch):
    monkeypatch.delenv("LEXCHECK_PROGRESS", raising=False)
    monkeypatch.setenv("TERM", "xterm")


def test_off_when_stderr_is_not_a_terminal():
    assert progress.wanted(io.StringIO()) is False
    assert progress.wanted(None) is False


def test_on_when_stderr_is_a_terminal(monkeypatch):
    assert progress.wanted(Terminal()) is True
    monkeypatch.setenv("TERM", "dumb")
    assert progress.wanted(Terminal()) is False


@pytest.mark.parametrize("value,stream,expected", [("1", io.StringIO(), True), ("on", io.StringIO(), True),
                                                   ("0", Terminal(), False), ("off", Terminal(), False)])
def test_lexcheck_progress_forces_it_on_or_off(monkeypatch, value, stream, expected):
    monkeypatch.setenv("LEXCHECK_PROGRESS", value)
    assert progress.wanted(stream) is expected


def test_nothing_is_drawn_before_the_delay():
    out = Terminal()
    with progress.reporting(out, clock=Clock(0.0, 0.2, 0.5, 0.9)):
        with progress.bar("loading acts", 3) as b:
            for _ in range(3):
                b.tick()
    assert out.getvalue() == ""


def test_after_the_delay_the_count_is_drawn_in_place_and_erased_at_the_end():
    out = Terminal()
    with progress.reporting(out, clock=Clock(0.0, 1.5, 1.55, 1.7, 3.0)):
        with progress.bar("loading acts", 4) as b:
            for _ in b.each(range(4)):
                pass
    text = out.getvalue()
    # 1.5 s: drawn; 1.55 s: too soon after the last draw; 1.7 s and the last step: drawn
    assert text.split("\r")[1:4] == ["lexcheck: loading acts 1/4", "lexcheck: loading acts 3/4",
                                     "lexcheck: loading acts 4/4"]
    assert text.endswith("\r" + " " * len("lexcheck: loading acts 4/4") + "\r")


def test_not_a_terminal_means_nothing_even_for_a_long_run():
    out = io.StringIO()
    with progress.reporting(out, clock=Clock(0.0, 5.0, 10.0)):
        with progress.bar("checking acts", 2) as b:
            b.tick()
            b.tick()
    assert out.getvalue() == ""


def test_outside_a_command_the_library_draws_nothing(capsys):
    with progress.bar("loading acts", 2) as b:
        b.tick(2)
    assert capsys.readouterr().err == ""


def test_the_cli_shows_progress_while_loading_a_corpus_when_forced(monkeypatch, tmp_path):
    """The wiring: a real command, forced on, with a clock that has already passed the delay."""
    from click.testing import CliRunner

    from lexcheck.cli import main

    monkeypatch.setenv("LEXCHECK_PROGRESS", "1")
    monkeypatch.setattr(progress, "DELAY", -1.0)
    result = CliRunner().invoke(main, ["check", "--fail-on", "never", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "\rlexcheck: loading acts " in result.stderr and "\rlexcheck: checking acts " in result.stderr
    assert json.loads(result.stdout)["findings"], "the report itself is untouched"
