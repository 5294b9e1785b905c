#!/usr/bin/env bash
# Poller benchmark: polls a simulated fleet of printers with Fleetkeeper's engine (bench_poll),
# with snmpbulkwalk through xargs -P16 and with FusionInventory's netinventory task, over SNMPv2c
# and SNMPv3 authPriv (SHA-1/AES-128), and prints devices/s, requests/device, CPU ms/device, peak
# RSS and the ratios ours/theirs. It prints figures; it asserts nothing (docs/benchmarks.md).
#
# Usage: tests/bench/run-bench.sh [BUILD_DIR]      (default: build; BUILD_DIR/bin must hold
#        bench_poll and fleetkeeper-sim, and fleetkeeper-sim-load for the simulator's ceiling)
# It builds and installs nothing. Optional tools, each comparison skipped with a line if absent:
#   snmpbulkwalk (Debian: snmp), fusioninventory-netinventory (fusioninventory-agent-task-network;
#   SNMPv3 AES also needs libcrypt-rijndael-perl), strace (request counts of the other tools).
# Knobs (environment), defaults in brackets:
#   PORT [17460] FIRST [127.60.0.1] COUNT [1000] SMALL [100] ROUNDS [5] PROCESSES [2] DEAD [250]
#   WALK_COUNT [1000] WALK_SEQ_COUNT [50] PARALLEL [16] MAXREP [25] FI_COUNT [50] FI_THREADS [16]
#   STEP_LIMIT [240] seconds any one step may take; KEEP=1 keeps the raw outputs.
# Everything it starts listens on 127.0.0.0/8 only and is stopped by PID on exit.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../fixtures/snmprec"
helper="$here/bulkwalk-device.sh"
build=${1:-build}
if [ -x "$build/bin/bench_poll" ]; then
    bin=$(cd "$build/bin" && pwd)
elif [ -x "$build/bench_poll" ]; then
    bin=$(cd "$build" && pwd)
else
    echo "run-bench: no bench_poll under $build/bin; build it first:" >&2
    echo "  cmake --build $build --target bench_poll fleetkeeper-sim fleetkeeper-sim-load" >&2
    exit 2
fi
if [ ! -x "$bin/fleetkeeper-sim" ]; then
    echo "run-bench: no fleetkeeper-sim in $bin; build the fleetkeeper-sim target first" >&2
    exit 2
fi

port=${PORT:-17460}
first=${FIRST:-127.60.0.1}
count=${COUNT:-1000}
small=${SMALL:-100}
rounds=${ROUNDS:-5}
processes=${PROCESSES:-2}
dead=${DEAD:-250}
walk_count=${WALK_COUNT:-1000}
walk_seq_count=${WALK_SEQ_COUNT:-50}
parallel=${PARALLEL:-16}
maxrep=${MAXREP:-25}
fi_count=${FI_COUNT:-50}
fi_threads=${FI_THREADS:-16}
step_limit=${STEP_LIMIT:-240}

# One SNMPv3 user, spelled for each tool: SHA-1/AES-128 is the strongest pair all of them speak.
sim_v3=shaaes:SHA:auctoritas:AES:privatus
ours_v3=shaaes:SHA:auctoritas:AES-128:privatus
walk_v2c=(-v2c -c public)
walk_v3=(-v3 -l authPriv -u shaaes -a SHA -A auctoritas -x AES -X privatus)
fi_v2c=version:2c,community:public
fi_v3=version:3,username:shaaes,authprotocol:sha,authpassword:auctoritas,privprotocol:aes,privpassword:privatus

run=$(mktemp -d /tmp/run-bench.XXXXXX)
sim=""
step=""
cleanup() {
    if [ -n "$step" ] && kill -0 "$step" 2>/dev/null; then
        kill "$step" 2>/dev/null
        wait "$step" 2>/dev/null
    fi
    if [ -n "$sim" ] && kill -0 "$sim" 2>/dev/null; then
        kill "$sim" 2>/dev/null
        wait "$sim" 2>/dev/null
    fi
    if [ "${KEEP:-0}" = 1 ]; then
        echo "raw outputs kept in $run"
    else
        rm -rf "$run"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Net-SNMP's command-line tools must not read the machine's snmp.conf or write its persistent state.
export SNMPCONFPATH="$run/snmpconf" SNMP_PERSISTENT_DIR="$run/snmpstate"
mkdir -p "$SNMPCONFPATH" "$SNMP_PERSISTENT_DIR"

ticks_per_second=$(getconf CLK_TCK)

# Results, keyed "row.version.figure".
declare -A R

calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }
now() { date +%s.%N; }

