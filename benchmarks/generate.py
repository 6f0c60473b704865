"""Synthetic corpora and rule packs for benchmarks: size → ``corpus/*.lex`` + ``rules/pack.req``.

The text is valid notation with realistic shapes: acts of ~1,000 provisions, articles
of 1–9 provisions (complete or excerpt), summaries of one or two sentences, sources,
notes, unverified markers and ``?N`` numbers, periods in force, comments, and every
clause kind with conditions, using the terms of the shipped vocabulary. Requirements
look like a recommendation's: ids ``A.<n>.<k>``, GRETA paragraphs, priorities, one or
two legislative tests (``requires``/``look-in``/``forbid``/``latest-stage``) or a
practice test. The same ``seed`` gives byte-identical files.

    python benchmarks/generate.py 10000 /tmp/bench10k [--requirements 100]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from lexcheck.resources import default_vocabulary
from lexcheck.vocabulary import load_vocabulary

PROVISIONS_PER_ACT = 1000
WORDS = ("victim", "court", "claim", "duty", "state", "fee", "exempt", "person", "right", "lawyer",
         "assistance", "proceedings", "compensation", "authority", "investigation", "protection",
         "child", "foreign", "residence", "permit", "shall", "may", "provide", "under", "article",
         "procedure", "employer", "inspection", "payment", "fund", "within", "days", "notice")


def _sentence(rnd: random.Random, lo: int = 6, hi: int = 18) -> str:
    words = [rnd.choice(WORDS) for _ in range(rnd.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


class Shapes:
    """Terms of the vocabulary by kind, to build clauses that pass the term check."""

    def __init__(self) -> None:
        vocab = load_vocabulary([default_vocabulary()])
        self.vocab = vocab
        self.by_kind = {k: vocab.of_kind(k) for k in ("party", "fee", "proceeding", "entitlement", "actor",
                                                      "action", "stage", "parameter", "condition")}

    def pick(self, rnd: random.Random, kind: str) -> str:
        return rnd.choice(self.by_kind[kind])

    def conditions(self, rnd: random.Random) -> str:
        out = ""
        if rnd.random() < 0.25:
            out += f" when {self.pick(rnd, 'condition')}"
        if rnd.random() < 0.08:
            out += f" unless {self.pick(rnd, 'condition')}"
        return out

    def clause(self, rnd: random.Random, kind: str | None = None) -> str:
        p = self.pick
        kind = kind or rnd.choices(
            ("exemption", "right", "obligation", "permission", "prohibition", "suspension", "amount", "definition"),
            weights=(20, 30, 25, 8, 6, 1, 5, 5))[0]
        if kind == "exemption":
            text = f"exempts {p(rnd, 'party')} from {p(rnd, 'fee')} in {p(rnd, 'proceeding')}"
        elif kind == "right":
            text = f"grants {p(rnd, 'party')} {p(rnd, 'entitlement')}"
            if rnd.random() < 0.5:
                text += f" from {p(rnd, 'stage')}"
            if rnd.random() < 0.3:
                text += " free-of-charge"
        elif kind == "obligation":
            text = f"obliges {p(rnd, 'actor')} to {p(rnd, 'action')}"
            if rnd.random() < 0.4:
                text += f" for {p(rnd, 'party')}"
        elif kind == "permission":
            text = f"permits {p(rnd, 'party')} to {p(rnd, 'action')}"
        elif kind == "prohibition":
            text = f"prohibits {p(rnd, 'actor')} from {p(rnd, 'action')}"
            if rnd.random() < 0.5:
                text += f" for {p(rnd, 'party')}"
        elif kind == "suspension":
            y = rnd.randint(2010, 2020)
            text = f"suspends {p(rnd, 'action')} from {y}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
            if rnd.random() < 0.7:
                text += f" until {y + rnd.randint(1, 8)}-01-01"
        elif kind == "amount":
            text = f"amount {p(rnd, 'parameter')} {rnd.randint(50, 5000)} AZN"
            if rnd.random() < 0.5:
                text += f" for {p(rnd, 'party')}"
        else:
            kind_of = rnd.choice(("party", "proceeding", "entitlement"))
            terms = rnd.sample(self.by_kind[kind_of], 3)
            text = f"defines {terms[0]} includes {terms[1]}"
            if rnd.random() < 0.5:
                text += f", {terms[2]}"
            return text
        return text + self.conditions(rnd)


def write_act(rnd: random.Random, shapes: Shapes, act_no: int, provisions: int) -> tuple[str, str, list[str]]:
    """One act of ``provisions`` provisions → (act id, text, article refs)."""
    act_id = f"act-{act_no:04d}"
    lines = [f"# synthetic act {act_no} (benchmark data, not law)",
             f'act {act_id} "Synthetic Law No. {act_no} on {rnd.choice(WORDS)} and {rnd.choice(WORDS)}"',
             "  jurisdiction az",
             f'  adopted {rnd.randint(1995, 2020)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)} number "{act_no}-IIQ"',
             f'  source "official gazette, synthetic" dated 20{rnd.randint(10, 23)}-0{rnd.randint(1, 9)}-01',
             "  current-to 2024-10-22",
             f"  encoded {rnd.choice(('complete', 'excerpt'))}",
             ""]
    done, art_no, arts = 0, 0, []
    while done < provisions:
        art_no += 1
        n = min(rnd.randint(1, 9), provisions - done)
        ref = f"{art_no}" if rnd.random() > 0.05 else f"{art_no}-1"
        arts.append(ref)
        title = f' "{_sentence(rnd, 2, 5)[:-1]}"' if rnd.random() < 0.9 else ""
        lines.append(f"article {ref}{title} {'complete' if rnd.random() < 0.7 else 'excerpt'}")
        if rnd.random() < 0.5:
            lines.append(f'  source "synthetic source {act_no}/{art_no}"')
        if rnd.random() < 0.05:
            lines.append(f'  note "{_sentence(rnd, 4, 10)}"')
        for k in range(1, n + 1):
            pref = f"{ref}.{k}" if rnd.random() > 0.03 else f"{ref}.?{k}"
            if rnd.random() < 0.2:
                pref += f".{rnd.randint(1, 20)}"
            lines.append(f'  provision {pref} "{_sentence(rnd)}"')
            r = rnd.random()
            if r < 0.08:
                lines.append('    unverified "number not verified against the official text"')
            elif r < 0.12:
                lines.append(f"    observed {rnd.randint(2015, 2024)}")
            elif r < 0.2:
                lines.append(f"    in-force from 20{rnd.randint(10, 22)}-01-01")
            if rnd.random() < 0.1:
                lines.append(f'    source "synthetic commentary" dated 2022-0{rnd.randint(1, 9)}-15')
            if rnd.random() < 0.04:
                lines.append(f'    note "{_sentence(rnd, 4, 10)}"   # a comment')
            for _ in range(rnd.choices((0, 1, 2), weights=(15, 70, 15))[0]):
                lines.append(f"    {shapes.clause(rnd)}")
        done += n
        lines.append("")
    return act_id, "\n".join(lines) + "\n", arts


def write_pack(rnd: random.Random, shapes: Shapes, acts: list[tuple[str, list[str]]], requirements: int) -> str:
    lines = ['pack synthetic "Synthetic recommendation (benchmark data)"',
             '  body "Benchmark body"', '  citation "SYN/Rec(1)"', "  adopted 2023-06-16",
             "  jurisdiction az", '  as-of 2023-03-31 "the law as it stood on the reference date"', ""]
    for i in range(requirements):
        rid = f"A.{i // 10 + 1}.{i % 10 + 1}"
        lines.append(f'requirement {rid} "{_sentence(rnd, 4, 9)[:-1]}"')
        lines.append(f"  greta {rnd.randint(10, 300)}" + (f", {rnd.randint(10, 300)}" if rnd.random() < 0.3 else ""))
        if rnd.random() < 0.5:
            lines.append(f'  convention "{rnd.randint(10, 40)}"')
        lines.append(f"  priority {rnd.choice(('immediate', 'other'))}")
        if rnd.random() < 0.1:
            lines.append(f'  practice "{_sentence(rnd, 3, 8)}"')
        else:
            for _ in range(rnd.choices((1, 2), weights=(80, 20))[0]):
                kind = rnd.choice(("exemption", "right", "obligation", "amount", "prohibition"))
                clause = shapes.clause(rnd, kind)
                # a requirement allows 'when' conditions only if it does not forbid them
                clause = clause.split(" when ")[0].split(" unless ")[0]
                lines.append(f'  legislative "{_sentence(rnd, 3, 6)[:-1]}"')
                lines.append(f"    requires {clause}")
                act_id, arts = rnd.choice(acts)
                if rnd.random() < 0.6:
                    lines.append(f"    look-in {act_id} article {', '.join(rnd.sample(arts, min(len(arts), rnd.randint(1, 3))))}")
                else:
                    lines.append(f"    look-in {act_id}")
                if rnd.random() < 0.3:
                    lines.append(f"    forbid {shapes.pick(rnd, 'condition')}")
                if kind == "right" and rnd.random() < 0.3:
                    lines.append(f"    latest-stage {shapes.pick(rnd, 'stage')}")
        if rnd.random() < 0.5:
            lines.append(f'  fix "{_sentence(rnd, 5, 12)}"')
        lines.append("")
    return "\n".join(lines) + "\n"


def generate(out: Path | str, provisions: int, requirements: int | None = None, seed: int = 1) -> dict:
    """Write ``out/corpus/*.lex`` and ``out/rules/pack.req``; return what was written."""
    out = Path(out)
    rnd = random.Random(seed)
    shapes = Shapes()
    requirements = requirements if requirements is not None else max(10, provisions // 100)
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    (out / "rules").mkdir(parents=True, exist_ok=True)
    acts, done, no, size = [], 0, 0, 0
    while done < provisions:
        no += 1
        n = min(PROVISIONS_PER_ACT, provisions - done)
        act_id, text, arts = write_act(rnd, shapes, no, n)
        (out / "corpus" / f"{act_id}.lex").write_text(text, encoding="utf-8")
        acts.append((act_id, arts))
        done += n
        size += len(text.encode())
    pack = write_pack(rnd, shapes, acts, requirements)
    (out / "rules" / "pack.req").write_text(pack, encoding="utf-8")
    return {"corpus": out / "corpus", "rules": out / "rules", "acts": len(acts), "provisions": done,
            "requirements": requirements, "corpus_bytes": size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("provisions", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--requirements", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    info = generate(args.out, args.provisions, args.requirements, args.seed)
    print(f"{info['provisions']} provisions in {info['acts']} acts ({info['corpus_bytes'] / 1e6:.1f} MB), "
          f"{info['requirements']} requirements → {args.out}")


if __name__ == "__main__":
    main()
