"""Receipts: the input files of a check → :class:`Receipt` (what a report was made from).

A receipt records the SHA-256 of every input file (the corpus acts, the rule pack's
files, the base vocabulary, the bills, the evidence), the date the law was checked
on, whether the parse cache was on, and the versions of lexcheck, lark, pydantic and
durable-rules. Every report format carries it (:mod:`lexcheck.reports.receipt`);
:func:`verify` recomputes the digests of a receipt against the files (where they were,
or where the user points) and says which inputs changed.

Receipts keep reports deterministic: paths are shown as everywhere else in reports
(relative to the installation or to the working directory), files are listed in a
fixed order (role, then path), and nothing depends on the clock. "Parse cache on"
says the cache was enabled (``LEXCHECK_NO_CACHE`` unset): whether an entry happened
to be read (a cold or a warm run) is deliberately not recorded, since the report of a
warm run must be the same bytes as the cold one.

Durable-rules' version is read from the installed distribution's metadata, never by
importing ``durable`` (only :mod:`lexcheck.engine` imports it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import Node

# The roles of input files, in the order a receipt lists them.
ROLES: tuple[str, ...] = ("corpus", "rules", "vocabulary", "bills", "evidence")
# The libraries whose versions a receipt records (distribution names).
LIBRARIES: tuple[str, ...] = ("lark", "pydantic", "durable-rules")


class InputFile(Node):
    """One input file: its role, the folder (or file) it was given as, and its digest.

    ``root`` is the path given on the command line (a corpus folder, a rule pack
    folder, an evidence folder…) as reports show paths; ``file`` is the file's path
    relative to ``root`` (``""`` when ``root`` is the file itself). ``shipped`` says that
    ``root`` is data shipped with lexcheck (shown relative to the installation, as
    ``legislation/az``), else it is relative to the working directory or absolute: the
    two can look alike, so the receipt says which. Pointing ``verify`` at another folder
    keeps ``file`` and replaces ``root``.
    """

    role: str
    root: str
    file: str = ""
    sha256: str
    shipped: bool = False

    @property
    def path(self) -> str:
        return f"{self.root}/{self.file}" if self.file else self.root


class Receipt(Node):
    """What a report was made from: input digests, the date, the cache, the versions."""

    inputs: tuple[InputFile, ...] = ()
    as_of: dt.date
    parse_cache: bool
    versions: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict:
        """The receipt as reports carry it (JSON-ready, stable key order)."""
        return {
            "as_of": self.as_of.isoformat(),
            "parse_cache": "on" if self.parse_cache else "off",
            "versions": dict(self.versions),
            "inputs": [{"role": i.role, "root": i.root, "file": i.file, "shipped": i.shipped, "sha256": i.sha256}
                       for i in self.inputs],
        }

    def with_inputs(self, more: Iterable[InputFile]) -> "Receipt":
        return self.model_copy(update={"inputs": _ordered([*self.inputs, *more])})


@dataclass(frozen=True)
class Source:
    """An input as given: its role, the path given, and the files it stands for."""

    role: str
    given: Path
    files: tuple[Path, ...]


def digest(path: Path | str) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def versions() -> tuple[tuple[str, str], ...]:
    """(name, version) of lexcheck and the libraries that decide a report."""
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__

    out = [("lexcheck", __version__)]
    for name in LIBRARIES:
        try:
            out.append((name, version(name)))
        except PackageNotFoundError:  # pragma: no cover - every one is a dependency
            out.append((name, "not installed"))
    return tuple(out)


def input_files(sources: Iterable[Source]) -> tuple[InputFile, ...]:
    """The digest of every file of every source, as a receipt lists them."""
    from .resources import display_path

    out = []
    for s in sources:
        root = display_path(s.given)
        ship = shipped(s.given)
        for f in s.files:
            rel = "" if f == s.given else _relative(f, s.given)
            out.append(InputFile(role=s.role, root=root, file=rel, sha256=digest(f), shipped=ship))
    return _ordered(out)


def shipped(path: Path | str) -> bool:
    """Whether ``path`` is data shipped with lexcheck (reports show it relative to the installation)."""
    from .resources import data_dir

    try:
        resolved = Path(path).resolve()
    except OSError:  # pragma: no cover
        return False
    for name in ("legislation", "rules", "grammar"):
        try:
            if resolved.is_relative_to(data_dir(name)):
                return True
        except FileNotFoundError:  # pragma: no cover - a broken installation
            continue
    return False


def make_receipt(inputs: Sequence[InputFile], as_of: dt.date) -> Receipt:
    from .cache import cache_off

    return Receipt(inputs=_ordered(inputs), as_of=as_of, parse_cache=not cache_off(), versions=versions())


def _relative(f: Path, root: Path) -> str:
    try:
        return f.relative_to(root).as_posix()
    except ValueError:  # pragma: no cover - files come from listing root
        return f.as_posix()


def _ordered(inputs: Iterable[InputFile]) -> tuple[InputFile, ...]:
    """Role order, then path; one entry per (role, path)."""
    seen: dict[tuple[str, str], InputFile] = {}
    for i in inputs:
        seen.setdefault((i.role, i.path), i)
    return tuple(sorted(seen.values(), key=lambda i: (ROLES.index(i.role) if i.role in ROLES else len(ROLES),
                                                      i.path)))


# ---- verifying --------------------------------------------------------------------------

Outcome = str  # "same", "changed", "missing", "added"


@dataclass(frozen=True)
class Check:
    """One input compared: recorded against found."""

    role: str
    path: str  # as found now (the recorded path, or under the folder the user pointed at)
    outcome: Outcome
    recorded: str | None = None
    found: str | None = None


def resolve(shown: str, is_shipped: bool = False) -> Path:
    """A path as reports show it → a path on disk: shipped data (``legislation/…``,
    ``rules/…``) in this installation, anything else relative to the working directory."""
    from .resources import data_dir

    p = Path(shown)
    if is_shipped and not p.is_absolute() and p.parts and p.parts[0] in ("legislation", "rules", "grammar"):
        try:
            return data_dir(p.parts[0]).joinpath(*p.parts[1:])
        except FileNotFoundError:  # pragma: no cover - a broken installation
            pass
    return p


def compare(receipt: Receipt, overrides: dict[str, Sequence[Path]] | None = None) -> list[Check]:
    """Every recorded input against the file on disk now; files added to a recorded
    folder (a new act in the corpus, a new rule file) are reported as ``added``.

    ``overrides`` maps a role to the paths to look at instead of the recorded ones:
    for ``corpus`` and ``rules`` one folder (each recorded file is looked for at the
    same place under it); for ``vocabulary``, ``bills`` and ``evidence`` the files (or
    folders) in the order the check was given them.
    """
    overrides = overrides or {}
    out: list[Check] = []
    for role in ROLES:
        recorded = [i for i in receipt.inputs if i.role == role]
        if role in overrides:
            out += _compare_given(role, recorded, list(overrides[role]))
            continue
        roots: dict[str, Path] = {}
        for i in recorded:
            roots.setdefault(i.root, resolve(i.root, i.shipped))
            out.append(_one(role, i, roots[i.root] / i.file if i.file else roots[i.root], i.path))
        for shown, disk in roots.items():
            known = {i.file for i in recorded if i.root == shown}
            out += [Check(role, f"{shown}/{rel}", "added", found=digest(disk / rel))
                    for rel in _listing(role, disk) if rel not in known]
    return out


def _one(role: str, i: InputFile, disk: Path, shown: str) -> Check:
    try:
        found = digest(disk)
    except OSError:
        return Check(role, shown, "missing", recorded=i.sha256)
    return Check(role, shown, "same" if found == i.sha256 else "changed", recorded=i.sha256, found=found)


def _compare_given(role: str, recorded: list[InputFile], given: list[Path]) -> list[Check]:
    if role in ("corpus", "rules"):
        folder = given[-1]
        out = []
        seen = set()
        for i in recorded:
            disk = folder / i.file if i.file and folder.is_dir() else folder
            out.append(_one(role, i, disk, disk.as_posix()))
            seen.add(i.file)
        out += [Check(role, (folder / rel).as_posix(), "added", found=digest(folder / rel))
                for rel in _listing(role, folder) if rel not in seen]
        return out
    files: list[Path] = []
    for g in given:
        files += _expand(role, g)
    out = [_one(role, i, f, f.as_posix()) for i, f in zip(recorded, files)]
    out += [Check(role, i.path, "missing", recorded=i.sha256) for i in recorded[len(files):]]
    out += [Check(role, f.as_posix(), "added", found=_safe_digest(f)) for f in files[len(recorded):]]
    return out


def _safe_digest(f: Path) -> str | None:
    try:
        return digest(f)
    except OSError:
        return None


def _expand(role: str, given: Path) -> list[Path]:
    if not given.is_dir():
        return [given]
    suffix = {"bills": ".bill", "evidence": ".evidence"}.get(role, "")
    return sorted(p for p in given.rglob(f"*{suffix}") if p.is_file())


def _listing(role: str, folder: Path) -> list[str]:
    """The files a check would read under ``folder`` for ``role`` (relative, posix)."""
    if not folder.is_dir():
        return []
    if role == "corpus":
        from .legislation import corpus_files

        files = corpus_files(folder)
    elif role == "rules":
        from .requirements import pack_files

        reqs, vocabs = pack_files(folder)
        files = [*reqs, *vocabs]
    elif role in ("bills", "evidence"):
        files = _expand(role, folder)
    else:
        return []
    return sorted(f.relative_to(folder).as_posix() for f in files)


# ---- reading a receipt back from a report -------------------------------------------------

def load_receipt(path: Path | str) -> tuple[Receipt, str]:
    """The receipt a json, sarif or junit report carries → (:class:`Receipt`, format name).

    Anything else is a :class:`~lexcheck.errors.LexcheckError` (E007/E012…, exit 2) with
    the position: a syntax error of the JSON or XML at its line and column, a report
    without a receipt at the file, a malformed receipt at its ``"receipt"`` key.
    """
    from .errors import InputFileError, Position, line_of

    path = Path(path)
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read the report ({exc.strerror or exc})", Position(where)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputFileError("the report is not UTF-8 text", Position(where, line, 1)) from None
    stripped = text.lstrip()
    if stripped.startswith("<"):
        return _from_junit(text, where), "junit"
    if not stripped.startswith(("{", "[")):
        first = stripped.splitlines()[0] if stripped else ""
        kind = ("an html" if first.lower().startswith("<!doctype") else
                "a markdown" if first.startswith("#") else "a text" if first else "an empty")
        raise InputFileError(f"this looks like {kind} report; verify reads the receipt from json, sarif and "
                             "junit reports", Position(where, 1, 1, line_of(text, 1)),
                             hint="write the report with --format json (or sarif, junit) and verify that") from None
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(f"the report is not valid JSON ({exc.msg})",
                             Position(where, exc.lineno, exc.colno, line_of(text, exc.lineno))) from None
    if isinstance(payload, dict) and "receipt" in payload:
        return _receipt(payload["receipt"], text, where), "json"
    runs = payload.get("runs") if isinstance(payload, dict) else None
    if isinstance(runs, list) and runs and isinstance(runs[0], dict):
        props = runs[0].get("properties")
        if isinstance(props, dict) and "receipt" in props:
            return _receipt(props["receipt"], text, where), "sarif"
    raise InputFileError("the report carries no receipt", Position(where),
                         hint="reports written by this version of lexcheck carry one; check again to get it")


def _receipt(value, text: str, where: str) -> Receipt:
    from .errors import InputFileError, Position, line_of

    def fail(message: str):
        at = text.find('"receipt"')
        line = text.count("\n", 0, at) + 1 if at >= 0 else 0
        col = at - (text.rfind("\n", 0, at) + 1) + 1 if at >= 0 else 0
        return InputFileError(f"the receipt is malformed: {message}",
                              Position(where, line, col, line_of(text, line) if line else None))

    if not isinstance(value, dict):
        raise fail("it is not an object")
    try:
        day = dt.date.fromisoformat(str(value["as_of"]))
        cache = value["parse_cache"]
        if cache not in ("on", "off"):
            raise fail(f"parse_cache is '{cache}', not 'on' or 'off'")
        libs = value.get("versions", {})
        if not isinstance(libs, dict):
            raise fail("versions is not an object")
        inputs = []
        for n, i in enumerate(value["inputs"], 1):
            if not isinstance(i, dict):
                raise fail(f"input {n} is not an object")
            sha = str(i["sha256"])
            if len(sha) != 64 or any(ch not in "0123456789abcdef" for ch in sha):
                raise fail(f"input {n} has no SHA-256 digest ('{sha}')")
            role = str(i["role"])
            if role not in ROLES:
                raise fail(f"input {n} has the role '{role}'; known: {', '.join(ROLES)}")
            ship = i.get("shipped", False)
            if not isinstance(ship, bool):
                raise fail(f"input {n} has shipped '{ship}', not true or false")
            inputs.append(InputFile(role=role, root=str(i["root"]), file=str(i.get("file", "")), sha256=sha,
                                    shipped=ship))
    except KeyError as exc:
        raise fail(f"it has no '{exc.args[0]}'") from None
    except (TypeError, ValueError) as exc:
        raise fail(str(exc).splitlines()[0]) from None
    return Receipt(inputs=tuple(inputs), as_of=day, parse_cache=cache == "on",
                   versions=tuple((str(k), str(v)) for k, v in libs.items()))


def _from_junit(text: str, where: str) -> Receipt:
    import xml.etree.ElementTree as ET

    from .errors import InputFileError, Position, line_of

    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, col = exc.position
        raise InputFileError("the report is not well-formed XML",
                             Position(where, line, col + 1, line_of(text, line))) from None
    for prop in root.iter("property"):
        if prop.get("name") == "lexcheck.receipt":
            try:
                value = json.loads(prop.get("value") or "")
            except json.JSONDecodeError as exc:
                value = exc
            if isinstance(value, json.JSONDecodeError):
                raise InputFileError(f"the receipt property is not valid JSON ({value.msg})", Position(where))
            return _receipt(value, text.replace('name="lexcheck.receipt"', '"receipt"', 1), where)
    raise InputFileError("the report carries no receipt", Position(where),
                         hint="reports written by this version of lexcheck carry one; check again to get it")
