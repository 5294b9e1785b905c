#!/bin/sh
# Installs the dependencies, builds Fleetkeeper and starts it on a demo fleet: the shipped printer
# recordings served by snmpsimd on 127.0.0.11 upwards (loopback only), discovered into a demo
# profile of its own, so nothing of the user's is touched. The simulated printers stop with the app.
set -eu
cd "$(dirname "$0")/.."
installer/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build -j "$(nproc)"

. installer/demo-fleet.sh
start_demo_fleet "${FLEETKEEPER_DEMO_PORT:-16161}"
trap 'kill $DEMO_SIM 2>/dev/null; wait $DEMO_SIM 2>/dev/null || true' EXIT INT TERM
PROFILE=${FLEETKEEPER_DEMO_PROFILE:-$DEMO_DIR/profile}
build/bin/fleetkeeper-cli --profile "$PROFILE" discover "$DEMO_RANGE"
echo "Demo profile: $PROFILE (simulated printers on $DEMO_RANGE)"
build/bin/fleetkeeper --profile "$PROFILE"
