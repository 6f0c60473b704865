"""The parse cache: content-addressed, JSON only, validated on load, written atomically.

Every test points the cache at its own temporary folder (``LEXCHECK_CACHE_DIR``): the
user's real cache is never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from lexcheck import cache
from lexcheck.legislation import load_act, load_corpus, parse_act
from lexcheck.resources import default_corpus

LAW = """\
act state-duty "Law on State Duty"
  jurisdiction az
  adopted 2001-12-04 number "223-IIQ"
  encoded excerpt

article 9 "Exemptions" complete
  source "official gazette" dated 2001-12-04
  provision 9.1.?1 "Alimony claimants are exempt."
    unverified "sub-item number not verified"
    exempts alimony-claimant from state-duty in alimony-claim
  provision 9.1.2 "Victims of crime claiming compensation are exempt."
    in-force from 2010-01-01
    exempts victim-of-crime from state-duty in compensation-claim when court-decision
    amount one-off-payment-amount 700.50 AZN for victim-of-trafficking
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("LEXCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("LEXCHECK_NO_CACHE", raising=False)
    return folder


def _entries(folder: Path) -> list[Path]:
    """The cached acts (parsers are cached beside them, under grammars/)."""
    return sorted((folder / "acts").rglob("*.json")) if (folder / "acts").exists() else []


def _write(path: Path, text: str = LAW) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_warm_load_gives_the_model_parsing_gives(cache_dir, tmp_path):
    law = _write(tmp_path / "law" / "state-duty.lex")
    cold = load_act(law)
    assert len(_entries(cache_dir)) == 1
    warm = cache.load(LAW, str(law))
    assert warm is not None, "the entry just written must be read back"
    assert warm == cold == parse_act(LAW, str(law))
    assert warm.model_dump() == cold.model_dump()
    assert load_act(law) == cold


def test_spans_name_the_file_the_text_was_loaded_from(cache_dir, tmp_path):
    first = _write(tmp_path / "a" / "x.lex")
    second = _write(tmp_path / "b" / "y.lex")
    load_act(first)
    again = load_act(second)  # same content: served from the cache
    assert len(_entries(cache_dir)) == 1
    spans = [again.span, again.articles[0].span, *(p.span for p in again.articles[0].provisions),
             *(c.span for p in again.articles[0].provisions for c in p.clauses)]
    assert spans and all(s.file == str(second) for s in spans)
    assert again == parse_act(LAW, str(second))


def test_the_key_depends_on_the_content(cache_dir, tmp_path):
    law = _write(tmp_path / "law.lex")
    load_act(law)
    changed = LAW.replace("Alimony claimants are exempt.", "Alimony claimants pay nothing.")
    _write(law, changed)
    act = load_act(law)
    assert act.articles[0].provisions[0].summary == "Alimony claimants pay nothing."
    assert len(_entries(cache_dir)) == 2
    assert cache.key(LAW) != cache.key(changed)


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LEXCHECK_CACHE_DIR", str(folder))
    monkeypatch.setenv("LEXCHECK_NO_CACHE", "1")
    assert cache.cache_dir() is None
    load_act(_write(tmp_path / "law.lex"))
    assert not folder.exists()


def test_where_the_cache_lives(tmp_path, monkeypatch):
    monkeypatch.delenv("LEXCHECK_NO_CACHE", raising=False)
    monkeypatch.delenv("LEXCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "lexcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "lexcheck"
    monkeypatch.setenv("LEXCHECK_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("LEXCHECK_NO_CACHE", "0")
    assert cache.cache_dir() == tmp_path / "mine"


def test_an_entry_is_json_with_a_header_never_pickle(cache_dir, tmp_path):
    law = _write(tmp_path / "law.lex")
    load_act(law)
    (entry,) = _entries(cache_dir)
    raw = entry.read_bytes()
    assert not raw.startswith(b"\x80"), "a pickle starts with the PROTO opcode"
    head, _, body = raw.decode("utf-8").partition("\n")
    header = json.loads(head)
    assert header["key"] == cache.key(LAW) == entry.stem
    assert header["sha256"] == hashlib.sha256(body.encode()).hexdigest()
    data = json.loads(body)
    assert data["$"] == "Act" and data["id"] == "state-duty"
    assert str(tmp_path) not in body, "entries carry no file names"
    assert not list(cache_dir.rglob("*.tmp")), "no temporary file is left behind"


def _tamper(cache_dir: Path, edit, *, fix_digest: bool) -> None:
    (entry,) = _entries(cache_dir)
    head, _, body = entry.read_text(encoding="utf-8").partition("\n")
    body = edit(body)
    header = json.loads(head)
    if fix_digest:
        header["sha256"] = hashlib.sha256(body.encode()).hexdigest()
    entry.write_text(json.dumps(header) + "\n" + body, encoding="utf-8")


def _swap_json(body: str, change) -> str:
    data = json.loads(body)
    change(data)
    return json.dumps(data)


def _first_provision(data):
    return data["articles"][0]["provisions"][0]


BAD_ENTRIES = {
    "truncated": (lambda b: b[: len(b) // 2], False),
    "edited without the digest": (lambda b: b.replace("Alimony", "Planted"), False),
    "not json": (lambda b: "\x00garbage{", True),
    "a class that is not in the model": (
        lambda b: _swap_json(b, lambda d: _first_provision(d).update({"$": "os.system"})), True),
    "a field the model does not have": (
        lambda b: _swap_json(b, lambda d: _first_provision(d).update({"__class__": "x"})), True),
    "a value of the wrong type": (
        lambda b: _swap_json(b, lambda d: _first_provision(d).update({"summary": 42})), True),
    "a clause where a source belongs": (
        lambda b: _swap_json(b, lambda d: d["articles"][0].update(
            {"sources": [_first_provision(d)["clauses"][0]]})), True),
    "a wrong clause kind": (
        lambda b: _swap_json(b, lambda d: _first_provision(d)["clauses"][0].update({"kind": "right"})), True),
    "a required field missing": (
        lambda b: _swap_json(b, lambda d: _first_provision(d).pop("ref")), True),
    "a date that is not a date": (
        lambda b: _swap_json(b, lambda d: d.update({"adopted": {"$date": "2001-02-30"}})), True),
    "not an act": (lambda b: json.dumps([1, 2, 3]), True),
    "deeply nested": (lambda b: "[" * 100_000 + "]" * 100_000, True),
}


@pytest.mark.parametrize("case", sorted(BAD_ENTRIES))
def test_a_corrupt_or_tampered_entry_is_ignored_and_the_file_parsed_again(cache_dir, tmp_path, case):
    edit, fix_digest = BAD_ENTRIES[case]
    law = _write(tmp_path / "law.lex")
    expected = load_act(law)
    _tamper(cache_dir, edit, fix_digest=fix_digest)
    assert cache.load(LAW, str(law)) is None
    assert load_act(law) == expected
    # and the entry is rewritten, good again
    assert cache.load(LAW, str(law)) == expected


def test_an_entry_under_another_key_is_not_used(cache_dir, tmp_path):
    law = _write(tmp_path / "law.lex")
    load_act(law)
    other = LAW.replace("Law on State Duty", "Another law")
    (entry,) = _entries(cache_dir)
    target = cache.entry_path(cache_dir, cache.key(other))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(entry, target)  # a planted entry, valid, but recorded for another text
    assert cache.load(other, "x.lex") is None
    assert parse_act(other, "x.lex").title == "Another law"


def test_a_cache_path_that_is_a_file_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    monkeypatch.setenv("LEXCHECK_CACHE_DIR", str(blocker))
    assert load_act(_write(tmp_path / "law.lex")).id == "state-duty"
    assert blocker.read_text() == "not a folder"


def test_the_azerbaijan_corpus_loads_the_same_cold_and_warm(cache_dir):
    cold = load_corpus(default_corpus())
    assert len(_entries(cache_dir)) == len(cold.acts)
    warm = load_corpus(default_corpus())
    assert warm == cold
    assert [a.model_dump() for a in warm.acts] == [a.model_dump() for a in cold.acts]


def test_errors_are_never_cached(cache_dir, tmp_path):
    from lexcheck.errors import LexcheckError

    bad = _write(tmp_path / "bad.lex", LAW.replace("article 9", "artcle 9"))
    for _ in range(2):
        with pytest.raises(LexcheckError) as err:
            load_act(bad)
        assert err.value.position.line == 6
    assert _entries(cache_dir) == []


# ---- the grammar cache: a built parser stored as JSON -----------------------------------------
GRAMMAR_SAMPLES = {"legislation": "*.lex", "requirements": "*.req", "vocabulary": "*.vocab",
                   "evidence": "*.evidence", "amendment": "*.bill"}


@pytest.mark.parametrize("grammar", sorted(GRAMMAR_SAMPLES))
def test_a_parser_read_from_the_cache_parses_like_a_fresh_one(cache_dir, grammar):
    from lark import Lark
    from lark.exceptions import UnexpectedInput

    from lexcheck.notation import _PARSER_OPTIONS, grammar_path

    fresh = Lark.open(str(grammar_path(f"{grammar}.lark")), start="start", **_PARSER_OPTIONS)
    cache.store_parser(grammar, "start", _PARSER_OPTIONS, fresh)
    (entry,) = (cache_dir / "grammars").glob("*.json")
    assert not entry.read_bytes().startswith(b"\x80")
    cached = cache.load_parser(grammar, "start", _PARSER_OPTIONS)
    assert cached is not None and cached is not fresh
    root = Path(__file__).resolve().parent.parent
    samples = [p for folder in ("legislation", "rules", "tests") for p in sorted((root / folder).rglob(
        GRAMMAR_SAMPLES[grammar]))]
    assert samples
    for path in samples:
        text = path.read_text(encoding="utf-8", errors="replace") + "\n"
        try:
            expected = fresh.parse(text)
        except UnexpectedInput as exc:
            with pytest.raises(UnexpectedInput) as got:
                cached.parse(text)
            assert (got.value.line, got.value.column, type(got.value)) == (exc.line, exc.column, type(exc))
            continue
        tree = cached.parse(text)
        assert tree == expected
        spans = [(t.meta.line, t.meta.column, t.meta.end_line, t.meta.end_column)
                 for t in tree.iter_subtrees() if not t.meta.empty]
        assert spans == [(t.meta.line, t.meta.column, t.meta.end_line, t.meta.end_column)
                         for t in expected.iter_subtrees() if not t.meta.empty]


def test_a_tampered_grammar_entry_is_ignored(cache_dir):
    from lexcheck.notation import _PARSER_OPTIONS, parser

    fresh = parser.__wrapped__("vocabulary")
    cache.store_parser("vocabulary", "start", _PARSER_OPTIONS, fresh)
    (entry,) = (cache_dir / "grammars").glob("*.json")
    head, _, body = entry.read_text().partition("\n")
    entry.write_text(head + "\n" + body[:len(body) // 2] + "x" + body[len(body) // 2 + 1:])
    assert cache.load_parser("vocabulary", "start", _PARSER_OPTIONS) is None
    header = json.loads(head)
    planted = '{"data": {"$m": [[{"$k": ["A", "b"]}, 1]]}, "memo": "os.system"}'
    header["sha256"] = hashlib.sha256(planted.encode()).hexdigest()
    entry.write_text(json.dumps(header) + "\n" + planted)
    assert cache.load_parser("vocabulary", "start", _PARSER_OPTIONS) is None
    rebuilt = parser.__wrapped__("vocabulary")  # builds from the grammar, rewrites the entry
    assert rebuilt.parse('party x "y"\n') == fresh.parse('party x "y"\n')
    assert cache.load_parser("vocabulary", "start", _PARSER_OPTIONS) is not None
