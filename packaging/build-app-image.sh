#!/usr/bin/env bash
# Builds Teixit as a self-contained app image, with its own Java runtime, for the OS it runs on.
#
#   packaging/build-app-image.sh                     builds BUILD_DIR/app-image/Teixit (Teixit.app on macOS)
#   packaging/build-app-image.sh --check             then runs the image with no Java on PATH and no JAVA_HOME
#   packaging/build-app-image.sh --check-gui         also opens the window on the sample under xvfb-run (Linux)
#   packaging/build-app-image.sh --installer TYPE    also builds an installer into BUILD_DIR/installer:
#                                                    deb or rpm (Linux), msi or exe (Windows, needs WiX 3),
#                                                    dmg or pkg (macOS)
#   packaging/build-app-image.sh --skip-build        reuses BUILD_DIR/teixit.jar and BUILD_DIR/lib
#
# Environment: BUILD_DIR (default target), JPACKAGE (default $JAVA_HOME/bin/jpackage, else jpackage on
# PATH; a JDK 17 or later), APP_VERSION (default: the pom's version without its -SNAPSHOT suffix).
# Needs a JDK 17+ (with jmods: jpackage links the runtime from them) and Maven. See packaging/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BUILD_DIR=${BUILD_DIR:-target}
CHECK=0
CHECK_GUI=0
SKIP_BUILD=${SKIP_BUILD:-0}
INSTALLER=""
while [ $# -gt 0 ]; do
  case "$1" in
    --check) CHECK=1 ;;
    --check-gui) CHECK=1; CHECK_GUI=1 ;;
    --skip-build) SKIP_BUILD=1 ;;
    --installer) INSTALLER=${2:?--installer needs a type}; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-app-image: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

case "$(uname -s)" in
  Linux*) OS=linux; ICON=assets/icons/teixit.png ;;
  Darwin*) OS=mac; ICON=assets/icons/teixit.icns ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; ICON=assets/icons/teixit.ico ;;
  *) echo "build-app-image: unsupported system $(uname -s)" >&2; exit 2 ;;
esac

if [ -n "${JPACKAGE:-}" ]; then
  :
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
  JPACKAGE="$JAVA_HOME/bin/jpackage"
elif command -v jpackage >/dev/null 2>&1; then
  JPACKAGE=$(command -v jpackage)
else
  echo "build-app-image: no jpackage found: install a full JDK 17+ or set JAVA_HOME or JPACKAGE" >&2
  exit 1
fi
JPACKAGE_VERSION=$("$JPACKAGE" --version)
case "$JPACKAGE_VERSION" in
  1[0-6].*|[0-9].*) echo "build-app-image: jpackage $JPACKAGE_VERSION is too old; use JDK 17+" >&2; exit 1 ;;
esac

# The project's own <version> is the first one in the pom (it has no parent). jpackage wants digits only.
POM_VERSION=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)
APP_VERSION=${APP_VERSION:-${POM_VERSION%%-*}}
if [ "$OS" = mac ] && [ "${APP_VERSION%%.*}" = 0 ]; then
  echo "build-app-image: macOS needs a version whose first number is 1 or more; set APP_VERSION (pom: $POM_VERSION)" >&2
  exit 1
fi

if [ "$SKIP_BUILD" != 1 ]; then
  echo "== mvn package ($BUILD_DIR)"
  mvn -q -B package -DskipTests -Dbuild.dir="$BUILD_DIR"
fi
[ -f "$BUILD_DIR/teixit.jar" ] || { echo "build-app-image: $BUILD_DIR/teixit.jar is missing" >&2; exit 1; }

