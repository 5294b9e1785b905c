#!/bin/sh
# Checks the built Debian packages and the desktop metadata the way CI does:
#   lintian (errors and warnings fail; info tags are listed and explained in docs/packaging.md),
#   desktop-file-validate on the .desktop entries, appstreamcli validate on the metainfo.
# Usage: installer/lint-package.sh BUILD_DIR   (after `cmake --build BUILD_DIR --target package`)
set -eu
build=${1:?usage: lint-package.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
status=0

echo "== desktop-file-validate"
for f in "$here"/desktop/*.desktop; do
    desktop-file-validate "$f" || status=1
done

echo "== appstreamcli validate"
# --no-net: the screenshot and home page URLs (https://fleetkeeper.example.org) are not fetched.
appstreamcli validate --no-net --pedantic "$here"/desktop/*.metainfo.xml || status=1

echo "== lintian"
set -- "$build"/fleetkeeper*.deb
[ -e "$1" ] || { echo "no packages in $build: build the package target first" >&2; exit 1; }
# --fail-on error,warning: a warning fails as an error would; info tags are shown for the record.
lintian --fail-on error,warning --info --display-info --tag-display-limit 0 "$@" || status=1

[ "$status" -eq 0 ] && echo "== all clean"
exit "$status"
