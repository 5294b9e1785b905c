#!/bin/sh
# Pictures of the real app for the README: the demo fleet discovered into a throw-away profile, the
# main window drawn by the app itself (offscreen) into docs/screenshots/. Needs a build in build/.
set -eu
cd "$(dirname "$0")/.."
. installer/demo-fleet.sh
start_demo_fleet "${FLEETKEEPER_DEMO_PORT:-16171}"
trap 'kill $DEMO_SIM 2>/dev/null; wait $DEMO_SIM 2>/dev/null || true; rm -rf "$DEMO_DIR"' EXIT INT TERM
build/bin/fleetkeeper-cli --profile "$DEMO_DIR/profile" discover "$DEMO_RANGE" > /dev/null
mkdir -p docs/screenshots
QT_QPA_PLATFORM=offscreen LANG=en_GB.UTF-8 build/bin/fleetkeeper --profile "$DEMO_DIR/profile" \
    --screenshot docs/screenshots/main-window.png
echo "wrote docs/screenshots/main-window.png"
