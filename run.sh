#!/usr/bin/env bash
# Builds Cross-Entropy Lab when the build is missing or stale, then runs it with java directly.
#   ./run.sh                 open the lab
#   ./run.sh loss ...        the loss command line (no JavaFX, no display needed)
#   ./run.sh bench           time the loss core
#   ./run.sh --help
#   ./run.sh path/to/scenario.celab.json   open the lab with a saved scenario
#   ./run.sh path/to/my.celab-lesson.json  open the lab with a lesson (./run.sh check-lesson FILE checks one)
#   ./run.sh --install-launcher     add Cross-Entropy Lab to the desktop's application menu
#   ./run.sh --uninstall-launcher   remove it again
#   ./run.sh --app-image            build dist/CrossEntropyLab, which runs without an installed JDK
# Works from any directory; relative file arguments are read from the caller's directory.
# JAVA_OPTS (e.g. -Xmx8g) is passed to java.
set -euo pipefail
# `loss` streams its input in constant memory; a small serial-GC heap keeps its footprint flat
# (measured: 126 MB for both 1M and 3M rows, against 146 and 297 MB with the JVM's defaults).
# JAVA_OPTS comes later on the java command line, so its -Xmx wins; one that picks a collector
# itself is left alone (two collectors would stop the JVM).
[[ "${1:-}" == loss && "${JAVA_OPTS:-}" != *GC* ]] && JAVA_OPTS="-XX:+UseSerialGC -Xmx256m ${JAVA_OPTS:-}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$root/target/.run-sh-build-stamp"

# Maven if it is installed, else the Maven Wrapper (./mvnw fetches Maven once; a JDK is enough).
mvn_cmd() {
    if command -v mvn >/dev/null 2>&1; then
        mvn "$@"
    else
        "$root/mvnw" "$@"
    fi
}

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop_file="$data_home/applications/cross-entropy-lab.desktop"
icon_file="$data_home/icons/hicolor/256x256/apps/cross-entropy-lab.png"
mime_file="$data_home/mime/packages/cross-entropy-lab.xml"

install_launcher() {
    mkdir -p "$(dirname "$desktop_file")" "$(dirname "$icon_file")" "$(dirname "$mime_file")"
    cp "$root/assets/icon.png" "$icon_file"
    cat > "$mime_file" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-cross-entropy-lab">
    <comment>Cross-Entropy Lab scenario</comment>
    <sub-class-of type="application/json"/>
    <glob pattern="*.celab.json"/>
    <glob pattern="*.celab-lesson.json"/>
  </mime-type>
</mime-info>
XML
    cat > "$desktop_file" <<DESKTOP
[Desktop Entry]
Type=Application
Version=1.0
Name=Cross-Entropy Lab
GenericName=Loss function lab
Comment=Touch categorical cross-entropy: sliders, curves, batches, lessons
Exec="$root/run.sh" %f
Icon=$icon_file
Terminal=false
Categories=Education;Science;ComputerScience;
Keywords=cross-entropy;loss;softmax;machine learning;neural network;
MimeType=application/x-cross-entropy-lab;
StartupNotify=true
DESKTOP
    chmod 644 "$desktop_file"
    command -v update-mime-database >/dev/null && update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$data_home/applications" >/dev/null 2>&1 || true
    echo "Installed $desktop_file"
    echo "The menu entry runs $root/run.sh; scenario files (*.celab.json) and lessons (*.celab-lesson.json) open with it."
}

uninstall_launcher() {
    rm -f "$desktop_file" "$icon_file" "$mime_file"
    command -v update-mime-database >/dev/null && update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$data_home/applications" >/dev/null 2>&1 || true
    echo "Removed the Cross-Entropy Lab launcher."
}

