#!/usr/bin/env bash
# Builds Cross-Entropy Lab when the build is missing or stale, then runs it with java directly.
#   ./run.sh                 open the lab
#   ./run.sh loss ...        the loss command line (no JavaFX, no display needed)
#   ./run.sh bench           time the loss core
#   ./run.sh --help
# Works from any directory; relative file arguments are read from the caller's directory.
# JAVA_OPTS (e.g. -Xmx8g) is passed to java.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$root/target/.run-sh-build-stamp"

stale() {
    [[ -d "$root/target/classes" && -f "$root/target/runtime-classpath.txt" && -f "$stamp" ]] || return 0
    [[ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$stamp" -print -quit)" ]]
}

if stale; then
    echo "run.sh: building (mvn compile)..." >&2
    mkdir -p "$root/target"
    # The stamp takes the time the build started, so edits made during the build count as new.
    touch "$stamp.next"
    # Quiet on success (Maven 3.8 prints stray colour codes even with -q); all of it on failure.
    if ! log="$(cd "$root" && mvn -B -ntp -q -DskipTests compile 2>&1)"; then
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

# Run from the caller's directory so that `--predictions data.csv` means the caller's file.
exec "$java_bin" ${JAVA_OPTS:-} -cp "$root/target/classes:$(cat "$root/target/runtime-classpath.txt")" \
    celab.Main "$@"
