"""Choose the texts of the silver training corpus (issue 15): ``training/silver/``.

    python scripts/build_silver_texts.py [--shared ../shared] [--state-pr DIR] [--seed 15]

About 100,000 words of openly licensed statements, spread over speakers, countries and years,
none of them in any test or development set of the project:

- UN General Debate speeches 2005-2024 (Jankin, Baturo & Dasandi, UNGDC, CC0 1.0), from
  ``../shared/corpora/ungdc``: one excerpt of consecutive paragraphs (about 1,000 words, the
  PDF's hard line wraps joined) from each of 78 speeches drawn at random, a speech per country
  at most, leaving out the five permanent members (the package's example sample), the 2020
  speeches of the example statements and every speech excerpted in the dev gold or the
  project's held-out sets;
- US Department of State press releases 2021-2022 (US federal government works, public
  domain, 17 USC 105), from the history of the department's press-release RSS feed kept in
  the public GitHub repository ``markschaver/State-Department-PR`` (``--state-pr``: its git
  directory): whole releases of 150-700 words, drawn at random, leaving out the releases in
  the blind test.

Writes ``texts/ID.txt``, ``sources.csv`` (id, batch, source, kind, title, date, speaker,
country, origin, licence, words) and assigns the texts to annotation batches of about 6,300
words, with a 10 % sample (``double`` = yes) annotated twice. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "training" / "silver"
P5 = {"USA", "CHN", "RUS", "GBR", "FRA"}
#: UNGDC speeches (ISO3, year) excerpted in the dev gold, the held-out sets or the statements
USED = {("RUS", 2015), ("CHN", 2019), ("FRA", 2019), ("RUS", 2019), ("CAN", 2023),
        ("ISR", 2023), ("VEN", 2019), ("IRN", 2018), ("UKR", 2015), ("BRA", 2016),
        ("PRK", 2017), ("IND", 2021), ("USA", 2020), ("CHN", 2020), ("GBR", 2020),
        ("MYS", 2020), ("THA", 2020)}
BATCH_WORDS = 6300


def words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]+", text))


def paragraphs(raw: str) -> list[str]:
    """Lines joined where the PDF wrapped them (a line not ending a sentence)."""
    out, current = [], ""
    for line in raw.replace("\ufeff", "").splitlines():
        line = line.strip()
        if not line:
            continue
        current = f"{current} {line}".strip()
        if re.search(r"[.!?:;\"”’)]$", current):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def ungdc_texts(shared: Path, rng: random.Random, n: int) -> list[dict]:
    ungdc = shared / "corpora" / "ungdc"
    with (ungdc / "manifest.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle)
                if r["iso3"] not in P5 and (r["iso3"], int(r["year"])) not in USED
                and int(r["words"]) > 1500]
    rng.shuffle(rows)
    chosen, countries = [], set()
    for row in rows:
        if row["iso3"] in countries:
            continue
        paras = paragraphs((ungdc / row["file"]).read_text(encoding="utf-8-sig"))
        if len(paras) < 6:
            continue
        start = rng.randrange(1, max(2, len(paras) - 5))  # not the opening courtesies
        excerpt, total = [], 0
        for para in paras[start:]:
            excerpt.append(para)
            total += words(para)
            if total >= 950:
                break
        if total < 600:
            continue
        countries.add(row["iso3"])
        chosen.append({"id": f"ungd_{row['year']}_{row['iso3'].lower()}_silver",
                       "source": "UN General Debate Corpus", "kind": "un_general_debate",
                       "title": f"{row['iso3']} statement in the General Debate, session "
                                f"{row['session']}", "date": row["year"], "speaker": "",
                       "country": row["iso3"],
                       "origin": f"shared/corpora/ungdc/{row['file']} (excerpt: paragraphs "
                                 f"{start + 1}-{start + len(excerpt)}, hard wraps joined); "
                                 "UNGDC, Harvard Dataverse doi:10.7910/DVN/0TJX8Y",
                       "licence": "CC0 1.0", "text": "\n\n".join(excerpt)})
        if len(chosen) == n:
            break
    return chosen


def _item_text(item: str) -> str:
    body = re.search(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", item, re.S)
    if not body:
        return ""
    paras = re.findall(r"<p[^>]*>(.*?)</p>", body.group(1), re.S)
    clean = [html.unescape(re.sub(r"<[^>]+>", "", p)).replace("\xa0", " ").strip()
             for p in paras]
    return "\n\n".join(p for p in clean if p and not p.startswith("###"))


def state_texts(git_dir: Path, rng: random.Random, n: int, exclude: set[str]) -> list[dict]:
    commits = subprocess.run(["git", "--git-dir", str(git_dir), "rev-list", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.split()
    items: dict[str, dict] = {}
    for commit in commits[::3]:  # snapshots overlap: every third one sees every release
        rss = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:data.rss"],
                             capture_output=True, text=True).stdout
        for item in re.findall(r"<item>(.*?)</item>", rss, re.S):
            link = re.search(r"<link>(.*?)</link>", item)
            if not link or link.group(1) in items or link.group(1) in exclude:
                continue
            title = html.unescape(re.search(r"<title>(.*?)</title>", item, re.S).group(1))
            date = re.search(r"<pubDate>(.*?)</pubDate>", item)
            text = _item_text(item)
            if 150 <= words(text) <= 700:
                items[link.group(1)] = {"title": title, "date": date.group(1) if date else "",
                                        "text": text, "link": link.group(1)}
    links = sorted(items)
    rng.shuffle(links)
    chosen = []
    for link in links[:n]:
        item = items[link]
        slug = re.sub(r"[^a-z0-9]+", "_", item["title"].lower()).strip("_")[:40]
        chosen.append({"id": f"state_pr_{slug}", "source": "US Department of State",
                       "kind": "foreign_ministry", "title": item["title"],
                       "date": item["date"], "speaker": "Office of the Spokesperson",
                       "country": "USA",
                       "origin": f"{link}; via github:markschaver/State-Department-PR "
                                 "(RSS history)",
                       "licence": "US federal government work, public domain (17 USC 105)",
                       "text": item["text"]})
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--state-pr", type=Path,
                        default=Path("/work/.mirror/markschaver+State-Department-PR/repo"))
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--ungdc", type=int, default=78)
    parser.add_argument("--state", type=int, default=96)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    blind = set()
    for path in (ROOT / "evaluation" / "blind").glob("sources_batch*.csv"):
        with path.open(encoding="utf-8") as handle:
            blind |= {r["url"] for r in csv.DictReader(handle)}
    texts = ungdc_texts(args.shared, rng, args.ungdc) + state_texts(args.state_pr, rng,
                                                                     args.state, blind)
    rng.shuffle(texts)
    seen: dict[str, int] = {}
    for text in texts:  # two releases may share a title's first words
        seen[text["id"]] = seen.get(text["id"], 0) + 1
        if seen[text["id"]] > 1:
            text["id"] = f"{text['id']}_{seen[text['id']]}"
    (OUT / "texts").mkdir(parents=True, exist_ok=True)
    batch, in_batch = 1, 0
    doubles = set(t["id"] for t in rng.sample(texts, max(1, len(texts) // 10)))
    for text in texts:
        if in_batch >= BATCH_WORDS:
            batch, in_batch = batch + 1, 0
        text["batch"] = batch
        text["words"] = words(text["text"])
        text["double"] = "yes" if text["id"] in doubles else "no"
        in_batch += text["words"]
        (OUT / "texts" / f"{text['id']}.txt").write_text(text["text"] + "\n", encoding="utf-8")
    columns = ["id", "batch", "double", "source", "kind", "title", "date", "speaker", "country",
               "origin", "licence", "words"]
    with (OUT / "sources.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(texts, key=lambda t: (t["batch"], t["id"])))
    total = sum(t["words"] for t in texts)
    print(f"{len(texts)} texts, {total} words, {batch} batches; "
          f"{len(doubles)} texts ({sum(t['words'] for t in texts if t['double'] == 'yes')} "
          "words) to annotate twice")


if __name__ == "__main__":
    main()