# Sets children_cpu to the CPU seconds this shell's waited-for children used so far (second line
# of bash's `times`). Not called in $(...): a subshell would report its own children.
children_cpu=0
mark_children_cpu() {
    times >"$run/times"
    children_cpu=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/)
        printf "%.3f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$run/times")
}

# CPU ticks used so far by the simulator and its serving processes.
sim_ticks() {
    local total=0 p t
    for p in "$sim" $(cat "/proc/$sim/task/$sim/children" 2>/dev/null); do
        t=$(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null) || continue
        total=$((total + ${t:-0}))
    done
    echo "$total"
}

# Runs one step in the background (so a signal can stop it by PID), bounded by STEP_LIMIT.
step_run() {
    local out=$1 err=$2 rc
    shift 2
    timeout "$step_limit" "$@" >"$out" 2>"$err" &
    step=$!
    wait "$step"
    rc=$?
    step=""
    [ "$rc" = 124 ] && echo "  !! step stopped after $step_limit s (STEP_LIMIT): $*"
    return "$rc"
}

skip() { echo "SKIP $*"; }

echo "== machine"
echo "cpus: $(nproc) x $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
load_start=$(cut -d' ' -f1 /proc/loadavg)
echo "kernel: $(uname -r); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "build: $bin"

have_walk=1 have_fi=1 have_fi_v3=1 have_strace=1
command -v snmpbulkwalk >/dev/null ||
    { have_walk=0; skip "snmpbulkwalk comparison: snmpbulkwalk not found (Debian package snmp)"; }
if ! command -v fusioninventory-netinventory >/dev/null; then
    have_fi=0 have_fi_v3=0
    skip "FusionInventory comparison: fusioninventory-netinventory not found" \
        "(Debian package fusioninventory-agent-task-network)"
elif ! perl -MCrypt::Rijndael -e 1 2>/dev/null; then
    have_fi_v3=0
    skip "FusionInventory SNMPv3: Net::SNMP needs Crypt::Rijndael for AES (Debian package libcrypt-rijndael-perl)"
fi
command -v strace >/dev/null ||
    { have_strace=0; skip "request counts of snmpbulkwalk and FusionInventory: strace not found (Debian package strace)"; }
[ "$have_walk" = 1 ] && echo "snmpbulkwalk: $(snmpbulkwalk --version 2>&1 | head -n 1)"
[ "$have_fi" = 1 ] && echo "FusionInventory: $(fusioninventory-netinventory --version | head -n 2 | tr '\n' ' ')"

echo
echo "== simulated fleet"
t0=$(now)
"$bin/fleetkeeper-sim" --recordings "$fixtures" --count "$count" --first-address "$first" --port "$port" \
    --processes "$processes" --v3-user "$sim_v3" --map "$run/map" --exit-with-parent >"$run/sim.out" 2>&1 &
sim=$!
for _ in $(seq 1 600); do
    grep -q READY "$run/sim.out" && break
    kill -0 "$sim" 2>/dev/null || break
    sleep 0.1
done
if ! grep -q READY "$run/sim.out"; then
    echo "run-bench: the simulator did not get ready:" >&2
    cat "$run/sim.out" >&2
    exit 1
fi
recordings=$(awk 'NF > 1 { print $2 }' "$run/map" | sort -u | wc -l)
echo "fleetkeeper-sim: $count devices from $recordings recordings at $first..., UDP port $port," \
    "$processes serving processes, ready in $(calc "$(now) - $t0" 2) s"
