#!/bin/sh
# Walks what a full printer poll needs from one device the way a script around Net-SNMP's tools
# would: one snmpbulkwalk process per subtree, in sequence (system, hrDevice, Printer-MIB
# markers, supplies, alerts). run-bench.sh runs it through xargs -P16 as the baseline.
#
# Usage: bulkwalk-device.sh HOST:PORT [snmpbulkwalk options...]
#   e.g. bulkwalk-device.sh 127.60.0.1:17460 -v2c -c public -Cr25 -t 2 -r 1
# Exits non-zero, naming the device and subtree on stderr, when a walk fails.
target=$1
shift
for subtree in 1.3.6.1.2.1.1 1.3.6.1.2.1.25.3 1.3.6.1.2.1.43.10 1.3.6.1.2.1.43.11 1.3.6.1.2.1.43.18; do
    # -Cc: some recorded printers return OIDs out of order, which stops a walk without it.
    if ! snmpbulkwalk "$@" -On -Cc "$target" "$subtree" >/dev/null; then
        echo "bulkwalk-device: $target $subtree failed" >&2
        exit 1
    fi
done
