#!/usr/bin/env bash
# Teixit's speed targets, measured in one run on generated maps, ending with a table of target vs measured.
# Needs JDK 17 and Maven; node + npm for the graphology row and xvfb-run for the startup rows (each skipped
# with a note without them).
# What each row means, and the numbers measured so far: bench/README.md.
#
#   bench/run.sh                      build once into target-bench/, then run every benchmark (~8 min)
#   BENCH_SKIP_BUILD=1 bench/run.sh   reuse target-bench/ as built by an earlier run
#
# Knobs (environment): BENCH_RENDER_BUDGET seconds of frames per render configuration (15),
# BENCH_STORE_WRITE_BUDGET seconds the 50,000-actor replaceAll may take before it is stopped (60),
# BENCH_HEAP the benchmarks' fixed heap, -Xms and -Xmx (4g).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=target-bench
RESULTS="$BUILD/bench-results.tsv"
VALUES="$BUILD/bench-values.txt"
GRAPH="$BUILD/bench-graph.json"
started=$(date +%s)
load_average() {
    cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'
}
load_at_start=$(load_average)
# What is measured: the commit built (and whether the work tree had changes then).
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
if [[ -n "$(git status --porcelain --untracked-files=no 2>/dev/null || true)" ]]; then
    commit="$commit with local changes"
fi

section() {
    printf '\n== %s (%s, %ds into the run)\n' "$1" "$(date +%H:%M:%S)" "$(($(date +%s) - started))"
}

# row NAME TARGET MEASURED VERDICT: one line of the summary, as the Java benchmarks write them.
row() {
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$RESULTS"
}

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
    section "build"
    mvn -q -B -Dbuild.dir="$BUILD" -DskipTests package
    mvn -q -B -Dbuild.dir="$BUILD" test-compile
fi
mkdir -p "$BUILD"
rm -f "$RESULTS" "$VALUES" "$GRAPH"

CP="$BUILD/test-classes:$BUILD/classes:$BUILD/lib/*"
JAVA=(java "-Xms${BENCH_HEAP:-4g}" "-Xmx${BENCH_HEAP:-4g}" -Djava.awt.headless=true
    "-Dbench.results=$RESULTS" "-Dbench.values=$VALUES" "-Dbench.dir=$BUILD"
    "-Dbench.render.budget=${BENCH_RENDER_BUDGET:-15}"
    "-Dbench.store.writeBudget=${BENCH_STORE_WRITE_BUDGET:-60}"
    -cp "$CP")

section "1. pan/zoom frame time (org.teixit.bench.RenderBench)"
"${JAVA[@]}" org.teixit.bench.RenderBench

section "2. ForceAtlas2 overhead against Gephi's own loop (org.teixit.bench.LayoutBench)"
"${JAVA[@]}" "-Dbench.graph=$GRAPH" org.teixit.bench.LayoutBench

section "3. graphology's ForceAtlas2 on the same graph (bench/graphology/fa2.mjs)"
# The smallest value of KEY that the benchmarks wrote (a key may be written by several runs).
value() {
    grep "^$1=" "$VALUES" | cut -d= -f2 | sort -g | head -1
}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "node or npm not found: graphology row skipped"
    row "FA2 10,000 / 30,000: Teixit step() / graphology" "<= 1.00x" "skipped: node/npm not installed" "skipped"
elif ! (cd bench/graphology && npm ci --no-audit --no-fund --loglevel=error); then
    echo "npm ci failed: graphology row skipped"
    row "FA2 10,000 / 30,000: Teixit step() / graphology" "<= 1.00x" "skipped: npm ci failed" "skipped"