cut -d' ' -f1 "$run/map" >"$run/addresses"
# One device of each recording: the sample whose packets are counted.
head -n "$recordings" "$run/map" >"$run/sample.map"
head -n "$recordings" "$run/addresses" >"$run/sample"

# ---------------------------------------------------------------------------------------------
echo
echo "== simulator ceiling: fleetkeeper-sim-load, a lean C client walking the same five subtrees"
subtrees=1.3.6.1.2.1.1,1.3.6.1.2.1.25.3,1.3.6.1.2.1.43.10,1.3.6.1.2.1.43.11,1.3.6.1.2.1.43.18
if [ -x "$bin/fleetkeeper-sim-load" ]; then
    for v in v2c v3; do
        if [ "$v" = v2c ]; then extra=(--walks $((count * 5))); else extra=(--walks $((count * 2)) --v3-user "$sim_v3"); fi
        step_run "$run/load.$v" "$run/load.$v.err" "$bin/fleetkeeper-sim-load" --map "$run/map" --concurrency 64 \
            --max-repetitions "$maxrep" --subtrees "$subtrees" --sim-pid "$sim" "${extra[@]}"
        cat "$run/load.$v"
        R[ceiling.$v.rate]=$(sed -nE 's/.* walks\/s=([0-9.]+).*/\1/p' "$run/load.$v")
        R[ceiling.$v.req]=$(sed -nE 's/.* walks=([0-9]+) .* requests=([0-9]+) .*/\2 \1/p' "$run/load.$v" |
            awk '{ if ($2) printf "%.2f", $1 / $2 }')
    done
else
    skip "simulator ceiling: no fleetkeeper-sim-load in $bin (build that target to measure it)"
fi

# ---------------------------------------------------------------------------------------------
echo
echo "== Fleetkeeper engine (bench_poll, concurrency 256, $rounds rounds each; round 1 is the warm-up)"
# ours ROW LABEL DEVICES ROUNDS [bench_poll options...]: keeps the best round (highest devices/s).
ours() {
    local row=$1 label=$2 n=$3 r=$4 s0 s1 best
    shift 4
    s0=$(sim_ticks)
    step_run "$run/$label" "$run/$label.err" "$bin/bench_poll" --map "$run/map" --count "$n" --repeat "$r" \
        --label "$label" "$@"
    s1=$(sim_ticks)
    cat "$run/$label" "$run/$label.err"
    # -> seconds devices/s requests/device cpu-ms/device rss-mb ok failed
    best=$(sed -nE 's/.*: ([0-9]+) devices \(([0-9]+) ok, ([0-9]+) failed\) in ([0-9.]+) s: ([0-9.]+) devices\/s, ([0-9.]+) requests\/device, ([0-9.]+) CPU ms\/device, peak RSS ([0-9.]+) MB.*/\4 \1 \6 \7 \8 \2 \3/p' \
        "$run/$label" | awk '{ printf "%s %.1f %s %s %s %s %s\n", $1, $2 / $1, $3, $4, $5, $6, $7 }' | sort -k2,2 -g -r |
        head -n 1)
    if [ -z "$best" ]; then
        echo "  !! no figures from bench_poll for $label"
        return
    fi
    local secs rate req cpu rss ok failed
    read -r secs rate req cpu rss ok failed <<<"$best"
    R[$row.secs]=$secs R[$row.rate]=$rate R[$row.req]=$req R[$row.cpu]=$cpu R[$row.rss]=$rss
    R[$row.ok]=$ok R[$row.failed]=$failed
    R[$row.simcpu]=$(calc "($s1 - $s0) * 1000 / $ticks_per_second / ($n * $r)" 3)
}
ours ours100.v2c "v2c-$small" "$small" "$rounds"
ours ours100.v3 "v3-$small" "$small" "$rounds" --v3 "$ours_v3"
ours ours.v2c "v2c-$count" "$count" "$rounds"
ours ours.v3 "v3-$count" "$count" "$rounds" --v3 "$ours_v3"

echo
echo "== sweep of $dead silent addresses (wrong community: the simulator drops it), timeout 1000 ms, 1 retry"
ours dead.v2c "dead-$dead" "$dead" 2 --community nobody --timeout 1000 --retries 1

