"""The canonical formatter: ``parse(format(m)) == m`` for every model (hypothesis).

Models are generated directly (every field of act, article and provision, every kind of
clause, conditions, escapes in strings, terms spelt like keywords), formatted, parsed
back and compared without spans. The parse also goes through Lark alone and must give
the same model, spans included, as the default parse (which may take a fast path).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lexcheck import model as m
from lexcheck.formatter import format_act, format_clause, strip_spans
from lexcheck.legislation import LegislationBuilder, parse_act
from lexcheck.notation import build, parse_text

KEYWORDS = ["from", "in", "to", "for", "when", "unless", "includes", "excludes", "free-of-charge", "exempts",
            "grants", "amount", "article", "provision", "source", "note", "unknown", "number", "complete"]
SYLLABLES = ["a", "b2", "victim", "of", "x9", "z", "court", "fee", "in", "from", "7"]
words = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map("-".join)
terms = st.one_of(words.filter(lambda w: w[0].isalpha()), st.sampled_from(KEYWORDS))
act_ids = words.filter(lambda w: w[0].isalpha())
# text with quotes, backslashes, newlines, tabs, '#', and letters beyond ASCII
texts = st.text(st.sampled_from('aZ 09"\\\n\t#-.,()éüə漢€'), max_size=20)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
conditions = st.builds(m.Condition, mode=st.sampled_from(["when", "unless"]), term=terms)
conds = st.lists(conditions, max_size=2).map(tuple)
amounts = st.one_of(st.integers(0, 10**7).map(lambda n: Decimal(str(n))),
                    st.tuples(st.integers(0, 10**6), st.integers(0, 99)).map(lambda p: Decimal(f"{p[0]}.{p[1]:02d}")))


@st.composite
def periods(draw):
    start, end = draw(st.none() | dates), draw(st.none() | dates)
    if start and end and end <= start:  # a period ends after it starts
        start, end = end, start + dt.timedelta(days=1)
    return m.Period(start=start, end=end)


@st.composite
def suspensions(draw):
    p = draw(periods())
    return m.Suspension(action=draw(terms), start=p.start, end=p.end, conditions=draw(conds))


clause = st.one_of(
    st.builds(m.Exemption, party=terms, fee=terms, proceeding=terms, conditions=conds),
    st.builds(m.Right, party=terms, entitlement=terms, stage=st.none() | terms, free=st.booleans(), conditions=conds),
    st.builds(m.Obligation, actor=terms, action=terms, party=st.none() | terms, conditions=conds),
    st.builds(m.Permission, party=terms, action=terms, conditions=conds),
    st.builds(m.Prohibition, actor=terms, action=terms, party=st.none() | terms, conditions=conds),
    suspensions(),
    st.builds(m.Amount, parameter=terms, value=amounts, unit=st.text(st.sampled_from("AZNEUR"), min_size=3, max_size=3),
              party=st.none() | terms, conditions=conds),
    st.builds(m.Definition, term=terms, includes=st.lists(terms, min_size=1, max_size=3).map(tuple),
              excludes=st.lists(terms, max_size=2).map(tuple)),
)
sources = st.lists(st.builds(m.Source, cite=texts, dated=st.none() | dates), max_size=2).map(tuple)
observed = st.one_of(st.none(), st.integers(1900, 2100).map(str),
                     dates.map(lambda d: d.isoformat()), dates.map(lambda d: d.isoformat()[:7]))


@st.composite
def provisions(draw, ref):
    return m.Provision(ref=ref, summary=draw(texts), sources=draw(sources), unverified=draw(st.none() | texts),
                       notes=draw(st.lists(texts, max_size=2).map(tuple)), in_force=draw(st.none() | periods()),
                       observed=draw(observed), clauses=tuple(draw(st.lists(clause, max_size=3))))


@st.composite
def articles(draw, ref):
    subs = draw(st.lists(st.sampled_from(["1", "2", "3", "1.4", "?1", "2-1"]), unique=True, max_size=3))
    own = draw(st.booleans())  # a provision numbered like its article (a one-paragraph article)
    refs = ([ref] if own else []) + [f"{ref}.{s}" for s in subs]
    return m.Article(ref=ref, title=draw(st.none() | texts), coverage=draw(st.sampled_from(["complete", "excerpt"])),
                     sources=draw(sources), unverified=draw(st.none() | texts),
                     notes=draw(st.lists(texts, max_size=1).map(tuple)), in_force=draw(st.none() | periods()),
                     provisions=tuple(draw(provisions(r)) for r in refs))


@st.composite
def acts(draw):
    refs = draw(st.lists(st.sampled_from(["1", "9", "12a", "144-1", "?2", "45"]), unique=True, min_size=1,
                         max_size=3))
    adopted, number = draw(st.none() | dates), draw(st.none() | texts)
    return m.Act(id=draw(act_ids), title=draw(texts), jurisdiction=draw(terms), adopted=adopted, number=number,
                 sources=draw(sources), current_to=draw(st.none() | dates), in_force=draw(st.none() | periods()),
                 coverage=draw(st.sampled_from(["complete", "excerpt"])), unverified=draw(st.none() | texts),
                 notes=draw(st.lists(texts, max_size=2).map(tuple)),
                 articles=tuple(draw(articles(r)) for r in refs))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(acts())
def test_parse_of_format_is_the_model(act):
    text = format_act(act)
    parsed = parse_act(text, "<formatted>")
    assert strip_spans(parsed) == act
    # the Lark parser alone builds the same model, spans included
    assert build(LegislationBuilder(text, "<formatted>"), parse_text(text, "<formatted>", "legislation")) == parsed
    # and formatting is canonical: a second round gives the same text
    assert format_act(parsed) == text


def test_format_of_a_hand_written_act():
    """The canonical text of a small act, written by hand."""
    act = m.Act(id="duty", title='Law "on" State Duty', jurisdiction="az", adopted=dt.date(2001, 12, 4),
                coverage="excerpt",
                articles=(m.Article(ref="9", title="Exemptions", coverage="complete", provisions=(
                    m.Provision(ref="9.1.?1", summary="Victims.", unverified="number not verified",
                                clauses=(m.Right(party="victim", entitlement="lawyer", stage="statement", free=True,
                                                 conditions=(m.Condition(mode="unless", term="x"),)),)),)),))
    assert format_act(act) == (
        'act duty "Law \\"on\\" State Duty"\n'
        "  jurisdiction az\n"
        "  adopted 2001-12-04 number unknown\n"
        "  encoded excerpt\n"
        "\n"
        'article 9 "Exemptions" complete\n'
        '  provision 9.1.?1 "Victims."\n'
        '    unverified "number not verified"\n'
        "    grants victim lawyer from statement free-of-charge unless x\n")


def test_format_clause_of_each_kind():
    assert format_clause(m.Suspension(action="inspect", start=dt.date(2015, 11, 1), end=dt.date(2024, 1, 1))) == \
        "suspends inspect from 2015-11-01 until 2024-01-01"
    assert format_clause(m.Amount(parameter="pay", value=Decimal("12.50"), unit="AZN", party="v")) == \
        "amount pay 12.50 AZN for v"
    assert format_clause(m.Definition(term="v", includes=("a", "b"), excludes=("c",))) == \
        "defines v includes a, b excludes c"
    assert format_clause(m.Prohibition(actor="police", action="expel", party="v",
                                       conditions=(m.Condition(mode="when", term="w"),))) == \
        "prohibits police from expel for v when w"
    assert format_clause(m.Duty(party="recognised-victim", action="testify",
                                conditions=(m.Condition(mode="unless", term="w"),))) == \
        "binds recognised-victim to testify unless w"