# jpackage copies its whole --input folder into the image and puts every jar in it on the class path: so
# the stage holds the jar and exactly the jars its manifest's Class-Path names (lib/…, Gephi's NetBeans
# bootstrap jar included), not whatever else an older build left in lib/ (other versions would shadow
# these), plus JavaFX's native libraries, which JavaFX loads from beside its jars.
STAGE="$BUILD_DIR/jpackage-input"
DEST="$BUILD_DIR/app-image"
rm -rf "$STAGE" "$DEST"
mkdir -p "$STAGE/lib"
cp "$BUILD_DIR/teixit.jar" "$STAGE/"
# (the manifest read with the JDK's own jar tool, beside jpackage)
MANIFEST_DIR=$(mktemp -d)
JAR_FILE="$(cd "$BUILD_DIR" && pwd)/teixit.jar"
(cd "$MANIFEST_DIR" && "$(dirname "$JPACKAGE")/jar" xf "$JAR_FILE" META-INF/MANIFEST.MF)
CLASS_PATH=$(tr -d '\r' <"$MANIFEST_DIR/META-INF/MANIFEST.MF" \
  | awk '/^Class-Path:/ { on = 1; sub(/^Class-Path: /, ""); printf "%s", $0; next }
         on && /^ / { sub(/^ /, ""); printf "%s", $0; next } { on = 0 }')
rm -rf "$MANIFEST_DIR"
[ -n "$CLASS_PATH" ] || { echo "build-app-image: $BUILD_DIR/teixit.jar has no Class-Path" >&2; exit 1; }
for entry in $CLASS_PATH; do
  cp "$BUILD_DIR/$entry" "$STAGE/$entry"
done
for native in "$BUILD_DIR"/lib/*.so "$BUILD_DIR"/lib/*.dylib "$BUILD_DIR"/lib/*.dll; do
  if [ -f "$native" ]; then cp "$native" "$STAGE/lib/"; fi
done
echo "== staged teixit.jar, $(ls "$STAGE/lib" | grep -c '\.jar$' || true) jars and" \
  "$(ls "$STAGE/lib" | grep -vc '\.jar$' || true) native libraries"

# The runtime: all of Java SE (java.desktop for the window, java.sql, java.net.http, …) plus the jdk.*
# modules an app uses: the workshop server (jdk.httpserver), JavaFX's and SQLite's jdk.unsupported, screen
# readers (jdk.accessibility), locale data for Catalan and Spanish, extra charsets for imported files,
# crypto providers, zip file systems and the DOM extensions Batik (Gephi) reads. Not the JDK's tools
# (javac, jlink, jshell…): jpackage's own default would add them (~50 MB more). jlink's options are
# jpackage's defaults plus --generate-cds-archive, which needs the runtime's bin/java (so the native
# commands stay, ~1 MB): the runtime's own classes then start from a class-data archive, as in a JDK (a
# jpackage runtime has none otherwise).
MODULES=java.se,jdk.httpserver,jdk.unsupported,jdk.unsupported.desktop,jdk.accessibility,jdk.localedata
MODULES=$MODULES,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.xml.dom,jdk.net,jdk.naming.dns
MODULES=$MODULES,jdk.security.auth,jdk.security.jgss,jdk.management,jdk.random,jdk.jsobject,jdk.jfr
COMMON=(--name Teixit --app-version "$APP_VERSION" --vendor "Teixit"
  --description "Map and strengthen learning ecosystems: actors, ties and the five CSER dimensions.")
PLATFORM=()
case "$OS" in
  windows) PLATFORM=(--add-launcher "teixit-cli=packaging/launcher-cli.properties") ;;
  mac) PLATFORM=(--mac-package-name Teixit --mac-package-identifier org.teixit) ;;
esac

echo "== jpackage $JPACKAGE_VERSION: app image, version $APP_VERSION, for $OS"
"$JPACKAGE" --type app-image "${COMMON[@]}" \
  --input "$STAGE" --main-jar teixit.jar --main-class org.teixit.Launcher \
  --icon "$ICON" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --java-options "-Djava.net.preferIPv4Stack=false" \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/teixit.jsa" \
  --java-options "-XX:Tier4InvocationThreshold=50000" --java-options "-XX:Tier4MinInvocationThreshold=6000" \
  --java-options "-XX:Tier4CompileThreshold=150000" --java-options "-XX:Tier4BackEdgeThreshold=400000" \
  ${PLATFORM[@]+"${PLATFORM[@]}"} \
  --dest "$DEST"

case "$OS" in
  linux) IMAGE="$DEST/Teixit"; BIN="$IMAGE/bin/Teixit"; RUNTIME="$IMAGE/lib/runtime" ;;
  mac) IMAGE="$DEST/Teixit.app"; BIN="$IMAGE/Contents/MacOS/Teixit"; RUNTIME="$IMAGE/Contents/runtime/Contents/Home" ;;
  windows) IMAGE="$DEST/Teixit"; BIN="$IMAGE/teixit-cli.exe"; RUNTIME="$IMAGE/runtime" ;;
esac
echo "== built $IMAGE ($(du -sh "$IMAGE" | cut -f1)); its runtime: $(grep JAVA_VERSION= "$RUNTIME/release")"

if [ -n "$INSTALLER" ]; then
  echo "== jpackage: $INSTALLER installer"
  EXTRA=()
  case "$INSTALLER" in
    # packaging/linux/Teixit.desktop: jpackage's own entry, plus %F so a double-clicked map is opened
    deb|rpm) EXTRA=(--linux-shortcut --linux-menu-group Education --linux-app-category Education
                    --resource-dir packaging/linux) ;;
    msi|exe) EXTRA=(--win-menu --win-shortcut --win-dir-chooser --win-per-user-install) ;;
    dmg|pkg) EXTRA=() ;;
  esac
  "$JPACKAGE" --type "$INSTALLER" "${COMMON[@]}" --app-image "$IMAGE" \
    --file-associations packaging/teixit.properties \
    ${EXTRA[@]+"${EXTRA[@]}"} --dest "$BUILD_DIR/installer"
  ls -l "$BUILD_DIR/installer"
fi

[ "$CHECK" = 1 ] || exit 0

# ---------------------------------------------------------------------------------------------- --check
# The image must run on a machine without Java: no java on PATH, no JAVA_HOME, nothing else inherited.
echo "== check: the image runs with no JDK"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
bare() { env -i HOME="$WORK" PATH=/nonexistent LANG=C.UTF-8 "$@"; }
if bare /bin/sh -c 'command -v java' >/dev/null 2>&1; then
  echo "check: java is still reachable without PATH?" >&2
  exit 1
fi
echo "java on PATH: none; JAVA_HOME: unset; runtime modules: $(grep -o 'jdk.httpserver' "$RUNTIME/release" || echo 'jdk.httpserver MISSING')"

bare "$BIN" sample "$WORK/sample.teixit"
FROM_STORE=$(bare "$BIN" info "$WORK/sample.teixit" --json)
FROM_JSON=$(bare "$BIN" info "$ROOT/assets/samples/petits-joves-actius.teixit.json" --json)
echo "$FROM_STORE"
count() { printf '%s' "$1" | tr -d ' \n' | sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p"; }
ACTORS=$(count "$FROM_STORE" actors)
TIES=$(count "$FROM_STORE" ties)
if [ -z "$ACTORS" ] || [ "$ACTORS" = 0 ] || [ "$ACTORS" != "$(count "$FROM_JSON" actors)" ] \
    || [ "$TIES" != "$(count "$FROM_JSON" ties)" ]; then
  echo "check FAILED: the store written by the image does not match the bundled sample" >&2
  exit 1
fi
echo "check: info on the sample store: $ACTORS actors, $TIES ties (same as the bundled JSON)"

# The workshop server from the image: loopback only, stopped by its own 'stop' command.
COLLECT=$(printf 'stats\nstop\n' | bare "$BIN" collect "$WORK/sample.teixit" --bind 127.0.0.1 --port 0 --code 2468)
printf '%s\n' "$COLLECT" | grep -E 'http://127\.0\.0\.1:|Stopped' || { echo "check FAILED: collect: $COLLECT" >&2; exit 1; }

if [ "$CHECK_GUI" = 1 ]; then
  if [ "$OS" != linux ] || ! command -v xvfb-run >/dev/null 2>&1; then
    echo "check-gui: needs Linux and xvfb-run; skipped"
  else
    # gui_run NAME JVM-OPTIONS: the image's window on the sample for 20 s under Xvfb, with no Java on PATH;
    # fails the check if it stops early or logs an exception; sets GUI_TIME to its start-up line. HOME is the
    # scratch folder: recent maps and the native-library copy go there, not to the user's own.
    gui_run() {
      local log="$WORK/gui-$1.log" status
      set +e
      timeout 20 xvfb-run -a /bin/sh -c 'exec env -i HOME="$2" PATH=/nonexistent LANG=C.UTF-8 DISPLAY="$DISPLAY" \
          XAUTHORITY="$XAUTHORITY" JAVA_TOOL_OPTIONS="$3 -Dteixit.startupTiming=true" "$0" "$1"' \
          "$BIN" "$WORK/sample.teixit" "$WORK" "$2" > "$log" 2>&1
      status=$?
      set -e
      if [ "$status" != 124 ] || grep -q 'Exception' "$log"; then
        echo "check-gui FAILED: the $1 run (exit $status):" >&2
        cat "$log" >&2
        exit 1
      fi
      GUI_TIME=$(grep -a 'map on screen' "$log" | sed 's/ (CPU.*//')
    }
    echo "== check-gui: the window opens the sample under Xvfb (20 s)"
    gui_run first ""
    echo "check-gui: the window ran for 20 s with the sample, no exception; $GUI_TIME"
    # The first run makes the image's class archive in the background (app.ImageArchive); the second must
    # map it (-Xshare:on fails without a usable one) and starts sooner.
    ARCHIVE="$(dirname "$(find "$IMAGE" -name Teixit.cfg | head -n 1)")/teixit.jsa"
    for _ in $(seq 1 90); do [ -f "$ARCHIVE" ] && break; sleep 1; done
    [ -f "$ARCHIVE" ] || { echo "check-gui FAILED: the first run made no $ARCHIVE" >&2; exit 1; }
    echo "check-gui: the first run made $(du -h "$ARCHIVE" | cut -f1) $ARCHIVE"
    gui_run second -Xshare:on
    echo "check-gui: the second run mapped it; $GUI_TIME"
  fi
fi
echo "check passed"