# ---------------------------------------------------------------------------------------------
# walks ROW VERSION DEVICES PARALLEL: bulkwalk-device.sh over the first DEVICES addresses.
walks() {
    local row=$1 v=$2 n=$3 p=$4 c0 c1 s0 s1 t0 t1 failed
    local -a args
    if [ "$v" = v2c ]; then args=("${walk_v2c[@]}"); else args=("${walk_v3[@]}"); fi
    head -n "$n" "$run/addresses" >"$run/walk.list"
    mark_children_cpu
    c0=$children_cpu
    s0=$(sim_ticks)
    t0=$(now)
    step_run "$run/$row.$v" "$run/$row.$v.err" xargs -a "$run/walk.list" -P "$p" -I '{}' "$helper" '{}' \
        "${args[@]}" -Cr"$maxrep" -t 2 -r 1
    t1=$(now)
    s1=$(sim_ticks)
    mark_children_cpu
    c1=$children_cpu
    failed=$(grep -c 'failed$' "$run/$row.$v.err")
    R[$row.$v.secs]=$(calc "$t1 - $t0" 2)
    R[$row.$v.rate]=$(calc "$n / ($t1 - $t0)" 1)
    R[$row.$v.cpu]=$(calc "($c1 - $c0) * 1000 / $n" 2)
    R[$row.$v.simcpu]=$(calc "($s1 - $s0) * 1000 / $ticks_per_second / $n" 3)
    R[$row.$v.ok]=$((n - failed))
    R[$row.$v.failed]=$failed
    echo "snmpbulkwalk -P$p $v: $n devices ($failed failed) in ${R[$row.$v.secs]} s: ${R[$row.$v.rate]} devices/s," \
        "${R[$row.$v.cpu]} client CPU ms/device"
    [ "$failed" = 0 ] || head -n 3 "$run/$row.$v.err"
}

echo
if [ "$have_walk" = 1 ]; then
    echo "== snmpbulkwalk, one process per subtree, five in sequence per device, -Cr$maxrep -t 2 -r 1"
    walks xargs v2c "$walk_count" "$parallel"
    walks xargs v3 "$walk_count" "$parallel"
    walks seq v2c "$walk_seq_count" 1
    walks seq v3 "$walk_seq_count" 1
else
    skip "snmpbulkwalk runs"
fi

# ---------------------------------------------------------------------------------------------
# fusion ROW VERSION DEVICES THREADS: one fusioninventory-netinventory run over the first DEVICES.
fusion() {
    local row=$1 v=$2 n=$3 threads=$4 c0 c1 s0 s1 t0 t1 ok a cred
    local -a hosts=()
    if [ "$v" = v2c ]; then cred=$fi_v2c; else cred=$fi_v3; fi
    while read -r a; do hosts+=(--host "${a%:*}"); done < <(head -n "$n" "$run/addresses")
    mark_children_cpu
    c0=$children_cpu
    s0=$(sim_ticks)
    t0=$(now)
    step_run "$run/$row.$v.xml" "$run/$row.$v.err" fusioninventory-netinventory "${hosts[@]}" --port "$port" \
        --timeout 2 --threads "$threads" --credentials "$cred"
    t1=$(now)
    s1=$(sim_ticks)
    mark_children_cpu
    c1=$children_cpu
    ok=$(grep -c '<DEVICE>' "$run/$row.$v.xml")
    R[$row.$v.secs]=$(calc "$t1 - $t0" 2)
    R[$row.$v.rate]=$(calc "$n / ($t1 - $t0)" 1)
    R[$row.$v.cpu]=$(calc "($c1 - $c0) * 1000 / $n" 1)
    R[$row.$v.simcpu]=$(calc "($s1 - $s0) * 1000 / $ticks_per_second / $n" 3)
    R[$row.$v.ok]=$ok
    R[$row.$v.failed]=$((n - ok))
    echo "netinventory $threads thread(s) $v: $n devices ($ok inventoried) in ${R[$row.$v.secs]} s:" \
        "${R[$row.$v.rate]} devices/s, ${R[$row.$v.cpu]} client CPU ms/device"
}

