#!/usr/bin/env bash
# `make test-pg`: a throwaway PostgreSQL cluster (temp folder, own port, socket in the temp folder),
# the store and services tests against it (CCHC_TEST_DB_URL), then the cluster is stopped and removed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}

pg_bin() {  # initdb/pg_ctl: on PATH, or Debian's versioned folder
    command -v "$1" 2>/dev/null && return
    ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -1
}
if [ -z "$(pg_bin initdb)" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "test-pg: installing postgresql"
        DEBIAN_FRONTEND=noninteractive apt-get update -q && apt-get install -y -q --no-install-recommends postgresql
    else
        echo "test-pg: PostgreSQL (initdb) is missing; run as root: apt-get install postgresql" >&2; exit 1
    fi
fi
INITDB=$(pg_bin initdb); PG_CTL=$(pg_bin pg_ctl)
"$BIN/python" -c "import psycopg" 2>/dev/null || "$BIN/python" -m pip install -q 'psycopg[binary]>=3.1,<4'

tmp=$(mktemp -d /tmp/cchc-pg.XXXXXX)
chmod 755 "$tmp"
port=$(( 20000 + RANDOM % 20000 ))
as_pg=()
if [ "$(id -u)" = 0 ]; then  # initdb refuses to run as root
    chown postgres "$tmp" 2>/dev/null || { useradd -r -M postgres && chown postgres "$tmp"; }
    as_pg=(runuser -u postgres --)
fi
cleanup() {
    "${as_pg[@]}" "$PG_CTL" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
"${as_pg[@]}" "$INITDB" -D "$tmp/data" -U cchc --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PG_CTL" -D "$tmp/data" -l "$tmp/log" -w \
    -o "-p $port -k $tmp -c listen_addresses='' -c fsync=off -c full_page_writes=off" start >/dev/null
export CCHC_TEST_DB_URL="postgresql+psycopg://cchc@/postgres?host=$tmp&port=$port"
echo "test-pg: PostgreSQL $("$PG_CTL" --version | awk '{print $NF}') on $tmp port $port"
set +e
QT_QPA_PLATFORM=offscreen "$BIN/pytest" tests/store tests/services ${PYTEST_ARGS:-}
rc=$?
set -e
exit $rc
