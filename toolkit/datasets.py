"""Example corpora shipped with the package, and the full UN General Debate Corpus on demand.

Like ``seaborn.load_dataset`` or ``sklearn.datasets``: the loaders return the documents table
of :func:`toolkit.load_corpus` (one row per document, ``doc_id``, ``text`` and the metadata),
ready for :func:`toolkit.analyze`. The data is package data (``toolkit.corpora``; in a
checkout, the ``corpora/`` folder), so nothing is downloaded and ``../shared`` is not needed.

- ``seed``: the HKSAR government's 2020 rebuttal of the US trafficking report (1 text; the
  worked example of MARKERS.md).
- ``statements``: 38 statements, about 19,000 words: White House statements 2021-24 and
  articles 2025-26, five 2020 UN General Debate speeches, State Department human rights
  report excerpts. US federal government works (public domain, 17 USC 105); UNGDC (CC0 1.0).
- ``ungdc_sample``: every General Debate speech of the five permanent members of the
  Security Council (CHN, FRA, GBR, RUS, USA), 2005-2024: 100 speeches, about 273,000 words.
  UNGDC (Jankin, Baturo & Dasandi), CC0 1.0.

>>> from toolkit import datasets                                  # doctest: +SKIP
>>> statements = datasets.load_statements()                       # doctest: +SKIP
>>> datasets.dataset_path("ungdc_sample")                         # doctest: +SKIP

:func:`fetch_ungdc` downloads the whole corpus from its published source (Harvard Dataverse,
doi:10.7910/DVN/0TJX8Y), unpacks it safely and checks every 2005-2024 speech against the
SHA-256 digests pinned in this package.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import tarfile
import tempfile
import urllib.request
import zipfile
from importlib import resources
from pathlib import Path, PurePosixPath

import pandas as pd

from .errors import CorpusError

__all__ = ["DATASETS", "dataset_path", "list_datasets", "load_dataset", "load_seed",
           "load_statements", "load_ungdc_sample", "fetch_ungdc", "UNGDC_URL"]

#: The bundled corpora: name -> (folder inside ``toolkit.corpora``, description, licence).
DATASETS: dict[str, tuple[str, str, str]] = {
    "seed": ("seed", "HKSAR government rebuttal of the US Trafficking in Persons Report "
             "2020, as reported citing Xinhua (the worked example of MARKERS.md)",
             "news item; quoted as the project's worked example"),
    "statements": ("statements", "38 statements: White House statements (2021-2024) and "
                   "articles (2025-2026), UN General Debate speeches 2020 (USA, CHN, GBR, "
                   "MYS, THA), US State Department human rights report excerpts",
                   "US federal government works, public domain (17 USC 105); UNGDC CC0 1.0"),
    "ungdc_sample": ("ungdc_sample", "UN General Debate speeches of CHN, FRA, GBR, RUS and "
                     "USA, 2005-2024 (100 speeches)",
                     "UN General Debate Corpus (Jankin, Baturo & Dasandi), CC0 1.0"),
}

#: Harvard Dataverse's download of the whole UNGDC dataset (all files of its latest version).
UNGDC_URL = ("https://dataverse.harvard.edu/api/access/dataset/:persistentId/"
             "?persistentId=doi:10.7910/DVN/0TJX8Y")

#: ``Session NN - YYYY/ISO_NN_YYYY.txt``, the corpus's own file layout
_SPEECH = re.compile(r"Session (\d+) - (\d{4})/([A-Z]{3})_(\d+)_(\d{4})\.txt$")


def _corpora_root() -> Path:
    """``toolkit.corpora`` where it is installed (a wheel or an editable install), else the
    ``corpora/`` folder of the source tree this module sits in (``PYTHONPATH=checkout``)."""
    try:
        root = resources.files("toolkit.corpora")
    except ModuleNotFoundError:
        root = Path(__file__).resolve().parents[1] / "corpora"
    if not isinstance(root, Path):  # a zipped install; the loaders need real files
        raise CorpusError("stance-toolkit's example corpora must be installed as files, "
                          f"not inside an archive ({root})")
    return root


def dataset_path(name: str) -> Path:
    """The folder of a bundled corpus (pass it to :func:`toolkit.load_corpus`, the CLI or
    the app). ``name`` is one of :data:`DATASETS`."""
    if name not in DATASETS:
        raise CorpusError(f"no bundled corpus named {name!r}; choose one of "
                          f"{', '.join(DATASETS)}")
    return _corpora_root() / DATASETS[name][0]


def list_datasets() -> pd.DataFrame:
    """One row per bundled corpus: ``name``, ``documents``, ``words``, ``description``,
    ``licence`` and ``path``."""
    rows = []
    for name, (_folder, description, licence) in DATASETS.items():
        documents = load_dataset(name)
        words = documents["text"].str.count(r"[A-Za-z]+").sum()
        rows.append({"name": name, "documents": len(documents), "words": int(words),
                     "description": description, "licence": licence,
                     "path": str(dataset_path(name))})
    return pd.DataFrame(rows)


def load_dataset(name: str) -> pd.DataFrame:
    """The documents table of a bundled corpus (as :func:`toolkit.load_corpus` reads it)."""
    from .corpus import load_corpus

    return load_corpus(dataset_path(name))


def load_seed() -> pd.DataFrame:
    """The seed statement: one document, ``seed-hksar-2020-06-26``."""
    return load_dataset("seed")


def load_statements() -> pd.DataFrame:
    """The 38 statements (metadata: title, date, speaker, government, country, publisher,
    genre, licence, origin)."""
    return load_dataset("statements")


def load_ungdc_sample() -> pd.DataFrame:
    """100 UN General Debate speeches: the five permanent members, 2005-2024 (metadata:
    iso3, session, year, words)."""
    return load_dataset("ungdc_sample")


def _pinned_checksums() -> dict[str, str]:
    with (_corpora_root() / "ungdc_sha256.csv").open(encoding="utf-8") as handle:
        return {row["file"]: row["sha256"] for row in csv.DictReader(handle)}


def _download(url: str, target: Path, *, progress: bool) -> None:
    from tqdm.auto import tqdm

    with urllib.request.urlopen(url, timeout=60) as response, target.open("wb") as out:
        total = int(response.headers.get("Content-Length") or 0) or None
        with tqdm(total=total, unit="B", unit_scale=True, desc="UNGDC",
                  disable=not progress) as bar:
            while chunk := response.read(1 << 20):
                out.write(chunk)
                bar.update(len(chunk))


def _archive_members(data: bytes, where: str, depth: int = 0):
    """Yield ``(path, bytes)`` for every file in a zip or tar archive, descending into
    archives inside it (Dataverse wraps the corpus's own archive in a zip)."""
    if depth > 2:
        return
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if not info.is_dir():
                    yield from _member(info.filename, archive.read(info), where, depth)
        return
    try:
        archive = tarfile.open(fileobj=io.BytesIO(data))
    except tarfile.TarError as exc:
        raise CorpusError(f"{where}: not a zip or tar archive ({exc})") from None
    with archive:
        for info in archive.getmembers():
            if info.isfile():  # links, devices and folders are never extracted
                handle = archive.extractfile(info)
                yield from _member(info.name, handle.read() if handle else b"", where, depth)


def _member(name: str, data: bytes, where: str, depth: int):
    if name.endswith((".zip", ".tar", ".tgz", ".tar.gz")):
        yield from _archive_members(data, f"{where}:{name}", depth + 1)
    else:
        yield name, data


def fetch_ungdc(dest: str | Path, *, url: str = UNGDC_URL, years: tuple[int, int] = (2005, 2024),
                checksums: dict[str, str] | None = None, progress: bool = True) -> Path:
    """Download the UN General Debate Corpus and keep the speeches of ``years`` in ``dest``.

    The archive at ``url`` (default: the dataset on Harvard Dataverse; any ``http(s)://`` or
    ``file://`` address of an archive with the same layout works, e.g. a mirror behind a
    firewall) is read with a progress bar; every speech ``Session NN - YYYY/ISO_NN_YYYY.txt``
    in it (also inside an archive in the archive) whose year is in range is written to
    ``dest/txt/Session NN - YYYY/``, with ``dest/manifest.csv`` (``file, iso3, session,
    year, words``), the layout :func:`toolkit.load_corpus` and ``analyze_corpus`` read.
    Nothing outside ``dest`` is ever written (archive paths are rebuilt from the speech's
    name, never taken as given).

    Each speech listed in ``checksums`` (default: the SHA-256 of every 2005-2024 speech,
    pinned in the package, ``toolkit/corpora/ungdc_sha256.csv``) must match its digest, and
    every listed speech in range must be present; otherwise :class:`CorpusError` names the
    files and nothing is left in ``dest``. Returns ``dest``.

    Citation: Jankin, Baturo & Dasandi, "Words to unite nations: The complete UN General
    Debate Corpus, 1946-present", *Journal of Peace Research*; Baturo, Dasandi & Mikhaylov
    (2017), *Research & Politics* 4(2). Licence: CC0 1.0.
    """
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise CorpusError(f"{dest}: the folder exists and is not empty; give a new folder")
    pinned = _pinned_checksums() if checksums is None else checksums
    low, high = years
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "ungdc.archive"
        try:
            _download(url, archive, progress=progress)
        except OSError as exc:
            raise CorpusError(f"{url}: could not download the UNGDC ({exc}); pass url= a "
                              "mirror or a file:// path to the archive") from None
        staging = Path(tmp) / "ungdc"
        rows, wrong = [], []
        for name, data in _archive_members(archive.read_bytes(), url):
            match = _SPEECH.search(PurePosixPath(name).as_posix())
            if not match or PurePosixPath(name).name.startswith("._"):
                continue
            session, year, iso3 = int(match.group(1)), int(match.group(2)), match.group(3)
            if not low <= year <= high:
                continue
            relative = f"txt/Session {session} - {year}/{iso3}_{session}_{year}.txt"
            expected = pinned.get(relative)
            if expected is not None and hashlib.sha256(data).hexdigest() != expected:
                wrong.append(relative)
                continue
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            words = len(re.findall(r"[A-Za-z0-9]+", data.decode("utf-8-sig", "replace")))
            rows.append({"file": relative, "iso3": iso3, "session": session, "year": year,
                         "words": words})
        found = {row["file"] for row in rows}
        missing = sorted(name for name in pinned
                         if name not in found and low <= int(name[-8:-4]) <= high)
        if wrong or missing:
            raise CorpusError(
                f"{url}: the archive does not hold the pinned UNGDC speeches: "
                f"{len(wrong)} differ from their SHA-256 ({', '.join(wrong[:5])}), "
                f"{len(missing)} are missing ({', '.join(missing[:5])})")
        if not rows:
            raise CorpusError(f"{url}: no speech 'Session NN - YYYY/ISO_NN_YYYY.txt' of "
                              f"{low}-{high} in the archive")
        pd.DataFrame(rows).sort_values("file").to_csv(staging / "manifest.csv", index=False)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            dest.rmdir()
        shutil.move(str(staging), dest)
    return dest
