#!/bin/sh
# Pictures of the real app for the README, under Xvfb: the app starts its demo fleet in a throw-away
# home directory, polls it, and draws each view itself into docs/screenshots/. Needs a build
# (build/, or the directory in $BUILD_DIR) and xvfb-run (installer/install-deps.sh installs it).
set -eu
cd "$(dirname "$0")/.."
app=${BUILD_DIR:-build}/bin/fleetkeeper
[ -x "$app" ] || { echo "no $app: build first (cmake --build build)" >&2; exit 1; }
home=$(mktemp -d /tmp/fleetkeeper-shots.XXXXXX)
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p docs/screenshots
for shot in fleet:main-window device:device-panel alerts:alerts discovery:discovery; do
    view=${shot%%:*}
    file=docs/screenshots/${shot#*:}.png
    # The demo profile is kept between the views, so later pictures show a little history.
    env -u FLEETKEEPER_PROFILE HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        XDG_RUNTIME_DIR="$home/run" LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --screenshot "$file" --show "$view" \
        > "$home/$view.log" 2>&1 || { cat "$home/$view.log" >&2; exit 1; }
    echo "wrote $file"
done
