#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster that database tests run against.
#   pgcluster.sh start STATE_DIR   → initdb + start; writes STATE_DIR/admin.conninfo
#   pgcluster.sh stop STATE_DIR    → stop and delete it
# As root the server runs as the 'postgres' system user (initdb refuses root). The cluster lives
# in a short /tmp path (unix socket paths must stay under 107 bytes) recorded in STATE_DIR.
set -euo pipefail
cmd=${1:?start|stop} state=${2:?state dir}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bindir/initdb" ] || { echo "pgcluster: PostgreSQL server binaries not found; install postgresql-15" >&2; exit 1; }

as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_cluster() {
    [ -f "$state/cluster.dir" ] || return 0
    local dir; dir=$(cat "$state/cluster.dir")
    [ -d "$dir/data" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state"
}

case $cmd in
start)
    stop_cluster
    mkdir -p "$state"
    dir=$(mktemp -d /tmp/srtest-XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    echo "$dir" >"$state/cluster.dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # The superuser (fixtures, migrations) connects without a password; every other login —
    # staff accounts — must authenticate with SCRAM, as against a real server.
    as_owner sh -c "printf 'local all postgres trust\nlocal all all scram-sha-256\n' >'$dir/data/pg_hba.conf'"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=$dir port=$port user=postgres dbname=postgres" >"$state/admin.conninfo"
    echo "pgcluster: started on $dir port $port"
    ;;
stop)
    stop_cluster
    echo "pgcluster: stopped"
    ;;
*) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
