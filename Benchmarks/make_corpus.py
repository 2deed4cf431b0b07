#!/usr/bin/env python3
"""Generate a news-like benchmark corpus from the project's own example articles.

Articles are built by recombining runs of paragraphs from the source articles (a title, the
source's header lines such as bullets or a byline, then paragraph runs from several sources)
and by varying names and numbers, all driven by one seed, so the same arguments always give the
same bytes. Runs of paragraphs are kept together so that a quotation spanning paragraphs stays
whole.

Output, under --out:
  txt/NNN/aNNNNNNN.txt   one article per file, 1000 files per folder
  articles.jsonl         the same articles as {"id", "text", "outlet", "date"} lines
  manifest.json          article count, total text bytes (UTF-8), seed and sources

Sources: every .txt under the given folders (default: examples/ when it has any, otherwise
Benchmarks/seed-articles/). Python 3 standard library only.
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FIRST_NAMES = [
    "Adaeze", "Ana", "Anders", "Bilal", "Camille", "Chen", "Dariusz", "Elena", "Emeka", "Farida",
    "Giulia", "Hamid", "Hana", "Ingrid", "Jamal", "Javier", "Jonas", "Kavya", "Keiko", "Lars",
    "Leila", "Lucía", "Mateus", "Mei", "Mikhail", "Nadia", "Noah", "Olga", "Omar", "Paulo",
    "Rania", "Ruth", "Samuel", "Sofia", "Tariq", "Thandiwe", "Ursula", "Viktor", "Wen", "Zoë",
]
SURNAMES = [
    "Abernethy", "Adeyemi", "Bauer", "Castellanos", "Chowdhury", "Dąbrowski", "Eriksen", "Farouk",
    "Gallagher", "Haddad", "Iwasaki", "Jovanović", "Kowalczyk", "Lindgren", "Mbeki", "Nakamura",
    "O'Sullivan", "Petrov", "Quintero", "Rahman", "Santos", "Schäfer", "Tanaka", "Urquhart",
    "Valdés", "Whitfield", "Xu", "Yilmaz", "Zimmermann", "Ørsted", "Moreau", "Kiplagat",
]
OUTLETS = ["Coastline Wire", "Northern Ledger", "The Daily Meridian", "Harbour Post", "Metro Courier",
           "Valley Times", "Global Desk", None]

# Overlapping, so "Councillor Priya Raman" yields both pairs.
NAME_PAIR = re.compile(r"\b(?=([A-Z][a-zà-ÿ]+) ([A-Z][a-zà-ÿ]+)\b)")
WORD = re.compile(r"[A-Za-zà-ÿ]+")
DIGITS = re.compile(r"\d+")


class Source:
    """One source article: its title, its header lines, and its body paragraphs."""

    def __init__(self, path, text):
        self.path = path
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            raise ValueError(f"{path}: empty article")
        self.title = lines[0]
        rest = lines[1:]
        # Header lines: short lines before the first real paragraph (bullets, bylines).
        split = 0
        while split < len(rest) and len(rest[split]) < 90:
            split += 1
        self.header = rest[:split]
        self.body = rest[split:] or rest


def find_sources(folders):
    paths = []
    for folder in folders:
        for directory, _, files in os.walk(folder):
            paths += [os.path.join(directory, name) for name in files if name.endswith(".txt")]
    return sorted(paths)


def name_words(sources):
    """Capitalised words that stand in name pairs ("Lena Marchetti") and never occur in lower
    case (so "The Port" does not make "The" or "Port" a name)."""
    lower = set()
    pairs = []
    for source in sources:
        for line in [source.title] + source.header + source.body:
            lower.update(word for word in WORD.findall(line) if word.islower())
            pairs += NAME_PAIR.findall(line)
    first, last = set(), set()
    for a, b in pairs:
        if a.lower() not in lower and b.lower() not in lower:
            first.add(a)
            last.add(b)
    last -= first
    return first, last


class Varier:
    """Replaces names consistently within one article and numbers freely."""

    def __init__(self, rng, first, last):
        self.rng = rng
        self.first, self.last = first, last
        words = sorted(first | last, key=len, reverse=True)
        self.pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None
        self.mapping = {}

    def new_article(self):
        self.mapping = {}

    def _name(self, match):
        word = match.group(0)
        if word not in self.mapping:
            pool = FIRST_NAMES if word in self.first else SURNAMES
            self.mapping[word] = self.rng.choice(pool)
        return self.mapping[word]

    def _number(self, match):
        digits = match.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(self.rng.randrange(1990, 2030))
        first = str(self.rng.randrange(1, 10)) if len(digits) > 1 else str(self.rng.randrange(0, 10))
        return first + "".join(str(self.rng.randrange(10)) for _ in range(len(digits) - 1))

    def vary(self, text):
        if self.pattern:
            text = self.pattern.sub(self._name, text)
        return DIGITS.sub(self._number, text)


def make_article(rng, sources, varier):
    varier.new_article()
    lead = rng.choice(sources)
    target = rng.randrange(1500, 7000)
    parts = [lead.title, ""]
    parts += lead.header
    if lead.header:
        parts.append("")
    size = sum(len(p) for p in parts)
    while size < target:
        source = rng.choice(sources)
        run = rng.randrange(2, 6)
        start = rng.randrange(0, max(1, len(source.body) - run + 1))
        for paragraph in source.body[start:start + run]:
            parts += [paragraph, ""]
            size += len(paragraph) + 1
    return varier.vary("\n".join(parts).rstrip("\n") + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, required=True, help="total article text, in MB (10^6 bytes)")
    parser.add_argument("--out", required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sources", nargs="*", help="folders of .txt source articles")
    args = parser.parse_args()

    folders = args.sources
    if not folders:
        examples = os.path.join(ROOT, "examples")
        folders = [examples] if find_sources([examples]) else [os.path.join(HERE, "seed-articles")]
    paths = find_sources(folders)
    if not paths:
        sys.exit(f"make_corpus: no .txt articles under {', '.join(folders)}")
    sources = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            sources.append(Source(os.path.relpath(path, ROOT), handle.read()))

    rng = random.Random(args.seed)
    first, last = name_words(sources)
    varier = Varier(rng, first, last)
    goal = int(args.size_mb * 1_000_000)
    os.makedirs(os.path.join(args.out, "txt"), exist_ok=True)
    total, count = 0, 0
    with open(os.path.join(args.out, "articles.jsonl"), "w", encoding="utf-8", newline="\n") as jsonl:
        while total < goal:
            text = make_article(rng, sources, varier)
            data = text.encode("utf-8")
            folder = os.path.join(args.out, "txt", f"{count // 1000:03d}")
            if count % 1000 == 0:
                os.makedirs(folder, exist_ok=True)
            name = f"a{count:07d}.txt"
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(data)
            record = {"id": name, "text": text, "outlet": rng.choice(OUTLETS),
                      "date": f"20{rng.randrange(10, 26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"}
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
            total += len(data)
            count += 1
    manifest = {"articles": count, "text_bytes": total, "seed": args.seed,
                "sources": [source.path for source in sources]}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    print(f"make_corpus: {count} articles, {total / 1e6:.1f} MB from {len(sources)} source articles "
          f"({', '.join(folders)}) into {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
