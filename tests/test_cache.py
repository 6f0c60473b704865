"""The parse cache: content-addressed, JSON only, validated on load, written atomically.

Every test points the cache at its own temporary folder (``LEXCHECK_CACHE_DIR``): the
user's real cache is never touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from lexcheck import cache
from lexcheck import model as m
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
    for off in ("1", "yes", "true", "on"):
        monkeypatch.setenv("LEXCHECK_NO_CACHE", off)
        assert cache.cache_dir() is None and cache.cache_dir(even_if_off=True) == tmp_path / "mine"
    for on in ("", "0", "false", "No", "off"):
        monkeypatch.setenv("LEXCHECK_NO_CACHE", on)
        assert cache.cache_dir() == tmp_path / "mine", on


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
    assert data["format"] == cache.FORMAT
    assert data["tables"]["Act"]["rows"] == 1
    assert _column(data, "Act", "id") == ["state-duty"]
    assert _column(data, "Provision", "ref") == ["9.1.?1", "9.1.2"]
    assert str(tmp_path) not in body, "entries carry no file names"
    assert not list(cache_dir.rglob("*.tmp")), "no temporary file is left behind"


def test_a_warm_load_keeps_which_fields_were_given(cache_dir, tmp_path):
    """``model_fields_set`` (what ``exclude_unset`` dumps) survives the cache, node by node."""
    law = _write(tmp_path / "law.lex")
    cold = load_act(law)
    warm = cache.load(LAW, str(law))

    def nodes(model):
        yield model
        for name in type(model).model_fields:
            value = getattr(model, name)
            for v in value if isinstance(value, tuple) else (value,):
                if isinstance(v, m.Node):
                    yield from nodes(v)

    pairs = list(zip(nodes(cold), nodes(warm), strict=True))
    assert len(pairs) > 10
    for c, w in pairs:
        assert type(c) is type(w) and c.model_fields_set == w.model_fields_set
    assert warm.model_dump(exclude_unset=True) == cold.model_dump(exclude_unset=True)


def test_a_warm_model_is_frozen_and_copies_apart(cache_dir, tmp_path):
    """Rows with one field mask share a set: a copy must not change its siblings."""
    law = _write(tmp_path / "law.lex")
    load_act(law)
    warm = cache.load(LAW, str(law))
    first, second = warm.articles[0].provisions
    with pytest.raises(Exception):
        first.summary = "changed"
    before = set(second.span.model_fields_set)
    copied = first.span.model_copy(update={"line": 99})
    assert copied.line == 99 and first.span.line != 99
    assert second.span.model_fields_set == before
    assert first.span.model_fields_set == before
    first.span.model_fields_set.discard("line")  # as parsing gives: each object its own set
    assert second.span.model_fields_set == before


def _rewrite(entry: Path, edit, *, fix_digest: bool = True) -> tuple[str, str]:
    """Edit an entry's body (and, like a careful forger, its digest); (old body, new body)."""
    head, _, body = entry.read_text(encoding="utf-8").partition("\n")
    changed = edit(body)
    header = json.loads(head)
    if fix_digest:
        header["sha256"] = hashlib.sha256(changed.encode()).hexdigest()
    entry.write_text(json.dumps(header) + "\n" + changed, encoding="utf-8")
    return body, changed


def _tamper(cache_dir: Path, edit, *, fix_digest: bool) -> None:
    (entry,) = _entries(cache_dir)
    _rewrite(entry, edit, fix_digest=fix_digest)


def _swap_json(body: str, change) -> str:
    data = json.loads(body)
    change(data)
    return json.dumps(data)


def _fields(table: str) -> list[str]:
    """The stored columns of a table: the model's fields (a span's file is not stored)."""
    return [f for f in getattr(m, table).model_fields if not (table == "Span" and f == "file")]


def _column(data, table: str, field: str) -> list:
    return data["tables"][table]["columns"][_fields(table).index(field)]


def _set_cell(table: str, field: str, value, row: int = 0):
    def change(d):
        _column(d, table, field)[row] = value
    return change


def _two_acts(d):
    t = d["tables"]["Act"]
    t["rows"] = 2
    t["set"] = t["set"] * 2
    t["columns"] = [c * 2 for c in t["columns"]]


