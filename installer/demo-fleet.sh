# Sourced by run-demo.sh and make-screenshots.sh: serves the shipped printer recordings with snmpsimd,
# one loopback address per printer (127.0.0.11 upwards), community "public", on port $1.
# Sets DEMO_SIM (snmpsimd's PID) and DEMO_RANGE (the addresses to discover, with the port).
start_demo_fleet() {
    demo_port=$1
    demo_run=$(mktemp -d /tmp/fleetkeeper-demo.XXXXXX)
    chmod 0777 "$demo_run"
    : > "$demo_run/args"
    i=10
    for f in "$PWD"/tests/fixtures/snmprec/*.snmprec; do
        i=$((i + 1))
        mkdir -p "$demo_run/dev$i"
        ln -s "$f" "$demo_run/dev$i/public.snmprec"
        printf -- '--v3-engine-id=80001f8804%08x\n--data-dir=%s\n--agent-udpv4-endpoint=127.0.0.%d:%s\n' \
            "$i" "$demo_run/dev$i" "$i" "$demo_port" >> "$demo_run/args"
    done
    who=""
    [ "$(id -u)" -eq 0 ] && who="--process-user=nobody --process-group=nogroup"
    # shellcheck disable=SC2086
    snmpsimd --args-from-file="$demo_run/args" --cache-dir="$demo_run/cache" $who \
        --logging-method=file:"$demo_run/snmpsimd.log" > "$demo_run/stdout" 2>&1 < /dev/null &
    DEMO_SIM=$!
    DEMO_RANGE="127.0.0.11-127.0.0.$i:$demo_port"
    DEMO_DIR=$demo_run
    n=0
    until snmpget -v2c -c public -t 1 -r 0 "127.0.0.11:$demo_port" 1.3.6.1.2.1.1.3.0 >/dev/null 2>&1; do
        n=$((n + 1))
        if [ $n -ge 100 ]; then cat "$demo_run/stdout"; return 1; fi
        sleep 0.2
    done
}
