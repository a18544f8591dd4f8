#!/usr/bin/env bash
# Startup: the time from launching the README's `java @packaging/teixit.jvm -jar teixit.jar` (and plain
# `java -jar teixit.jar`, which relaunches itself with the same options) to the sample map on screen (the window's
# "-Dteixit.startupTiming=true" line "map on screen"), under Xvfb with JavaFX's software pipeline; and, in
# the same run and the same way, a plain JavaFX window with one label (org.teixit.bench.EmptyWindow)
# started with plain `java` — JavaFX's own floor on this machine. Median of RUNS launches each, taking turns,
# after one unmeasured launch of each (which also makes the sample's store).
#
#   bench/startup.sh                   uses BUILD (target-bench) as built by bench/run.sh, else builds it
#   BENCH_STARTUP_RUNS=9 bench/startup.sh
#   BENCH_STARTUP_JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/startup.sh   tries JVM options on both
# With BENCH_RESULTS set (bench/run.sh sets it), appends its rows there. Needs xvfb-run (Debian: xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-target-bench}
RUNS=${BENCH_STARTUP_RUNS:-7}
OPTS=(${BENCH_STARTUP_JAVA_OPTS:-})

row() {
    if [[ -n "${BENCH_RESULTS:-}" ]]; then
        printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$BENCH_RESULTS"
    fi
}
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "xvfb-run not found (apt-get install xvfb): startup rows skipped"
    row "startup: launch to the sample map on screen" "< 2 s" "skipped: xvfb-run not installed" "skipped"
    exit 0
fi
if [[ ! -f "$BUILD/teixit.jar" || ! -d "$BUILD/test-classes" ]]; then
    mvn -q -B -Dbuild.dir="$BUILD" -DskipTests package
    mvn -q -B -Dbuild.dir="$BUILD" test-compile
fi
[[ -f "$BUILD/teixit.jsa" ]] || echo "note: $BUILD/teixit.jsa is missing: Teixit starts without its class archive"

WORK=$(mktemp -d)
# stop_java: stops this run's JVMs only (not xvfb-run, whose command line has the same words: it must live
# to stop its Xvfb).
stop_java() {
    local pid
    for pid in $(pgrep -f -- "-Dbench.startup.scratch=$WORK" || true); do
        [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] && kill "$pid" 2>/dev/null || true
    done
}
trap 'stop_java; rm -rf "$WORK"' EXIT
SCRATCH=(-Dbench.startup.scratch="$WORK" -Dteixit.home="$WORK/home" -Djava.util.prefs.userRoot="$WORK/prefs")

# once NAME MARK JAVA-ARGS…: launches under Xvfb, waits for the line with MARK, prints its milliseconds.
once() {
    local name=$1 mark=$2
    shift 2
    local log="$WORK/$name.log"
    xvfb-run -a -s "-screen 0 1600x1000x24" java "${OPTS[@]+"${OPTS[@]}"}" "${SCRATCH[@]}" "$@" >"$log" 2>&1 &
    local runner=$!
    local ms=""
    for _ in $(seq 1 240); do
        ms=$(sed -n "s/^startup: $mark \([0-9]*\) ms after launch.*/\1/p" "$log" | head -1)
        [[ -n "$ms" ]] && break
        kill -0 "$runner" 2>/dev/null || break
        sleep 0.25
    done
    stop_java
    wait "$runner" 2>/dev/null || true
    if [[ -z "$ms" ]]; then
        echo "$name never reached the screen:" >&2
        cat "$log" >&2
        return 1
    fi
    echo "$ms"
}
# The README's command: java @packaging/teixit.jvm -jar …, the argument file pointed at BUILD's archive.
sed "s|target/teixit.jsa|$BUILD/teixit.jsa|" packaging/teixit.jvm >"$WORK/teixit.jvm"
teixit() {
    once teixit "map on screen" "@$WORK/teixit.jvm" -Dteixit.startupTiming=true -jar "$BUILD/teixit.jar"
}
# Plain java -jar: Teixit relaunches itself with the same options.
relaunched() {
    once relaunched "map on screen" -Dteixit.startupTiming=true -jar "$BUILD/teixit.jar"
}
empty() {
    once empty "window on screen" -cp "$BUILD/test-classes:$BUILD/classes:$BUILD/lib/*" org.teixit.bench.EmptyWindow
}
median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "Startup benchmark: $RUNS launches each under Xvfb, JVM options: ${OPTS[*]:-none}"
teixit >/dev/null
empty >/dev/null
: >"$WORK/teixit.ms"
: >"$WORK/relaunched.ms"
: >"$WORK/empty.ms"
for i in $(seq 1 "$RUNS"); do
    t=$(teixit)
    r=$(relaunched)
    e=$(empty)
    echo "    launch $i: Teixit map on screen $t ms (plain java -jar: $r ms), empty JavaFX window $e ms" \
        "(load $(cut -d' ' -f1 /proc/loadavg))"
    echo "$t" >>"$WORK/teixit.ms"
    echo "$r" >>"$WORK/relaunched.ms"
    echo "$e" >>"$WORK/empty.ms"
done
t=$(median <"$WORK/teixit.ms")
r=$(median <"$WORK/relaunched.ms")
e=$(median <"$WORK/empty.ms")
ratio=$(awk -v t="$t" -v e="$e" 'BEGIN { printf "%.2f", t / e }')
verdict=$(awk -v t="$t" 'BEGIN { print (t < 2000) ? "met" : "MISSED" }')
echo "  startup: launch to the sample map on screen  target < 2 s  measured median $t ms ($verdict);" \
    "plain java -jar $r ms; an empty JavaFX window $e ms (Teixit ${ratio}x)"
row "startup: launch to the sample map on screen (median of $RUNS)" "< 2 s" "$t ms" "$verdict"
row "startup: Teixit / an empty JavaFX window, same run" "-" "${ratio}x ($t ms vs $e ms)" "info"
row "startup: plain java -jar (relaunches with the same options)" "-" "$r ms" "info"