echo
if [ "$have_fi" = 1 ]; then
    echo "== FusionInventory netinventory over the first $fi_count devices (whole run, Perl start-up included)"
    for v in v2c v3; do
        if [ "$v" = v3 ] && [ "$have_fi_v3" = 0 ]; then continue; fi
        fusion fi1 "$v" "$fi_count" 1
        fusion fiN "$v" "$fi_count" "$fi_threads"
    done
else
    skip "FusionInventory runs"
fi

# ---------------------------------------------------------------------------------------------
# Requests per device: UDP datagrams each client sends (send* system calls seen by strace),
# over one device of each recording, every tool started afresh (SNMPv3 discovery included).
count_sent() {
    local row=$1 v=$2 calls
    shift 2
    timeout "$step_limit" strace -f -qq -c -e trace=sendto,sendmsg,sendmmsg -o "$run/strace.$row.$v" "$@" \
        >/dev/null 2>&1 &
    step=$!
    wait "$step"
    step=""
    calls=$(awk '$NF == "total" { print $4 }' "$run/strace.$row.$v")
    R[$row.$v.req]=$(calc "${calls:-0} / $recordings" 2)
    echo "$row $v: ${calls:-0} datagrams sent for $recordings devices: ${R[$row.$v.req]} requests/device"
}

echo
if [ "$have_strace" = 1 ]; then
    echo "== requests per device (datagrams sent, counted with strace over $recordings devices, one per recording)"
    for v in v2c v3; do
        if [ "$v" = v2c ]; then cred=(--community public); else cred=(--v3 "$ours_v3"); fi
        count_sent ours "$v" "$bin/bench_poll" --map "$run/sample.map" --label count "${cred[@]}"
        if [ "$have_walk" = 1 ]; then
            if [ "$v" = v2c ]; then args=("${walk_v2c[@]}"); else args=("${walk_v3[@]}"); fi
            count_sent xargs "$v" xargs -a "$run/sample" -I '{}' "$helper" '{}' "${args[@]}" -Cr"$maxrep" -t 2 -r 1
            R[seq.$v.req]=${R[xargs.$v.req]}
        fi
        if [ "$have_fi" = 1 ] && { [ "$v" = v2c ] || [ "$have_fi_v3" = 1 ]; }; then
            if [ "$v" = v2c ]; then c=$fi_v2c; else c=$fi_v3; fi
            hosts=()
            while read -r a; do hosts+=(--host "${a%:*}"); done <"$run/sample"
            count_sent fi1 "$v" fusioninventory-netinventory "${hosts[@]}" --port "$port" --timeout 2 --credentials "$c"
            R[fiN.$v.req]=${R[fi1.$v.req]}
        fi
    done
    R[ours100.v2c.req]=${R[ours.v2c.req]}
    R[ours100.v3.req]=${R[ours.v3.req]}
else
    skip "strace request counts; Fleetkeeper's own count (best round) is shown instead"
fi

# ---------------------------------------------------------------------------------------------
get() { echo "${R[$1]:-n/a}"; }
ratio() {
    local a=${R[ours.$2.rate]:-} b=${R[$1.$2.rate]:-}
    if [ "$1" = ours ] || [ "$1" = ours100 ]; then echo "-"; return; fi
    if [ -z "$a" ] || [ -z "$b" ] || [ "$b" = 0.0 ]; then echo "n/a"; else echo "$(calc "$a / $b" 2)x"; fi
}
row() {
    printf '%-34s %7s %9s %9s %7s %7s %8s %8s %8s %8s\n' "$2" "$3" "$(get "$1.v2c.rate")" "$(get "$1.v3.rate")" \
        "$(get "$1.v2c.req")" "$(get "$1.v3.req")" "$(get "$1.v2c.cpu")" "$(get "$1.v3.cpu")" \
        "$(ratio "$1" v2c)" "$(ratio "$1" v3)"
}

echo
echo "== summary (load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-34s %7s %9s %9s %7s %7s %8s %8s %8s %8s\n' "" "" "devices/s" "" "req/dev" "" "CPU ms/dev" "" \
    "ours/this" ""
