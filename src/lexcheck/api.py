"""The Python API: paths or models → a loaded :class:`Workspace` → :class:`Report` (or,
with draft bills, a :class:`~lexcheck.results.Delta`).

The CLI, the Gherkin steps and the benchmarks all go through here::

    from lexcheck.api import check, diff, load_workspace
    report = check()                               # built-in Azerbaijan corpus, CP/Rec(2023)03
    report = check("legislation/az", "rules/cp-rec-2023-03", as_of=date(2024, 2, 1))
    report.finding("A.2.3").status                 # 'gap'
    delta = diff(["@builtin/legislation/az/bills/01-state-duty-exemption.bill"])
    delta.change("A.2.3").change                   # 'closed'

Paths may name shipped data as ``@builtin/…`` (see :func:`lexcheck.resources.builtin`).
User errors raise :class:`lexcheck.errors.LexcheckError` (``.render()`` gives the message
with file:line:col and a caret). The README's "Python API" section is run by the tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import model as m
from .checking import run_check
from .legislation import check_terms, corpus_files, load_corpus
from .requirements import (EvidenceRecord, RequirementPack, check_scopes, evidence_files, load_evidence,
                           load_pack)
from .resources import builtin, default_corpus, default_rules, display_path
from .receipts import InputFile, Source, input_files, make_receipt
from .results import Delta, Report
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Workspace:
    """A corpus, a rule pack with its vocabulary, and evidence records, all checked."""

    corpus: m.Corpus
    pack: RequirementPack
    vocabulary: Vocabulary
    corpus_path: Path
    rules_path: Path
    evidence: tuple[EvidenceRecord, ...] = ()
    amendments: tuple[dict, ...] = field(default=())
    inputs: tuple[InputFile, ...] = ()  # the files loaded, with their digests (for the receipt)

    def with_corpus(self, corpus: m.Corpus, amendments: tuple[dict, ...] = ()) -> "Workspace":
        """The same workspace over another (e.g. consolidated) corpus; terms checked."""
        check_terms(corpus, self.vocabulary)
        check_scopes(self.pack, corpus)
        return replace(self, corpus=corpus, amendments=amendments)

    def corpus_info(self) -> dict:
        jurisdictions = sorted({a.jurisdiction for a in self.corpus.acts})
        return {
            "path": display_path(self.corpus_path),
            "jurisdiction": ", ".join(jurisdictions),
            "acts": [{"id": a.id, "title": a.title, "coverage": a.coverage,
                      "file": display_path(a.span.file) if a.span else ""} for a in self.corpus.acts],
            "provisions": self.corpus.provision_count,
        }

    def ruleset_info(self) -> dict:
        p = self.pack
        return {"id": p.id, "title": p.title, "citation": p.citation, "body": p.body,
                "adopted": p.adopted.isoformat() if p.adopted else None,
                "path": display_path(self.rules_path), "requirements": len(p.requirements)}

    def check(self, as_of: dt.date | None = None, extra_inputs: Sequence[InputFile] = ()) -> Report:
        """The report of the check on ``as_of``, with its receipt (the workspace's input
        files and ``extra_inputs``, e.g. the bills a consolidated corpus comes from)."""
        report = run_check(self.corpus, self.pack, self.vocabulary, as_of=as_of, evidence=self.evidence,
                           corpus_info=self.corpus_info(), ruleset_info=self.ruleset_info(),
                           amendments=self.amendments)
        receipt = make_receipt([*self.inputs, *extra_inputs], report.as_of)
        return report.model_copy(update={"receipt": receipt})


def load_workspace(corpus: Path | str | m.Corpus | None = None, rules: Path | str | None = None,
                   evidence: Sequence[Path | str] | Iterable[EvidenceRecord] = ()) -> Workspace:
    """Load and cross-check a corpus folder, a rule pack folder and evidence files.

    Any path may name shipped data as ``@builtin/legislation/az`` (see ``lexcheck data``)."""
    from .requirements import pack_files
    from .resources import default_vocabulary

    rules_path = builtin(rules) if rules is not None else default_rules()
    pack, vocab = load_pack(rules_path)
    req_files, vocab_files = pack_files(rules_path)
    sources = [Source("rules", rules_path, (*req_files, *vocab_files)),
               Source("vocabulary", default_vocabulary(), (default_vocabulary(),))]
    if isinstance(corpus, m.Corpus):
        model, corpus_path = corpus, Path(".")
    else:
        corpus_path = builtin(corpus) if corpus is not None else default_corpus()
        files = corpus_files(corpus_path)
        model = load_corpus(corpus_path, files)
        sources.append(Source("corpus", corpus_path, tuple(files)))
    check_terms(model, vocab)
    check_scopes(pack, model)
    records = [e for e in evidence if isinstance(e, EvidenceRecord)]
    paths = [builtin(e) for e in evidence if not isinstance(e, EvidenceRecord)]
    records += load_evidence(paths)
    sources += [Source("evidence", Path(p), tuple(evidence_files(p))) for p in paths]
    return Workspace(model, pack, vocab, corpus_path, rules_path, tuple(records), inputs=input_files(sources))


def check(corpus: Path | str | m.Corpus | None = None, rules: Path | str | None = None, *,
          as_of: dt.date | None = None, evidence: Sequence = ()) -> Report:
    """Check a corpus against a rule pack (defaults: the built-in Azerbaijan case)."""
    return load_workspace(corpus, rules, evidence).check(as_of)


def diff(bills: Sequence[Path | str], corpus: Path | str | m.Corpus | None = None,
         rules: Path | str | None = None, *, as_of: dt.date | None = None, evidence: Sequence = ()) -> Delta:
    """What draft bills change: the law checked without and with them, on the same date
    (default: the later of the pack's date and the last bill's entry into force), as
    ``lexcheck diff`` does. ``bills`` are .bill files or folders of them, applied in order."""
    from .amendments import load_bills
    from .diff import diff as run_diff

    loaded = load_bills(bills)
    return run_diff(load_workspace(corpus, rules, evidence), loaded, as_of)
