#!/usr/bin/env bash
# Planted-change recall of `check` on every PolNeAR train article (../shared/corpus): each article
# is copied "from another outlet" with one planted change (speaker swapped, number changed,
# negation, clause dropped, title changed, words reordered, paraphrased, or none), and the pair
# must raise exactly the matching finding. Prints the table per change type. The test suite runs
# the same on a sample of 60 articles.
#   QUOTECHECK_PLANTED_DUMP=DIR  also writes each missed pair to DIR as JSON Lines, to look into.
set -euo pipefail
cd "$(dirname "$0")/.."
QUOTECHECK_PLANTED_ALL=1 swift test --filter "PlantedChangeTests/polnearTrain" 2>&1 \
    | grep -E '^(planted changes|change \||[a-z-]+ \| [0-9]|miss:)|Test run' 