printf '%-34s %7s %9s %9s %7s %7s %8s %8s %8s %8s\n' tool devices v2c v3 v2c v3 v2c v3 v2c v3
row ours "Fleetkeeper bench_poll (best)" "$count"
row ours100 "Fleetkeeper bench_poll (best)" "$small"
[ -n "${R[ceiling.v2c.rate]:-}" ] && row ceiling "simulator ceiling (sim-load)" "$count"
if [ "$have_walk" = 1 ]; then
    row xargs "snmpbulkwalk, xargs -P$parallel" "$walk_count"
    row seq "snmpbulkwalk, sequential" "$walk_seq_count"
fi
if [ "$have_fi" = 1 ]; then
    row fi1 "FusionInventory, 1 thread" "$fi_count"
    row fiN "FusionInventory, $fi_threads threads" "$fi_count"
fi
echo "ours/this: Fleetkeeper's devices/s ($count devices) over that tool's; on the simulator row, the share of" \
    "what the simulator serves to a lean client."
echo "Fleetkeeper peak RSS: $(get ours.v2c.rss) MB v2c, $(get ours.v3.rss) MB v3 ($count devices)." \
    "Simulator CPU ms/device: ours $(get ours.v2c.simcpu) v2c / $(get ours.v3.simcpu) v3," \
    "snmpbulkwalk $(get xargs.v2c.simcpu) / $(get xargs.v3.simcpu), FusionInventory $(get fi1.v2c.simcpu) / $(get fi1.v3.simcpu)."
echo "Dead sweep: $dead silent addresses in $(get dead.v2c.secs) s (one timeout x (retries+1) = 2.00 s)."

# Targets: >= 80% of the simulator's ceiling (measured above, else the reference 6,000 / 2,650, and
# against the reference figures in any case),
# <= 8 requests/device, < 0.5 CPU ms/device over v2c, the dead sweep in about 2 s (within 10%).
verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo "NOT met"; fi; }
c2=${R[ceiling.v2c.rate]:-6000}
c3=${R[ceiling.v3.rate]:-2650}
busy=$(awk -v n="$(nproc)" -v s="$load_start" '{ if (s + 0 > n || $1 > n) print s " at start, " $1 " at end" }' \
    /proc/loadavg)
[ -n "$busy" ] && echo "NOTE: the machine was busy (1-minute load $busy, $(nproc) CPUs): every figure is a floor."
echo
echo "== targets"
echo "v2c devices/s >= 80% of this run's simulator ceiling ($(calc "$c2 * 0.8" 0)): $(get ours.v2c.rate)" \
    "($(calc "${R[ours.v2c.rate]:-0} * 100 / $c2" 0)%): $(verdict "${R[ours.v2c.rate]:-0} >= 0.8 * $c2")"
echo "v3 devices/s >= 80% of this run's simulator ceiling ($(calc "$c3 * 0.8" 0)): $(get ours.v3.rate)" \
    "($(calc "${R[ours.v3.rate]:-0} * 100 / $c3" 0)%): $(verdict "${R[ours.v3.rate]:-0} >= 0.8 * $c3")"
echo "v2c devices/s >= 4800 (80% of the reference simulator's 6000): $(get ours.v2c.rate):" \
    "$(verdict "${R[ours.v2c.rate]:-0} >= 4800")"
echo "v3 devices/s >= 2100 (80% of the reference simulator's 2650): $(get ours.v3.rate):" \
    "$(verdict "${R[ours.v3.rate]:-0} >= 2100")"
echo "requests/device <= 8: v2c $(get ours.v2c.req), v3 $(get ours.v3.req):" \
    "$(verdict "${R[ours.v2c.req]:-99} <= 8 && ${R[ours.v3.req]:-99} <= 8")"
echo "CPU ms/device v2c < 0.5: $(get ours.v2c.cpu): $(verdict "${R[ours.v2c.cpu]:-99} < 0.5")"
echo "dead sweep of $dead in about 2.0 s: $(get dead.v2c.secs) s: $(verdict "${R[dead.v2c.secs]:-99} <= 2.2")"
