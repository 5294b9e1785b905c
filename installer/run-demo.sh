#!/bin/sh
# Installs the dependencies, builds Fleetkeeper and starts it on a demo fleet: the shipped printer
# recordings served by snmpsimd on 127.0.0.11-127.0.0.24 (loopback only), discovered into a demo
# profile of its own, so nothing of the user's is touched. The simulated printers stop with the app.
set -eu
cd "$(dirname "$0")/.."
installer/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build -j "$(nproc)"

RUN=$(mktemp -d /tmp/fleetkeeper-demo.XXXXXX)
PROFILE=${FLEETKEEPER_DEMO_PROFILE:-$RUN/profile}
PORT=${FLEETKEEPER_DEMO_PORT:-16161}
chmod 0777 "$RUN"
: > "$RUN/args"
i=10
for f in "$PWD"/tests/fixtures/snmprec/*.snmprec; do
    i=$((i + 1))
    mkdir -p "$RUN/dev$i"
    ln -s "$f" "$RUN/dev$i/public.snmprec"
    printf -- '--v3-engine-id=80001f8804%08x\n--data-dir=%s\n--agent-udpv4-endpoint=127.0.0.%d:%s\n' \
        "$i" "$RUN/dev$i" "$i" "$PORT" >> "$RUN/args"
done
last=$i
who=""
[ "$(id -u)" -eq 0 ] && who="--process-user=nobody --process-group=nogroup"
# shellcheck disable=SC2086
snmpsimd --args-from-file="$RUN/args" --cache-dir="$RUN/cache" $who \
    --logging-method=file:"$RUN/snmpsimd.log" > "$RUN/stdout" 2>&1 < /dev/null &
SIM=$!
trap 'kill $SIM 2>/dev/null; wait $SIM 2>/dev/null || true' EXIT INT TERM
n=0
until snmpget -v2c -c public -t 1 -r 0 "127.0.0.11:$PORT" 1.3.6.1.2.1.1.3.0 >/dev/null 2>&1; do
    n=$((n + 1)); [ $n -lt 100 ] || { cat "$RUN/stdout"; exit 1; }; sleep 0.2
done
build/bin/fleetkeeper-cli --profile "$PROFILE" discover "127.0.0.11-127.0.0.$last:$PORT"
echo "Demo profile: $PROFILE (simulated printers on 127.0.0.11-127.0.0.$last:$PORT)"
build/bin/fleetkeeper --profile "$PROFILE"
