"""Lexicons as data: marker entries and reporting cues, with their literature sources.

Marker lexicons are the TSV files ``toolkit/lexicons/<category>.tsv`` with the columns

    term    category    subtype    source    rule    note

``term`` is a word or fixed phrase matched case-insensitively on spaCy tokens (so
*all-out* and *of course* work); ``rule`` names a context check from
:mod:`toolkit.markers.rules` that must accept the match (empty: none); ``source`` is the
literature reference (Hyland 2005, Biber 1988, Quirk et al. 1985, Martin & White 2005,
VADER, Pattern, or ``project``). Lines starting with ``#`` are comments.

The reporting-cue lexicon ``toolkit/lexicons/reporting_cues.tsv`` has the columns
``cue, stance, source, note`` (see :mod:`toolkit.attribution`).

A :class:`Lexicon` is immutable; :meth:`Lexicon.add`, :meth:`Lexicon.remove` and
:meth:`Lexicon.recategorise` return a new one. Its :attr:`Lexicon.version` (SHA-256 of the
canonical entries) is the "lexicon version" recorded with every result.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .errors import LexiconError

__all__ = ["CATEGORIES", "SUBTYPES", "STANCES", "Lexicon", "default_lexicon", "read_lexicon_file"]

#: categories and subtypes of shared/MARKERS.md, in its order
SUBTYPES: dict[str, tuple[str, ...]] = {
    "intensifier": ("amplifier", "maximizer"),
    "booster": ("certainty", "factive", "absolute"),
    "hedge": ("modal", "epistemic_verb", "epistemic_adverb", "approximator", "shield"),
    "downtoner": ("minimizer", "restrictive"),
    "evaluation": ("negative", "positive"),
    "denial": ("negation", "counter"),
}
CATEGORIES: tuple[str, ...] = tuple(SUBTYPES)
STANCES = ("neutral", "distancing", "endorsing", "opposing", "directive")

MARKER_COLUMNS = ["term", "category", "subtype", "source", "rule", "note"]
CUE_COLUMNS = ["cue", "stance", "source", "note"]


def _read_tsv(path: Path, columns: list[str], required: int) -> list[dict]:
    rows: list[dict] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon file ({exc.strerror or exc})") from exc
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(f"{path}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x}); re-save "
                           "the lexicon as UTF-8") from exc
    for line_number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells[: len(columns)] == columns[: len(cells)] and line_number <= 3:
            continue  # a header row
        if len(cells) < required or not all(cells[:required]):
            raise LexiconError(f"{path}:{line_number}: expected at least {required} tab-separated "
                               f"cells ({', '.join(columns[:required])}), got {line!r}")
        if len(cells) > len(columns):
            raise LexiconError(f"{path}:{line_number}: {len(cells)} cells, at most "
                               f"{len(columns)} allowed ({', '.join(columns)})")
        cells += [""] * (len(columns) - len(cells))
        row = dict(zip(columns, cells, strict=True))
        rows.append({**row, "_where": f"{path}:{line_number}"})
    return rows


def read_lexicon_file(path: str | Path) -> pd.DataFrame:
    """Read one marker lexicon TSV, validating every row (errors name file and line)."""
    path = Path(path)
    rows = _read_tsv(path, MARKER_COLUMNS, required=4)
    for row in rows:
        _validate_entry(row, row["_where"])
    return pd.DataFrame(rows, columns=MARKER_COLUMNS + ["_where"])


def _validate_entry(row: dict, where: str) -> None:
    category, subtype = row["category"], row["subtype"]
    if category not in SUBTYPES:
        raise LexiconError(f"{where}: unknown category {category!r}; allowed: "
                           f"{', '.join(CATEGORIES)}")
    if subtype not in SUBTYPES[category]:
        raise LexiconError(f"{where}: unknown subtype {subtype!r} for {category}; allowed: "
                           f"{', '.join(SUBTYPES[category])}")
    if row.get("rule"):
        from .markers.rules import CONTEXT_RULES

        if row["rule"] not in CONTEXT_RULES:
            raise LexiconError(f"{where}: unknown context rule {row['rule']!r}; known rules: "
                               f"{', '.join(sorted(CONTEXT_RULES))}")


def _packaged(name: str) -> Path:
    return Path(str(resources.files("toolkit") / "lexicons" / name))


@dataclass(frozen=True)
class Lexicon:
    """Marker entries (``term, category, subtype, source, rule, note``) and reporting cues
    (``cue, stance, source, note``) as two DataFrames."""

    entries: pd.DataFrame
    cues: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CUE_COLUMNS))

    @classmethod
    def from_files(cls, marker_files: list[Path], cue_file: Path | None = None) -> Lexicon:
        """Read marker TSVs and an optional cue TSV into one lexicon."""
        frames = [read_lexicon_file(p) for p in marker_files]
        entries = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
            columns=MARKER_COLUMNS)
        cues = pd.DataFrame(columns=CUE_COLUMNS)
        if cue_file is not None and cue_file.exists():
            rows = _read_tsv(cue_file, CUE_COLUMNS, required=2)
            for row in rows:
                if row["stance"] not in STANCES:
                    raise LexiconError(f"{row['_where']}: unknown stance {row['stance']!r}; "
                                       f"allowed: {', '.join(STANCES)}")
            cues = pd.DataFrame(rows, columns=CUE_COLUMNS + ["_where"])
        return cls(entries.drop(columns="_where", errors="ignore").reset_index(drop=True),
                   cues.drop(columns="_where", errors="ignore").reset_index(drop=True))

    @cached_property
    def version(self) -> str:
        """SHA-256 (first 16 hex digits) of the canonical entries and cues."""
        digest = hashlib.sha256()
        for frame in (self.entries[MARKER_COLUMNS], self.cues[CUE_COLUMNS]):
            digest.update(frame.astype(str).to_csv(sep="\t", index=False).encode("utf-8"))
        return digest.hexdigest()[:16]

    # editing -----------------------------------------------------------------------------
    def add(self, term: str, category: str, subtype: str, *, source: str = "user",
            rule: str = "", note: str = "") -> Lexicon:
        """A new lexicon with one more entry (validated as a file row would be)."""
        row = {"term": term.strip(), "category": category, "subtype": subtype,
               "source": source, "rule": rule, "note": note}
        if not row["term"]:
            raise LexiconError("add(): term is empty")
        _validate_entry(row, f"add({term!r})")
        entries = pd.concat([self.entries, pd.DataFrame([row])], ignore_index=True)
        return Lexicon(entries, self.cues)

    def remove(self, term: str, category: str | None = None) -> Lexicon:
        """A new lexicon without ``term`` (in ``category`` only, if given)."""
        mask = self.entries["term"].str.lower() == term.strip().lower()
        if category is not None:
            mask &= self.entries["category"] == category
        if not mask.any():
            raise LexiconError(f"remove(): no entry {term!r}"
                               + (f" in category {category!r}" if category else ""))
        return Lexicon(self.entries[~mask].reset_index(drop=True), self.cues)

    def recategorise(self, term: str, category: str, subtype: str, *,
                     from_category: str | None = None) -> Lexicon:
        """A new lexicon where ``term`` (from ``from_category``, or every category) is
        ``category/subtype``."""
        removed = self.remove(term, from_category)
        old = self.entries[self.entries["term"].str.lower() == term.strip().lower()].iloc[0]
        return removed.add(term, category, subtype, source=old["source"] or "user",
                           rule="", note=f"recategorised from {old['category']}/{old['subtype']}")

    def set_cue_stance(self, cue: str, stance: str, *, source: str = "user") -> Lexicon:
        """A new lexicon in which reporting cue ``cue`` has ``stance``: every row of that cue
        (a verb and a noun of the same spelling are two rows) keeps its note, whose leading
        ``[tags]`` tell the attribution detector how the cue is used; a new cue gets a row
        with an empty note."""
        if stance not in STANCES:
            raise LexiconError(f"set_cue_stance(): unknown stance {stance!r}; allowed: "
                               f"{', '.join(STANCES)}")
        key = cue.strip().lower()
        mask = self.cues["cue"].str.strip().str.lower() == key
        if mask.any():
            cues = self.cues.copy()
            cues.loc[mask, "stance"] = stance
            cues.loc[mask, "source"] = source
            return Lexicon(self.entries, cues.reset_index(drop=True))
        row = pd.DataFrame([{"cue": key, "stance": stance, "source": source, "note": ""}])
        return Lexicon(self.entries, pd.concat([self.cues, row], ignore_index=True))

    def to_folder(self, folder: str | Path) -> Path:
        """Write the lexicon as TSV files (one per category, plus the cues) into ``folder``."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for category, frame in self.entries.groupby("category", sort=False):
            frame[MARKER_COLUMNS].to_csv(folder / f"{category}.tsv", sep="\t", index=False)
        self.cues[CUE_COLUMNS].to_csv(folder / "reporting_cues.tsv", sep="\t", index=False)
        return folder

    @classmethod
    def from_folder(cls, folder: str | Path) -> Lexicon:
        """Read a folder of ``<category>.tsv`` files and ``reporting_cues.tsv``."""
        folder = Path(folder)
        if not folder.is_dir():
            raise LexiconError(f"{folder}: no such lexicon folder")
        files = [folder / f"{c}.tsv" for c in CATEGORIES if (folder / f"{c}.tsv").exists()]
        return cls.from_files(files, folder / "reporting_cues.tsv")

    def __repr__(self) -> str:
        return (f"Lexicon({len(self.entries)} marker entries, {len(self.cues)} cues, "
                f"version {self.version})")


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon (read once per process)."""
    files = [_packaged(f"{c}.tsv") for c in CATEGORIES if _packaged(f"{c}.tsv").exists()]
    return Lexicon.from_files(files, _packaged("reporting_cues.tsv"))