BAD_ENTRIES = {
    "truncated": (lambda b: b[: len(b) // 2], False),
    "edited without the digest": (lambda b: b.replace("Alimony", "Planted"), False),
    "not json": (lambda b: "\x00garbage{", True),
    "a class that is not in the model": (
        lambda b: _swap_json(b, lambda d: d["tables"].update({"os.system": d["tables"]["Span"]})), True),
    "a table missing": (lambda b: _swap_json(b, lambda d: d["tables"].pop("Condition")), True),
    "a field the model does not have": (
        lambda b: _swap_json(b, lambda d: d["tables"]["Provision"]["columns"].append(["x", "y"])), True),
    "a required field missing": (
        lambda b: _swap_json(b, lambda d: d["tables"]["Provision"]["columns"].pop(0)), True),
    "a value of the wrong type": (lambda b: _swap_json(b, _set_cell("Provision", "summary", 42)), True),
    "a bool where a number belongs": (lambda b: _swap_json(b, _set_cell("Span", "line", True)), True),
    "a row number outside its table": (lambda b: _swap_json(b, _set_cell("Provision", "span", 10**6)), True),
    "no object where one is required": (lambda b: _swap_json(b, _set_cell("Provision", "clauses", [-1])), True),
    "a row number of another type": (lambda b: _swap_json(b, _set_cell("Provision", "span", "0")), True),
    "a wrong clause kind": (lambda b: _swap_json(b, _set_cell("Exemption", "kind", "right")), True),
    "a date that is not a date": (lambda b: _swap_json(b, _set_cell("Act", "adopted", "2001-02-30")), True),
    "an amount that is not a number": (lambda b: _swap_json(b, _set_cell("Amount", "value", "lots")), True),
    "an amount that is not finite": (lambda b: _swap_json(b, _set_cell("Amount", "value", "NaN")), True),
    "an amount written otherwise": (lambda b: _swap_json(b, _set_cell("Amount", "value", "7_00.50")), True),
    "a date written otherwise": (lambda b: _swap_json(b, _set_cell("Act", "adopted", "20011204")), True),
    "a required field not given": (
        lambda b: _swap_json(b, lambda d: d["tables"]["Provision"]["set"].__setitem__(0, 0)), True),
    "a column shorter than the table": (
        lambda b: _swap_json(b, lambda d: _column(d, "Provision", "summary").pop()), True),
    "a field mask out of range": (
        lambda b: _swap_json(b, lambda d: d["tables"]["Span"]["set"].__setitem__(0, 1 << 40)), True),
    "two acts": (lambda b: _swap_json(b, _two_acts), True),
    "another format": (lambda b: _swap_json(b, lambda d: d.update({"format": 1})), True),
    "not an act": (lambda b: json.dumps([1, 2, 3]), True),
    "deeply nested": (lambda b: "[" * 100_000 + "]" * 100_000, True),
}


@pytest.mark.parametrize("case", sorted(BAD_ENTRIES))
def test_a_corrupt_or_tampered_entry_is_ignored_and_the_file_parsed_again(cache_dir, tmp_path, case):
    edit, fix_digest = BAD_ENTRIES[case]
    law = _write(tmp_path / "law.lex")
    expected = load_act(law)
    assert cache.load(LAW, str(law)) == expected, "the untouched entry is good"
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


# ---- the tree cache: parse trees of packs, vocabularies, evidence and bills ---------------------
def _dump(node):
    """Everything about a tree a builder can read: rule, positions, children, tokens."""
    from lark import Token, Tree

    if isinstance(node, Token):
        return ("token", node.type, str(node), node.start_pos, node.line, node.column, node.end_line,
                node.end_column, node.end_pos)
    if isinstance(node, Tree):
        return ("tree", node.data, sorted(vars(node.meta).items()), [_dump(c) for c in node.children])
    assert node is None
    return None


def _tree_entries(folder: Path) -> list[Path]:
    return sorted((folder / "trees").rglob("*.json")) if (folder / "trees").exists() else []


@pytest.mark.parametrize("grammar", ["requirements", "vocabulary", "evidence", "amendment"])
def test_a_tree_read_from_the_cache_is_the_tree_lark_gives(cache_dir, grammar):
    from lexcheck.notation import parse_text, parser

    root = Path(__file__).resolve().parent.parent
    samples = [p for folder in ("legislation", "rules", "tests", "features")
               for p in sorted((root / folder).rglob(GRAMMAR_SAMPLES[grammar]))]
    stored = 0
    for path in samples:
        text = path.read_text(encoding="utf-8")
        try:
            fresh = parser(grammar).parse(text if text.endswith("\n") else text + "\n")
        except Exception:
            continue  # a sample of a syntax error
        cold = parse_text(text, str(path), grammar)
        warm = parse_text(text, str(path), grammar)
        assert warm is not cold, "the second read comes from the cache"
        assert _dump(warm) == _dump(cold) == _dump(fresh)
        stored += 1
    assert stored >= 1


def test_a_warm_run_builds_no_parser_and_gives_the_same_models(cache_dir):
    from lexcheck import notation
    from lexcheck.amendments import load_bills
    from lexcheck.api import load_workspace
    from lexcheck.resources import data_dir

    bills = sorted((data_dir("legislation") / "az" / "bills").glob("*.bill"))
    notation.parser.cache_clear()
    cold = load_workspace(), load_bills(bills)
    assert notation.parser.cache_info().misses > 0, "a cold run parses with Lark"
    notation.parser.cache_clear()
    warm = load_workspace(), load_bills(bills)
    assert notation.parser.cache_info().misses == 0, "a warm run reads every tree from the cache"
    assert warm == cold


def test_a_syntax_error_is_never_stored(cache_dir, tmp_path):
    from lexcheck.errors import LexcheckError
    from lexcheck.notation import parse_text

    for _ in range(2):
        with pytest.raises(LexcheckError) as err:
            parse_text('party x "y"\nparty\n', "bad.vocab", "vocabulary")
        assert err.value.position.line == 2
    assert _tree_entries(cache_dir) == []


VOCAB = 'party victim "a victim"\nparty child-victim "a child victim" under victim\n'

BAD_TREES = {
    "truncated": (lambda b: b[: len(b) // 2], False),
    "edited without the digest": (lambda b: b.replace("child-victim", "planted-term"), False),
    "a token of the wrong shape": (lambda b: b.replace('{"k":["TERM","victim"', '{"k":[["TERM"],"victim"', 1), True),
    "an object of no known kind": (lambda b: b.replace('{"t":', '{"__class__":"os.system","t":', 1), True),
    "a position that is not a number": (lambda b: b.replace('"line":1,', '"line":"1",', 1), True),
    "a position where a child belongs": (lambda b: b.replace('"c":[', '"c":[{"line":1},', 1), True),
    "not a tree": (lambda b: '{"k":["TERM","victim",0,1,1,1,1,1]}', True),
    "a token that is not the text it points at": (
        lambda b: b.replace('"child-victim"', '"planted-term"', 1), True),
    "a token pointing outside the text": (lambda b: re.sub(r'("child-victim",)\d+', r"\g<1>99999", b, count=1), True),
    "deeply nested": (lambda b: "[" * 100_000 + "]" * 100_000, True),
}


@pytest.mark.parametrize("case", sorted(BAD_TREES))
def test_a_corrupt_or_tampered_tree_is_ignored_and_the_text_parsed_again(cache_dir, case):
    from lexcheck.notation import parse_text

    edit, fix_digest = BAD_TREES[case]
    expected = _dump(parse_text(VOCAB, "v.vocab", "vocabulary"))
    (entry,) = _tree_entries(cache_dir)
    assert cache.load_tree(VOCAB, "vocabulary", "start") is not None, "the untouched entry is good"
    body, changed = _rewrite(entry, edit, fix_digest=fix_digest)
    assert changed != body, "the edit must change the entry"
    assert cache.load_tree(VOCAB, "vocabulary", "start") is None
    assert _dump(parse_text(VOCAB, "v.vocab", "vocabulary")) == expected
    assert cache.load_tree(VOCAB, "vocabulary", "start") is not None, "the entry is written again"


# ---- pruning: entries no run has read for a month go -------------------------------------------
def _age(path: Path, days: float) -> None:
    import time

    then = time.time() - days * 86400
    os.utime(path, (then, then))


def test_entries_unused_for_a_month_are_pruned_and_used_ones_kept(cache_dir, tmp_path):
    from lexcheck.notation import parse_text

    law = _write(tmp_path / "law.lex")
    load_act(law)
    parse_text(VOCAB, "v.vocab", "vocabulary")
    (act_entry,) = _entries(cache_dir)
    (tree_entry,) = _tree_entries(cache_dir)
    old_tmp = act_entry.with_name(f".{act_entry.stem[:16]}.x1y2z3.tmp")  # as a killed run leaves it
    old_tmp.write_text("half an entry")
    # files lexcheck did not write, in and around its folders: never touched
    strangers = [cache_dir / "trees" / "oak-survey.json", cache_dir / "grammars" / "english.json",
                 cache_dir / "trees" / "notes.tmp", cache_dir / "acts" / "my-folder" / ("0" * 64 + ".json"),
                 cache_dir / "mine.json"]
    for path in strangers:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
    for path in (act_entry, tree_entry, old_tmp, *strangers):
        _age(path, 40)
    assert cache.load(LAW, str(law)) is not None, "reading an entry marks it as used"
    assert cache.prune(cache_dir) == 2
    assert act_entry.exists(), "read today: kept"
    assert not tree_entry.exists() and not old_tmp.exists()
    assert all(path.exists() for path in strangers)
    assert cache.prune(cache_dir, older_than=dt.timedelta(0), now=os.path.getmtime(act_entry) + 1) == 1
    assert not act_entry.exists()


def test_pruning_runs_at_most_once_a_day_when_a_run_writes(cache_dir, tmp_path):
    load_act(_write(tmp_path / "a.lex"))  # the first write prunes and leaves the marker
    marker = cache_dir / ".last-pruned"
    assert marker.exists()
    (first,) = _entries(cache_dir)
    _age(first, 40)
    load_act(_write(tmp_path / "b.lex", LAW.replace("Law on State Duty", "Another law")))
    assert first.exists(), "pruned less than a day ago: not again"
    _age(marker, 2)
    load_act(_write(tmp_path / "c.lex", LAW.replace("Law on State Duty", "A third law")))
    assert not first.exists(), "a day later, the next write prunes the unused entry"
    assert len(_entries(cache_dir)) == 2


def test_an_entry_that_cannot_be_marked_as_used_is_still_read(cache_dir, tmp_path, monkeypatch):
    """A read-only cache (say, one shared by CI) is read; marking an entry used is best effort."""
    law = _write(tmp_path / "law.lex")
    expected = load_act(law)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "utime", refuse)
    assert cache.load(LAW, str(law)) == expected


def test_a_named_pipe_at_an_entry_path_is_not_read(cache_dir, tmp_path):
    """A read would block for ever on a FIFO; the entry is simply not used."""
    import threading

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")  # pragma: no cover
    law = _write(tmp_path / "law.lex")
    expected = load_act(law)
    (entry,) = _entries(cache_dir)
    entry.unlink()
    os.mkfifo(entry)
    got = []
    reader = threading.Thread(target=lambda: got.append(cache.load(LAW, str(law))), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "loading blocked on the pipe"
    assert got == [None]
    entry.unlink()
    assert load_act(law) == expected


def test_text_no_file_can_hold_is_parsed_and_not_stored(cache_dir):
    """A lone surrogate can reach the parsers through the API (files are strict UTF-8)."""
    from lexcheck.vocabulary import parse_vocabulary

    vocab = parse_vocabulary('party victim "a victim \udc80"\n', "v.vocab")
    assert vocab.terms["victim"].label == "a victim \udc80"
    assert _tree_entries(cache_dir) == []


def test_pruning_survives_a_folder_it_cannot_walk(cache_dir, tmp_path):
    deep = cache_dir / "acts" / "ab" / ("d/" * 500)  # pruning lists only the two levels it writes
    deep.mkdir(parents=True)
    (cache_dir / "trees").mkdir()
    (cache_dir / "trees" / "ab").write_text("a file where a folder belongs")
    assert cache.prune(cache_dir) == 0
    assert load_act(_write(tmp_path / "law.lex")).id == "state-duty"


def _first_subtree(node: dict) -> dict:
    """The first rule node below the root of a stored tree."""
    return next(c for c in node["c"] if isinstance(c, dict) and "t" in c)


TREE_SURGERY = {
    "children dropped": lambda d: _first_subtree(d).update({"c": []}),
    "a token where a rule was": lambda d: d["c"].__setitem__(0, _first_subtree(d)["c"][1]),
    "a rule renamed": lambda d: _first_subtree(d).update({"t": "bill"}),
    "children in another order": lambda d: _first_subtree(d)["c"].reverse(),
}


@pytest.mark.parametrize("case", sorted(TREE_SURGERY))
def test_a_tree_altered_in_shape_is_set_aside_and_the_text_parsed_again(cache_dir, case):
    """The cache keeps a tree's shape, not the grammar's rules: a tree of the right shape the
    builders cannot read (an edited entry) must not become an error, let alone a crash."""
    from lexcheck.vocabulary import parse_vocabulary

    expected = parse_vocabulary(VOCAB, "v.vocab").terms
    (entry,) = _tree_entries(cache_dir)
    _rewrite(entry, lambda b: _swap_json(b, TREE_SURGERY[case]))
    assert cache.load_tree(VOCAB, "vocabulary", "start") is not None, "the shape alone passes"
    into = parse_vocabulary('party person "a person"\n', "base.vocab")
    got = parse_vocabulary(VOCAB, "v.vocab", into)
    assert got is into and list(got.terms) == ["person", *expected]
    assert [(t.id, t.kind, t.parents, t.span) for t in got.terms.values()][1:] == \
        [(t.id, t.kind, t.parents, t.span) for t in expected.values()]
    from lexcheck.notation import parse_text

    again = cache.load_tree(VOCAB, "vocabulary", "start")
    assert again is not None, "the entry is written again"
    assert _dump(again) == _dump(parse_text(VOCAB, "v.vocab", "vocabulary", cached=False)), "and good"


def test_a_bill_from_an_altered_tree_is_read_afresh(cache_dir):
    from lexcheck.amendments import load_bill
    from lexcheck.resources import data_dir

    path = sorted((data_dir("legislation") / "az" / "bills").glob("*.bill"))[0]
    expected = load_bill(path)
    (entry,) = _tree_entries(cache_dir)
    _rewrite(entry, lambda b: _swap_json(b, TREE_SURGERY["children dropped"]))
    assert load_bill(path) == expected


# ---- lexcheck cache: see, clear, prune ---------------------------------------------------------
def test_the_cache_command_shows_clears_and_prunes(cache_dir):
    from click.testing import CliRunner

    from lexcheck.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["check", "--fail-on", "never"]).exit_code == 0
    shown = runner.invoke(main, ["cache"])
    assert shown.exit_code == 0, shown.output
    assert f"parse cache: {cache_dir}" in shown.output
    counts = {line.split()[0]: int(line.split()[1]) for line in shown.output.splitlines()[1:]}
    from lexcheck.resources import default_corpus

    acts = len(list(default_corpus().glob("*.lex")))
    assert counts["acts"] == acts, "one entry per act of the built-in corpus"
    assert counts["trees"] >= 4, "the pack's files and the vocabulary"
    stranger = cache_dir / "acts" / "notes.json"
    stranger.write_text("mine")
    one = _entries(cache_dir)[0]
    _age(one, 40)
    pruned = runner.invoke(main, ["cache", "--prune"])
    assert pruned.exit_code == 0 and "removed 1 entry" in pruned.output
    cleared = runner.invoke(main, ["cache", "--clear"])
    assert cleared.exit_code == 0 and "removed" in cleared.output
    after = runner.invoke(main, ["cache"]).output
    assert all(int(line.split()[1]) == 0 for line in after.splitlines()[1:]), after
    assert stranger.read_text() == "mine", "only lexcheck's own files are removed"
    both = runner.invoke(main, ["cache", "--clear", "--prune"])
    assert both.exit_code == 2 and "not both" in both.output


def test_the_cache_command_when_the_cache_is_off(cache_dir, tmp_path, monkeypatch):
    """Runs leave the cache alone; the command still shows and empties the folder."""
    from click.testing import CliRunner

    from lexcheck.cli import main

    load_act(_write(tmp_path / "law.lex"))
    monkeypatch.setenv("LEXCHECK_NO_CACHE", "1")
    runner = CliRunner()
    shown = runner.invoke(main, ["cache"])
    assert shown.exit_code == 0 and "the parse cache is off" in shown.stderr
    assert f"parse cache: {cache_dir}" in shown.stdout
    assert shown.stdout.splitlines()[1].split()[:3] == ["acts", "1", "entry"]
    cleared = runner.invoke(main, ["cache", "--clear"])
    assert cleared.exit_code == 0 and "removed 1 entry" in cleared.stdout
    assert _entries(cache_dir) == []
    both = runner.invoke(main, ["cache", "--clear", "--prune"])
    assert both.exit_code == 2, "a usage error is one whether the cache is on or off"
