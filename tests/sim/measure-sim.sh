#!/usr/bin/env bash
# Measures fleetkeeper-sim with a fleet of 1,000 devices: full walks (system + Printer-MIB, as
# GETBULK chains) per second over SNMPv2c and SNMPv3 authPriv (SHA/AES), driven by
# fleetkeeper-sim-load, plus the classic "snmpbulkwalk through xargs -P" for comparison.
#
# The fair figure is "sim-walks-per-cpu-second": walks served per CPU-second the simulator
# used. On a 2-core machine the client competes with the simulator for CPU, so walks/s is a
# floor for the simulator, not its ceiling. Run it on a quiet machine.
#
# Usage: tests/sim/measure-sim.sh [BIN_DIR]   (BIN_DIR defaults to build/bin)
# Knobs (environment): COUNT=1000 PROCESSES=2 WALKS=20000 CONCURRENCY=64 MAXREP=25 PORT=16161
#                      FIRST=127.1.0.1 XARGS_WALKS=200
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "${1:-build/bin}" && pwd)
fixtures="$here/../fixtures/snmprec"
count=${COUNT:-1000}
processes=${PROCESSES:-2}
walks=${WALKS:-20000}
concurrency=${CONCURRENCY:-64}
maxrep=${MAXREP:-25}
port=${PORT:-16161}
first=${FIRST:-127.1.0.1}
xargs_walks=${XARGS_WALKS:-200}
v3user=shaaes:SHA:auctoritas:AES:privatus

run=$(mktemp -d /tmp/measure-sim.XXXXXX)
sim=""
cleanup() {
    if [ -n "$sim" ] && kill -0 "$sim" 2>/dev/null; then
        kill "$sim"
        wait "$sim" || true
    fi
    rm -rf "$run"
}
trap cleanup EXIT

# CPU seconds used so far by the simulator and its serving processes.
sim_cpu() {
    local total=0 ticks
    for p in "$sim" $(cat "/proc/$sim/task/$sim/children"); do
        ticks=$(awk '{print $14 + $15}' "/proc/$p/stat")
        total=$((total + ticks))
    done
    echo "scale=2; $total / $(getconf CLK_TCK)" | bc
}

start=$(date +%s.%N)
"$bin/fleetkeeper-sim" --recordings "$fixtures" --count "$count" --first-address "$first" --port "$port" \
    --processes "$processes" --v3-user "$v3user" --map "$run/map" >"$run/out" 2>&1 &
sim=$!
for _ in $(seq 1 300); do
    grep -q READY "$run/out" && break
    kill -0 "$sim" 2>/dev/null || { cat "$run/out"; exit 1; }
    sleep 0.02
done
grep -q READY "$run/out" || { echo "simulator not ready"; cat "$run/out"; exit 1; }
echo "fleet: $count devices, $processes processes, ready in $(printf "%.2f" "$(echo "$(date +%s.%N) - $start" | bc)") s"
echo "load: $walks walks of 1.3.6.1.2.1.1 + 1.3.6.1.2.1.43, $concurrency at once, max-repetitions $maxrep"

load=("$bin/fleetkeeper-sim-load" --map "$run/map" --walks "$walks" --concurrency "$concurrency"
      --max-repetitions "$maxrep" --sim-pid "$sim")
"${load[@]}"
"${load[@]}" --walks $((walks / 2)) --v3-user "$v3user"

# The same walks as separate snmpbulkwalk processes (default max-repetitions 10): this mostly
# measures process start-up of the client.
cat >"$run/walk" <<'EOF'
#!/bin/sh
snmpbulkwalk -v2c -c public -On -Cc -t 2 -r 1 "$1" 1.3.6.1.2.1.1 >/dev/null &&
    snmpbulkwalk -v2c -c public -On -Cc -t 2 -r 1 "$1" 1.3.6.1.2.1.43 >/dev/null
EOF
chmod +x "$run/walk"
cpu0=$(sim_cpu)
t0=$(date +%s.%N)
cut -d' ' -f1 "$run/map" | head -n "$xargs_walks" | xargs -P 4 -n 1 "$run/walk"
t1=$(date +%s.%N)
cpu1=$(sim_cpu)
echo "xargs -P4 snmpbulkwalk: walks=$xargs_walks seconds=$(printf "%.2f" "$(echo "$t1 - $t0" | bc)")" \
    "walks/s=$(echo "$xargs_walks / ($t1 - $t0)" | bc) sim-cpu=$(echo "$cpu1 - $cpu0" | bc)s"
