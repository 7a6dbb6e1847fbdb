# Starts a throw-away PostgreSQL server on 127.0.0.1 for the tests and exports its address
# as BUURTKAART_TEST_POSTGRES_URL; stops and removes it when the calling script exits.
# Source this file; it needs Debian's postgresql package (scripts/install-test-dependencies).

start_test_postgres() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$bin" ]; then
        echo "PostgreSQL is not installed (apt-get install postgresql)." >&2
        return 1
    fi
    PG_TEST_DIR="$(mktemp -d /tmp/buurtkaart-pg.XXXXXX)"
    PG_TEST_PORT="${PG_TEST_PORT:-$(( 20000 + RANDOM % 20000 ))}"
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        # PostgreSQL refuses to run as root: run it as the postgres system user.
        chown postgres "$PG_TEST_DIR"
        run=(runuser -u postgres --)
    fi
    "${run[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U buurtkaart --auth=trust -E UTF8 --locale=C >/dev/null
    "${run[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
        -o "-p $PG_TEST_PORT -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_TEST_PORT" -U buurtkaart buurtkaart_test
    PG_TEST_BIN="$bin"
    PG_TEST_RUN=("${run[@]}")
    export BUURTKAART_TEST_POSTGRES_URL="postgres://buurtkaart@127.0.0.1:$PG_TEST_PORT/buurtkaart_test?sslmode=disable"
    trap stop_test_postgres EXIT
}

stop_test_postgres() {
    if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
        "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PG_TEST_DIR"
    fi
}
