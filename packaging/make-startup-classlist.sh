#!/usr/bin/env bash
# Regenerates packaging/startup.classlist: the classes the window loads from launch to the sample map on
# screen, from which every build dumps target/teixit.jsa (class-data sharing; see app.StartupArchive).
# Run it after changes that alter what loads at start-up (new libraries, a new first screen). A stale list
# is harmless: classes it misses load from the jars as usual, names it has that no longer exist are skipped.
# Needs Linux with xvfb-run (Debian: xvfb), a JDK 17 and Maven.
#
#   packaging/make-startup-classlist.sh      builds into target-classlist/, opens the sample, waits for the
#                                            first frame of the map, writes the list
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BUILD=target-classlist
mvn -q -B package -DskipTests -Dbuild.dir="$BUILD"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LIST="$WORK/startup.classlist"
# The window runs in this JVM (no relaunch), in a scratch home, until its map is on screen, then 3 s more.
xvfb-run -a -s "-screen 0 1600x1000x24" java -XX:DumpLoadedClassList="$LIST" -Dteixit.relaunch=false \
    -Dteixit.startupTiming=true -Dteixit.home="$WORK/home" -Djava.util.prefs.userRoot="$WORK/prefs" \
    -jar "$BUILD/teixit.jar" >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
    grep -q "map on screen" "$WORK/app.log" && break
    sleep 0.5
done
# stops the JVM only: xvfb-run, whose command line has the same words, must live to stop its Xvfb
stop() {
    local pid
    for pid in $(pgrep -f -- "-XX:DumpLoadedClassList=$LIST" || true); do
        [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] && kill "$pid" 2>/dev/null || true
    done
    wait "$APP" || true
}
grep "startup:" "$WORK/app.log" || { echo "the map never reached the screen:" >&2; cat "$WORK/app.log" >&2; stop; exit 1; }
sleep 3
stop
cp "$LIST" packaging/startup.classlist
echo "packaging/startup.classlist: $(wc -l <packaging/startup.classlist) classes"