else
    # Three rounds of graphology then Teixit alone, so that both meet the same neighbours' load; the best
    # of each (Teixit's also counts its time in section 2).
    best=""
    for round in 1 2 3; do
        if out=$(node bench/graphology/fa2.mjs "$GRAPH"); then
            echo "$out" | grep -v '^ms_per_iteration=' || true
            ms=$(echo "$out" | sed -n 's/^ms_per_iteration=//p')
            best=$(awk -v a="$best" -v b="$ms" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }')
        else
            echo "$out"
        fi
        "${JAVA[@]}" org.teixit.bench.LayoutBench --teixit-only | grep -v '^ForceAtlas2 benchmark'
    done
    teixit=$(value fa2.teixit.step.ms)
    threads=$(value fa2.teixit.step.threads | cut -d. -f1)
    teixit1=$(value fa2.teixit.step1.ms)
    if [[ -z "$best" ]]; then
        row "FA2 10,000 / 30,000: Teixit step() / graphology" "<= 1.00x" "failed: see the log above" "skipped"
    else
        echo "  best: graphology $best ms per iteration; Teixit step() $teixit ms ($threads threads)," \
            "$teixit1 ms (1 thread)"
        row "FA2 10,000 / 30,000: Teixit step() ($threads threads) / graphology" "<= 1.00x" \
            "$(awk -v t="$teixit" -v g="$best" 'BEGIN { printf "%.2fx (%.1f ms vs %.1f ms)", t / g, t, g }')" \
            "$(awk -v t="$teixit" -v g="$best" 'BEGIN { print (t <= g) ? "met" : "MISSED" }')"
        row "FA2 10,000 / 30,000: Teixit step() (1 thread) / graphology" "-" \
            "$(awk -v t="$teixit1" -v g="$best" 'BEGIN { printf "%.2fx (%.1f ms vs %.1f ms)", t / g, t, g }')" "info"
    fi
fi

section "4. store open (org.teixit.bench.StoreBench)"
"${JAVA[@]}" org.teixit.bench.StoreBench

section "5. network measures (org.teixit.bench.MeasuresBench)"
"${JAVA[@]}" org.teixit.bench.MeasuresBench | tee "$BUILD/bench-measures.txt"
# Its lines "WHAT: best X s" become rows; the JGraphT comparison line keeps its ratio.
found=0
while IFS= read -r line; do
    what=$(echo "$line" | sed -E 's/: *best .*//; s/ +$//')
    secs=$(echo "$line" | sed -E 's/.*best ([0-9.]+ s).*/\1/')
    row "measures $what" "-" "$secs" "info"
    found=1
done < <(grep -E ': *best [0-9.]+ s' "$BUILD/bench-measures.txt" | sed -E 's/ actors \/ / \/ /; s/ ties,/,/')
jgrapht=$(grep -E 'JGraphT BetweennessCentrality' "$BUILD/bench-measures.txt" | head -1 || true)
if [[ -n "$jgrapht" ]]; then
    row "measures 2,000 / 6,000: JGraphT betweenness vs all our measures" "-" \
        "$(echo "$jgrapht" | sed -E 's/.*Centrality ([0-9.]+ s); all our measures ([0-9.]+ s).*/\1 vs \2/')" "info"
fi
if [[ $found == 0 ]]; then
    row "measures" "-" "see $BUILD/bench-measures.txt" "info"
fi

section "6. startup (bench/startup.sh)"
BUILD="$BUILD" BENCH_RESULTS="$RESULTS" bench/startup.sh

section "summary"
java_version=$(java -version 2>&1 | head -1 | cut -d'"' -f2)
cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
echo "Teixit benchmarks, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores ($cpu), Java $java_version," \
    "node $(node --version 2>/dev/null || echo 'not installed'), built from commit $commit"
# Other work on the machine slows every row; ratios measured side by side suffer least.
echo "Load average (1, 5, 15 min) at the start: $load_at_start; at the end: $(load_average)"
echo
# A Markdown table, so that it can go into bench/README.md as it is.
awk -F'\t' 'BEGIN { w1 = 3; w2 = 6; w3 = 8 }
    { name[NR] = $1; target[NR] = $2; measured[NR] = $3; verdict[NR] = $4
      w1 = length($1) > w1 ? length($1) : w1; w2 = length($2) > w2 ? length($2) : w2
      w3 = length($3) > w3 ? length($3) : w3 }
    function dashes(n,   s) { s = ""; while (n-- > 0) s = s "-"; return s }
    END {
      fmt = "| %-" w1 "s | %-" w2 "s | %-" w3 "s | %-7s |\n"
      printf fmt, "row", "target", "measured", "verdict"
      printf "|-%s-|-%s-|-%s-|---------|\n", dashes(w1), dashes(w2), dashes(w3)
      for (i = 1; i <= NR; i++) {
        printf fmt, name[i], target[i], measured[i], verdict[i]
        if (verdict[i] == "MISSED") missed++
      }
      printf "\n%d rows, %d targets missed\n", NR, missed
    }' "$RESULTS"
echo "Total run time: $(($(date +%s) - started)) s"
