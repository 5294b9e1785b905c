#!/bin/sh
# Installs the dependencies, builds Fleetkeeper and starts it on its demo fleet: the app serves the
# shipped printer recordings with snmpsimd on 127.0.0.11 upwards (loopback only), discovers them
# into a demo profile of its own (nothing of the user's is touched) and polls them. The simulated
# printers stop with the app. FLEETKEEPER_DEMO_PORT picks the UDP port tried first (16161).
set -eu
cd "$(dirname "$0")/.."
installer/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build -j "$(nproc)"
exec build/bin/fleetkeeper --demo "$@"
