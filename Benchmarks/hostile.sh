#!/usr/bin/env bash
# Pathological input for the attribution sieve, which must stay linear in the quotes and cues of
# one sentence: N unbalanced “ in one sentence, N alternating ' marks, and a 5 MB paragraph of a
# single sentence with a quote every 100 words and a cue every few words. Prints wall seconds.
# Run after `swift build -c release`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/quotecheck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import random, sys
d = sys.argv[1]
for n in (25000, 50000, 100000):
    open(f"{d}/curly-{n}.txt", "w").write("He said " + "“a " * n + "end.\n")
open(f"{d}/straight-100000.txt", "w").write("He said " + "'a " * 100000 + "end.\n")
random.seed(1)
words = ["the", "harbour", "will", "reopen", "soon", "and", "officials", "said", "that", "boats", "wait"]
out, size = [], 0
while size < 5_000_000:
    chunk = [random.choice(words) for _ in range(100)] + ["“we will see”"]
    out += chunk
    size += sum(len(w) + 1 for w in chunk)
open(f"{d}/paragraph-5mb.txt", "w").write(" ".join(out) + ".\n")
PY
for file in "$tmp"/*.txt; do
    /usr/bin/time -f "$(basename "$file"): %e s, %M KB" "$bin" extract "$file" > /dev/null
done
