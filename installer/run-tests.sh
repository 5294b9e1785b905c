#!/bin/sh
# Installs the dependencies, builds everything into build/ and runs the whole test suite with CTest.
#   installer/run-tests.sh             normal build (build/)
#   installer/run-tests.sh --sanitize  AddressSanitizer + UndefinedBehaviorSanitizer build (build-asan/)
set -eu
cd "$(dirname "$0")/.."
installer/install-deps.sh
DIR=build
FLAGS="-DFLEET_WERROR=${FLEET_WERROR:-OFF}"
SELECT=""
if [ "${1:-}" = "--sanitize" ]; then
    DIR=build-asan
    FLAGS="$FLAGS -DFLEET_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export FLEET_TEST_TIMEOUT_FACTOR=4
    # The .deb is built and checked by the normal run; packaging sanitizer builds proves nothing.
    SELECT="-LE package"
fi
# shellcheck disable=SC2086
cmake -S . -B "$DIR" -G Ninja $FLAGS
cmake --build "$DIR" -j "$(nproc)"
# shellcheck disable=SC2086
ctest --test-dir "$DIR" --output-on-failure -j 2 --timeout 600 $SELECT
