#!/usr/bin/env bash
# Start-up time and memory of the lab against a bare JavaFX window, as issue 11 measured them.
#   DISPLAY=:92 bench/startup.sh [RUNS [COMMAND...]]   (an X server must be running: Xvfb :92 &)
# COMMAND starts the lab instead of ./run.sh, e.g. dist/CrossEntropyLab/bin/CrossEntropyLab
# (the app image; its JVM options then come from JAVA_TOOL_OPTIONS; an image that has not made
# its start-up archive yet is started once first, untimed, to make it).
# For each run, interleaved: starts `./run.sh` (the lab; its build must be up to date) and the bare
# window (bench/BareWindow.java, same class path), times from launch to the line both print when
# their first frame has been drawn (-Dcelab.firstFrame=true) and notes the CPU time used by then,
# then reads the process's resident
# memory (VmRSS) one second later and ends it; prints each run and the medians. One untimed run of each warms the disk cache.
# The lab gets a scratch config folder holding a last session, so start-up restores one, as a
# returning user's does. Extra JVM options for both: JAVA_OPTS (e.g. to try a lever).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
shift || true
lab_command=("$@")
[[ ${#lab_command[@]} -gt 0 ]] || lab_command=("$root/run.sh")
[[ -n "${DISPLAY:-}" ]] || { echo "startup.sh: set DISPLAY to a running X server (e.g. Xvfb :92 &)" >&2; exit 2; }
scratch="$(mktemp -d /tmp/celab-startup.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

"$root/run.sh" --help >/dev/null   # builds the lab if it is stale (not timed)
cp="$(cat "$root/target/runtime-classpath.txt")"
mkdir -p "$scratch/bare" "$scratch/home"
javac -d "$scratch/bare" -cp "$cp" "$root/bench/BareWindow.java"
cp "$root/assets/scenarios/seeds-batch.celab.json" "$scratch/home/last-session.celab.json"

now_ms() { date +%s%3N; }

# one_run NAME COMMAND...: prints "NAME wall-ms rss-MB cpu-ms"
one_run() {
    local name="$1"; shift
    local err="$scratch/$name.err"
    : > "$err"
    local t0; t0="$(now_ms)"
    "$@" 2>"$err" >/dev/null &
    local pid=$!
    local t1="" cpu=0
    for _ in $(seq 1 6000); do          # at most 60 s
        if grep -q "celab: first frame" "$err"; then
            t1="$(now_ms)"
            # CPU time (user + system) used so far: steadier than wall time on a busy machine
            cpu="$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    sleep 1
    local rss; rss="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    # the lab reads the last session after its first frame: when it had been applied (from the JVM's start)
    local restored; restored="$(grep -o 'restored at [0-9]*' "$err" | grep -o '[0-9]*$' || true)"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -z "$t1" ]]; then echo "$name failed:"; cat "$err"; return 1; fi
    echo "$name $((t1 - t0)) $((rss / 1024)) $cpu ${restored:--}"
}

# each command execs into java, so $! is the JVM's own process id
lab_flags="-Dcelab.firstFrame=true -Dcelab.home=$scratch/home"
if [[ "${lab_command[0]}" == "$root/run.sh" ]]; then
    lab=(env "JAVA_OPTS=${JAVA_OPTS:-} $lab_flags" "${lab_command[@]}" --window=1280x800)
else
    lab=(env "JAVA_TOOL_OPTIONS=${JAVA_OPTS:-} $lab_flags" "${lab_command[@]}" --window=1280x800)
fi
bare=(java ${JAVA_OPTS:-} -Dcelab.firstFrame=true -cp "$scratch/bare:$cp" 'BareWindow$Launcher')

# An app image makes its class-data-sharing archive in the background after its first start
# (celab.app.ImageArchive); wait for it, so that every timed run starts as a returning user's does.
image_app="$(dirname "${lab_command[0]}")/../lib/app"
if [[ -f "$image_app/CrossEntropyLab.cfg" && ! -e "$image_app/celab.jsa" ]]; then
    echo "the app image has no start-up archive yet: starting it once to make it..." >&2
    env "JAVA_TOOL_OPTIONS=-Dcelab.home=$scratch/home" "${lab_command[0]}" --window=1280x800 >/dev/null 2>&1 &
    image_pid=$!
    for _ in $(seq 1 120); do
        [[ -e "$image_app/celab.jsa" || -e "$image_app/celab.jsa.failed" ]] && break
        sleep 1
    done
    kill "$image_pid" 2>/dev/null || true
    wait "$image_pid" 2>/dev/null || true
    [[ -e "$image_app/celab.jsa" ]] || echo "the image could not make its archive; timing it without" >&2
fi
one_run lab "${lab[@]}" >/dev/null
one_run bare "${bare[@]}" >/dev/null
results="$scratch/results"
for _ in $(seq 1 "$runs"); do
    one_run lab "${lab[@]}" | tee -a "$results"
    one_run bare "${bare[@]}" | tee -a "$results"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
lt="$(awk '$1 == "lab" { print $2 }' "$results" | median)"; lm="$(awk '$1 == "lab" { print $3 }' "$results" | median)"
bt="$(awk '$1 == "bare" { print $2 }' "$results" | median)"; bm="$(awk '$1 == "bare" { print $3 }' "$results" | median)"
lc="$(awk '$1 == "lab" { print $4 }' "$results" | median)"; bc="$(awk '$1 == "bare" { print $4 }' "$results" | median)"
lr="$(awk '$1 == "lab" && $5 != "-" { print $5 }' "$results" | median)"
awk -v lt="$lt" -v lm="$lm" -v bt="$bt" -v bm="$bm" -v lc="$lc" -v bc="$bc" -v lr="${lr:-0}" -v n="$runs" 'BEGIN {
    printf "median of %d runs: lab %d ms (cpu %d ms), %d MB, last session restored at %d ms after the JVM started; bare window %d ms (cpu %d ms), %d MB; ratio %.2fx time, %.2fx cpu, %.2fx memory\n",
        n, lt, lc, lm, lr, bt, bc, bm, lt / bt, lc / bc, lm / bm }'
