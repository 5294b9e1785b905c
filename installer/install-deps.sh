#!/bin/sh
# Installs what Fleetkeeper needs to build, run and test on Debian 12 (bookworm).
# Used by the README's two commands and by CI; safe to run again.
set -eu
PACKAGES="cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6opengl6-dev libqt6sql6-sqlite
  libsnmp-dev snmp snmpd snmpsim libzip-dev libsqlite3-dev xvfb xauth python3 libxml2-utils
  dpkg-dev fakeroot lintian desktop-file-utils appstream librsvg2-bin
  p7zip-full nginx-light tinyproxy openssl ccache libsodium-dev libcurl4-openssl-dev python3-aiosmtpd
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    $SUDO apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
