#!/usr/bin/env bash
# Startup: the time from launching the README's `java @packaging/teixit.jvm -jar teixit.jar` (and plain
# `java -jar teixit.jar`, which relaunches itself with the same options) to the sample map drawn on the display,
# as another process reading the screen sees it (org.teixit.bench.ScreenWatch), under Xvfb with JavaFX's
# software pipeline; the window's own count ("-Dteixit.startupTiming=true", "map on screen") is shown beside
# it. In the same run and the same way: a plain JavaFX window, one label on an orange background
# (org.teixit.bench.EmptyWindow), started with plain `java` — JavaFX's own floor on this machine. Median of
# RUNS launches each, taking turns, after one unmeasured launch of each (which also makes the sample's store).
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
WATCH_CP="$BUILD/test-classes"

# One launch, inside its own Xvfb: bench.ScreenWatch (started first, warmed up) reads the display from outside;
# the clock starts just before `java` is run and stops when the watcher sees the map drawn (strongly coloured
# pixels across the middle of the screen), so JVM start-up and every frame's way to the display are counted.
cat >"$WORK/one.sh" <<'ONE'
#!/usr/bin/env bash
# one.sh OUT LOG WATCH-CLASSPATH JAVA-ARGS…: prints "LAUNCH_MS DRAWN_MS" into OUT
out=$1 log=$2 watchcp=$3
shift 3
java -cp "$watchcp" org.teixit.bench.ScreenWatch 40000 >"$out.watch" 2>&1 &
watcher=$!
for _ in $(seq 1 400); do grep -q ready "$out.watch" && break; sleep 0.05; done
launched=$(date +%s%3N)
java "$@" >"$log" 2>&1 &
app=$!
wait "$watcher"
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
drawn=$(sed -n 's/^drawn //p' "$out.watch")
echo "$launched ${drawn:-}" >"$out"
ONE

# once NAME MARK JAVA-ARGS…: launches under Xvfb, prints the milliseconds from launch to the watcher seeing
# the map drawn, and the JVM's own "MARK" line's milliseconds (its timing from inside).
once() {
    local name=$1 mark=$2
    shift 2
    local log="$WORK/$name.log" out="$WORK/$name.out"
    rm -f "$out" "$out.watch"
    timeout 90 xvfb-run -a -s "-screen 0 1600x1000x24" bash "$WORK/one.sh" "$out" "$log" "$WATCH_CP" \
        "${OPTS[@]+"${OPTS[@]}"}" "${SCRATCH[@]}" "$@" >/dev/null 2>&1 || true
    stop_java
    local launched drawn inside
    read -r launched drawn <"$out" || true
    inside=$(sed -n "s/^startup: $mark \([0-9]*\) ms after launch.*/\1/p" "$log" | head -1)
    if [[ -z "${drawn:-}" ]]; then
        echo "$name never reached the screen:" >&2
        cat "$log" "$out.watch" >&2
        return 1
    fi
    echo "$((drawn - launched)) ${inside:-?}"
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
: >"$WORK/teixit-inside.ms"
: >"$WORK/relaunched.ms"
: >"$WORK/empty.ms"
for i in $(seq 1 "$RUNS"); do
    read -r t ti < <(teixit)
    read -r r ri < <(relaunched)
    read -r e ei < <(empty)
    echo "    launch $i: Teixit map drawn on the display $t ms (its own count: $ti ms; plain java -jar: $r ms)," \
        "empty JavaFX window $e ms (its own count: $ei ms) (load $(cut -d' ' -f1 /proc/loadavg))"
    echo "$t" >>"$WORK/teixit.ms"
    echo "$ti" >>"$WORK/teixit-inside.ms"
    echo "$r" >>"$WORK/relaunched.ms"
    echo "$e" >>"$WORK/empty.ms"
done
t=$(median <"$WORK/teixit.ms")
ti=$(median <"$WORK/teixit-inside.ms")
r=$(median <"$WORK/relaunched.ms")
e=$(median <"$WORK/empty.ms")
ratio=$(awk -v t="$t" -v e="$e" 'BEGIN { printf "%.2f", t / e }')
verdict=$(awk -v t="$t" 'BEGIN { print (t < 2000) ? "met" : "MISSED" }')
echo "  startup: launch to the sample map on screen  target < 2 s  measured median $t ms ($verdict; the window's" \
    "own count $ti ms); plain java -jar $r ms; an empty JavaFX window $e ms (Teixit ${ratio}x)"
row "startup: launch to the sample map drawn on the display (median of $RUNS)" "< 2 s" "$t ms" "$verdict"
row "startup: Teixit / an empty JavaFX window, same run" "-" "${ratio}x ($t ms vs $e ms)" "info"
row "startup: plain java -jar (relaunches with the same options)" "-" "$r ms" "info"
