"""The bundled corpora and ``fetch_ungdc`` (served by a local HTTP server: no test reaches the
internet)."""

from __future__ import annotations

import hashlib
import http.server
import io
import tarfile
import threading
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from toolkit import datasets
from toolkit.errors import CorpusError

SAMPLE = datasets.dataset_path("ungdc_sample")


def test_every_bundled_corpus_loads_with_its_metadata():
    table = datasets.list_datasets().set_index("name")
    assert table.loc["seed", "documents"] == 1
    assert table.loc["statements", "documents"] == 38
    assert table.loc["ungdc_sample", "documents"] == 100
    assert 18_000 < table.loc["statements", "words"] < 20_000
    statements = datasets.load_statements()
    assert {"title", "date", "speaker", "government", "genre", "licence", "origin"} <= set(
        statements.columns)
    assert statements["licence"].str.contains("public domain|CC0").all()
    sample = datasets.load_ungdc_sample()
    assert sorted(sample["iso3"].unique()) == ["CHN", "FRA", "GBR", "RUS", "USA"]
    assert sample.groupby("iso3")["year"].nunique().eq(20).all()
    assert datasets.load_seed()["doc_id"].tolist() == ["seed-hksar-2020-06-26"]


def test_unknown_dataset_names_the_choices():
    with pytest.raises(CorpusError, match="ungdc_sample"):
        datasets.dataset_path("ungdc_full")


def test_the_pinned_checksums_match_the_bundled_sample():
    pinned = datasets._pinned_checksums()
    manifest = pd.read_csv(SAMPLE / "manifest.csv")
    assert len(pinned) == 3857
    for name in manifest["file"]:
        assert hashlib.sha256((SAMPLE / name).read_bytes()).hexdigest() == pinned[name]


def _speeches(n: int = 4) -> dict[str, bytes]:
    manifest = pd.read_csv(SAMPLE / "manifest.csv").head(n)
    return {name: (SAMPLE / name).read_bytes() for name in manifest["file"]}


def _tar_gz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.fixture
def serve(tmp_path):
    """Serve files from a temporary folder on 127.0.0.1; yields a function name -> URL."""
    root = tmp_path / "www"
    root.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def publish(name: str, data: bytes) -> str:
        (root / name).write_bytes(data)
        return f"http://127.0.0.1:{server.server_address[1]}/{name}"

    yield publish
    server.shutdown()


def test_fetch_ungdc_downloads_checks_and_lays_out_the_corpus(serve, tmp_path):
    speeches = _speeches()
    # the corpus's layout under a top folder, as in the published archive, with the AppleDouble
    # files and an older session that the 2005-2024 selection leaves out
    members = {f"UNGDC 1946-2024/TXT/{name[4:]}": data for name, data in speeches.items()}
    members["UNGDC 1946-2024/TXT/Session 25 - 1970/USA_25_1970.txt"] = b"Mr. President, ..."
    members["UNGDC 1946-2024/TXT/Session 60 - 2005/._USA_60_2005.txt"] = b"\x00\x05"
    # Dataverse serves a zip that holds the corpus's own tar.gz
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("UNGDC_1946-2024.tgz", _tar_gz(members))
        archive.writestr("README.txt", "the corpus")
    url = serve("dataset.zip", outer.getvalue())
    pinned = {name: hashlib.sha256(data).hexdigest() for name, data in speeches.items()}

    out = datasets.fetch_ungdc(tmp_path / "ungdc", url=url, checksums=pinned, progress=False)

    manifest = pd.read_csv(out / "manifest.csv")
    assert sorted(manifest["file"]) == sorted(speeches)
    for name, data in speeches.items():
        assert (out / name).read_bytes() == data
    from toolkit import load_corpus

    documents = load_corpus(out)
    assert len(documents) == len(speeches)
    assert set(documents["year"].astype(int)) <= set(range(2005, 2025))


def test_fetch_ungdc_refuses_a_changed_speech_and_leaves_nothing(serve, tmp_path):
    speeches = _speeches(2)
    pinned = {name: hashlib.sha256(data).hexdigest() for name, data in speeches.items()}
    first = next(iter(speeches))
    tampered = dict(speeches, **{first: speeches[first] + b" Appended."})
    url = serve("ungdc.tar.gz", _tar_gz(tampered))
    with pytest.raises(CorpusError, match="differ from their SHA-256"):
        datasets.fetch_ungdc(tmp_path / "ungdc", url=url, checksums=pinned, progress=False)
    assert not (tmp_path / "ungdc").exists()


def test_fetch_ungdc_reports_missing_speeches(serve, tmp_path):
    speeches = _speeches(3)
    pinned = {name: hashlib.sha256(data).hexdigest() for name, data in speeches.items()}
    partial = dict(list(speeches.items())[:2])
    url = serve("ungdc.tar.gz", _tar_gz(partial))
    with pytest.raises(CorpusError, match="1 are missing"):
        datasets.fetch_ungdc(tmp_path / "ungdc", url=url, checksums=pinned, progress=False)


def test_fetch_ungdc_never_writes_outside_dest(serve, tmp_path):
    speeches = _speeches(1)
    name, data = next(iter(speeches.items()))
    evil = {f"../../{name[4:]}": data, "/etc/Session 60 - 2005/XXX_60_2005.txt": b"x"}
    url = serve("evil.tar.gz", _tar_gz(evil))
    pinned = {name: hashlib.sha256(data).hexdigest()}
    out = datasets.fetch_ungdc(tmp_path / "a" / "ungdc", url=url, checksums=pinned,
                               progress=False)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")
                     if p.is_file() and p.parent.name != "www")
    assert written == sorted([Path("a/ungdc/manifest.csv"), Path("a/ungdc") / name,
                              Path("a/ungdc/txt/Session 60 - 2005/XXX_60_2005.txt")])
    assert out == tmp_path / "a" / "ungdc"


def test_fetch_ungdc_names_an_unreachable_source(tmp_path):
    with pytest.raises(CorpusError, match="could not download"):
        datasets.fetch_ungdc(tmp_path / "u", url="http://127.0.0.1:9/none.zip", progress=False)


def test_fetch_ungdc_refuses_a_folder_in_use(tmp_path):
    (tmp_path / "u").mkdir()
    (tmp_path / "u" / "keep.txt").write_text("mine")
    with pytest.raises(CorpusError, match="not empty"):
        datasets.fetch_ungdc(tmp_path / "u", url="http://127.0.0.1:9/x", progress=False)