app_image() {
    command -v jlink >/dev/null && command -v jdeps >/dev/null \
        || { echo "run.sh: jlink and jdeps (part of JDK 17+) are not on PATH" >&2; exit 1; }
    local lib="$root/target/app-lib" runtime="$root/target/app-runtime"
    rm -rf "$lib" "$runtime"
    # the runtime dependencies, Monocle (headless JavaFX, 250 KB) included: the image's first start
    # trains its class-data-sharing archive headless with it, as run.sh does
    (cd "$root" && mvn_cmd -B -ntp -q -DskipTests package dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$lib") \
        || { echo "run.sh: the build failed" >&2; exit 1; }
    cp "$root"/target/cross-entropy-lab-*.jar "$lib/"
    # A Java runtime of only the modules the app and its libraries use (jdeps finds them; JavaFX
    # itself needs jdk.unsupported), without debug data, headers or man pages, compressed. The app
    # runs from the class path, so JavaFX's jars travel as they are. Three modules jdeps names are
    # left out unless the app's own classes use them, because only code the lab never runs needs
    # them: java.desktop (JavaFX's JavaBeans adapters and Swing interop, Jackson's java.beans
    # annotations), java.sql (Jackson's java.sql dates) and jdk.jfr (JavaFX's optional JFR events).
    local modules own
    modules="$(jdeps --print-module-deps --ignore-missing-deps -q --multi-release 17 \
        --class-path "$lib/*" "$lib"/*.jar)" || { echo "run.sh: jdeps failed" >&2; exit 1; }
    own="$(jdeps --print-module-deps --ignore-missing-deps -q --multi-release 17 --no-recursive \
        --class-path "$lib/*" "$lib"/cross-entropy-lab-*.jar)" || { echo "run.sh: jdeps failed" >&2; exit 1; }
    modules="$(printf '%s\n' ${modules//,/ } ${own//,/ } java.logging \
        | grep -vxE 'java\.desktop|java\.sql|jdk\.jfr' | sort -u | paste -sd, -)"
    for m in java.desktop java.sql jdk.jfr; do
        [[ ",$own," == *",$m,"* ]] && modules="$modules,$m"
    done
    local strip=()
    command -v objcopy >/dev/null && strip=(--strip-native-debug-symbols=exclude-debuginfo-files)
    jlink --add-modules "$modules" --strip-debug "${strip[@]}" --no-header-files --no-man-pages --compress=2 \
        --output "$runtime" || { echo "run.sh: jlink failed" >&2; exit 1; }
    # the JDK's default class-data-sharing archive, which jlink leaves out: without it every start
    # loads and verifies the JDK's own classes again (slower than run.sh's java); the app's own
    # archive is built on top of it
    "$runtime/bin/java" -Xshare:dump >/dev/null || { echo "run.sh: could not make the runtime's CDS archive" >&2; exit 1; }
    # The image: bin/CrossEntropyLab (a shell launcher), lib/runtime (the runtime above), lib/app
    # (the jars). Not jpackage's native launcher: on every start it asks rpm and then dpkg whether
    # it was installed from a package, which takes about 0.15 s on Debian before Java even starts.
    local image="$root/dist/CrossEntropyLab"
    rm -rf "$image"
    mkdir -p "$image/bin" "$image/lib/app"
    mv "$runtime" "$image/lib/runtime"
    cp "$lib"/*.jar "$image/lib/app/"
    cp "$root/assets/icon.png" "$image/lib/CrossEntropyLab.png"
    # the class path in a fixed order, written out: the start-up archive is valid only for the
    # exact class path it was made with, and a glob's order can change with the locale
    local cp_entries="" jar
    for jar in $(cd "$image/lib/app" && LC_ALL=C ls cross-entropy-lab-*.jar; cd "$image/lib/app" && LC_ALL=C ls *.jar | grep -v '^cross-entropy-lab-'); do
        cp_entries="$cp_entries\$app/$jar:"
    done
    cat > "$image/bin/CrossEntropyLab" <<LAUNCHER
#!/bin/sh
# Cross-Entropy Lab with its own Java runtime. Arguments are the same as ./run.sh's
# (a scenario or lesson file, --presentation, --screen=ID, loss ..., bench ...); JAVA_OPTS is
# passed to java. The lab starts from a class-data-sharing archive of its classes, which it
# makes in lib/app/celab.jsa after its first start (see the README).
self=\$(readlink -f "\$0")
here=\$(cd "\$(dirname "\$self")/.." && pwd -P)
app="\$here/lib/app"
cp="${cp_entries%:}"
case "\${1:-}" in
    loss|bench|--help|-h|help)   # the command line loads few classes: mapping the archive costs it more
        exec "\$here/lib/runtime/bin/java" \${JAVA_OPTS:-} -cp "\$cp" celab.Main "\$@" ;;
esac
exec "\$here/lib/runtime/bin/java" -XX:SharedArchiveFile="\$app/celab.jsa" -XX:+VerifySharedSpaces -Xshare:auto \\
    -Xlog:cds=off -Xlog:cds+dynamic=off -Dcelab.imageArchive="\$app/celab.jsa" -Dprism.lcdtext=false \\
    \${JAVA_OPTS:-} -cp "\$cp" celab.Main "\$@"
LAUNCHER
    chmod 755 "$image/bin/CrossEntropyLab"
    echo "Built $root/dist/CrossEntropyLab ($(du -sh "$root/dist/CrossEntropyLab" | cut -f1), Java modules: $modules)"
    echo "Run it with: dist/CrossEntropyLab/bin/CrossEntropyLab"
}

case "${1:-}" in
    --install-launcher) install_launcher; exit 0 ;;
    --uninstall-launcher) uninstall_launcher; exit 0 ;;
    --app-image) app_image; exit 0 ;;
esac

stale() {
    [[ -d "$root/target/classes" && -f "$root/target/runtime-classpath.txt" && -f "$stamp" ]] || return 0
    [[ -n "$(find "$root/src/main" "$root/assets/scenarios" "$root/pom.xml" -newer "$stamp" -print -quit)" ]]
}

if stale; then
    echo "run.sh: building (Maven compile)..." >&2
    mkdir -p "$root/target"
    # The stamp takes the time the build started, so edits made during the build count as new.
    touch "$stamp.next"
    # Quiet on success (Maven 3.8 prints stray colour codes even with -q); all of it on failure.
    if ! log="$(cd "$root" && mvn_cmd -B -ntp -q -DskipTests compile 2>&1)"; then
        printf '%s\n' "$log" >&2
        echo "run.sh: the build failed" >&2
        exit 1
    fi
    mv "$stamp.next" "$stamp"
fi

java_bin="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java_bin="$JAVA_HOME/bin/java"
fi

# The app's classes as one jar: class-data sharing (below) only archives classes from jars.
run_dir="$root/target/run-sh"
app_jar="$run_dir/cross-entropy-lab.jar"
if [[ ! -f "$app_jar" || "$app_jar" -ot "$stamp" ]]; then
    mkdir -p "$run_dir"
    rm -f "$run_dir"/cds.*
    jar_bin="jar"
    [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jar" ]] && jar_bin="$JAVA_HOME/bin/jar"
    "$jar_bin" --create --file "$app_jar.next" -C "$root/target/classes" . && mv "$app_jar.next" "$app_jar" \
        || { echo "run.sh: could not pack target/classes (is jar, part of the JDK, on the PATH?)" >&2; exit 1; }
fi
class_path="$app_jar:$(cat "$root/target/runtime-classpath.txt")"

# Class-data sharing: once after each build, a training run (headless, no window) starts the lab,
# restores an example session and quits; the JVM writes the classes it loaded to an archive
# (-XX:ArchiveClassesAtExit), which every later start maps instead of loading and verifying
# thousands of classes again. The archive is used only while its key matches (this build, this
# java); if it is missing, stale or unusable the JVM starts without it. CELAB_CDS=0 turns it off.
cds="$run_dir/cds.jsa"
cds_key="$(readlink -f "$(command -v "$java_bin")") $(stat -c %Y "$(readlink -f "$(command -v "$java_bin")")") $(stat -c %Y "$app_jar") $(md5sum < "$root/target/runtime-classpath.txt" | cut -c1-32)"
cds_opts=()
is_app_run() {
    case "${1:-}" in loss|bench|--help|-h|help) return 1 ;; esac
    return 0
}
# Java 17 maps an archive made from jars whose path has a space but then loads no class from it:
# a clone in such a folder starts without one.
if [[ "${CELAB_CDS:-1}" != 0 && "$class_path" != *" "* ]]; then
    if [[ "$(cat "$cds.key" 2>/dev/null)" != "$cds_key" ]] && is_app_run "$@"; then
        rm -f "$cds" "$cds.key"
        echo "run.sh: preparing a faster start (once after each build)..." >&2
        train_home="$(mktemp -d)"
        cp "$root/assets/scenarios/seeds-batch.celab.json" "$train_home/last-session.celab.json"
        # Monocle draws without a display, so this needs no window and works over ssh too
        "$java_bin" -XX:ArchiveClassesAtExit="$cds.next" -Xlog:cds=off -Xlog:cds+dynamic=off \
            -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
            -Djava.awt.headless=true -Dcelab.home="$train_home" -Dcelab.exitAfterFirstFrame=true \
            -cp "$class_path" celab.Main >/dev/null 2>&1 && [[ -s "$cds.next" ]] && mv "$cds.next" "$cds"
        rm -rf "$train_home" "$cds.next"
        # the key is written even if training failed, so a failure costs one try per build, not one per start
        printf '%s\n' "$cds_key" > "$cds.key"
    fi
    # only for the lab: the command line loads few classes, and mapping the archive would cost it more
    if is_app_run "$@" && [[ -f "$cds" && "$(cat "$cds.key" 2>/dev/null)" == "$cds_key" ]]; then
        # -Xshare:auto: an archive the JVM cannot use is skipped (silently, with the logs off);
        # -XX:+VerifySharedSpaces checks its checksum first, so a damaged file is skipped too
        # instead of crashing the JVM (it costs a few milliseconds)
        cds_opts=(-XX:SharedArchiveFile="$cds" -XX:+VerifySharedSpaces -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
fi

# Run from the caller's directory so that `--predictions data.csv` means the caller's file.
exec "$java_bin" "${cds_opts[@]}" ${JAVA_OPTS:-} -cp "$class_path" celab.Main "$@"
