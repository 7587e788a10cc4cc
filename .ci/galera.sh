#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback, for the cluster tests and benchmarks.
#   .ci/galera.sh start    starts whatever node is not running (idempotent), waits for Synced
#   .ci/galera.sh stop     stops all three nodes (data is kept; `start` brings them back)
#   .ci/galera.sh status   one line per node: port, pid, wsrep state, cluster size
#   .ci/galera.sh kill N   kill -9 node N (for manual fault drills)
#   .ci/galera.sh reset    stop and delete the data (the next start bootstraps a new cluster)
# SQL ports 3311-3313; group ports 4510/4520/4530 (IST listens on base_port+1, so they are spaced
# by 10), SST on 4515/4525/4535. Needs the Debian packages mariadb-server, galera-4 and rsync.
# Root logs in over TCP from 127.0.0.1 with an empty password, as on the single test server.
set -euo pipefail
DIR=${GALERA_DIR:-/tmp/bnder-galera}
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
NODES=(1 2 3)
port() { echo $((3310 + $1)); }
base() { echo $((4500 + 10 * $1)); }

sql() { mariadb -h127.0.0.1 -P"$(port "$1")" -uroot --connect-timeout=2 --batch --skip-column-names -e "$2"; }
ping_node() { mysqladmin -h127.0.0.1 -P"$(port "$1")" -uroot --connect-timeout=2 ping >/dev/null 2>&1; }
# The pid file appears only once the server is up; until then the pid of the launch stands in.
pid_of() { cat "$DIR/node$1/mariadbd.pid" 2>/dev/null || cat "$DIR/node$1/launch.pid" 2>/dev/null || true; }
# A node killed with -9 may linger as a zombie (its parent is gone) and still answer kill -0; a
# zombie has no command line, and a reused pid has another one.
running() {
  local pid
  pid=$(pid_of "$1")
  [ -n "$pid" ] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q "node$1.cnf"
}
state() { sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true; }

write_config() {
  local n=$1 d="$DIR/node$1"
  mkdir -p "$d"
  cat >"$DIR/node$n.cnf" <<CNF
[mariadbd]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mariadbd.pid
log-error=$d/error.log
port=$(port "$n")
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
innodb_flush_log_at_trx_commit=2
max_connections=300
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=bnder_test
wsrep_cluster_address=gcomm://127.0.0.1:4510,127.0.0.1:4520,127.0.0.1:4530
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1
wsrep_provider_options="base_port=$(base "$n");gcache.size=32M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(($(base "$n") + 5))
CNF
}

wait_for() {
  local n=$1 want=$2
  for _ in $(seq 1 120); do
    if [ "$want" = up ] && ping_node "$n"; then return 0; fi
    if [ "$want" = synced ] && [ "$(state "$n")" = Synced ]; then return 0; fi
    running "$n" || { echo "node $n exited; tail of $DIR/node$n/error.log:" >&2; tail -20 "$DIR/node$n/error.log" >&2; return 1; }
    sleep 1
  done
  echo "node $n: timed out waiting for $want" >&2
  return 1
}

launch() {
  local n=$1
  shift
  write_config "$n"
  local d="$DIR/node$n"
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --defaults-file="$DIR/node$n.cnf" --user=mysql --auth-root-authentication-method=normal \
      --skip-test-db >"$d/install.log" 2>&1
  fi
  chown -R mysql:mysql "$DIR"
  # setsid: the node must outlive the shell that started it.
  rm -f "$d/mariadbd.pid"
  setsid /usr/sbin/mariadbd --defaults-file="$DIR/node$n.cnf" --user=mysql "$@" </dev/null >>"$d/stdout.log" 2>&1 &
  echo $! >"$d/launch.pid"
}

# A node may bootstrap the cluster only if it was the last one to leave it (safe_to_bootstrap).
bootstrap_candidate() {
  for n in "${NODES[@]}"; do
    if grep -qs '^safe_to_bootstrap: 1' "$DIR/node$n/data/grastate.dat"; then echo "$n"; return; fi
  done
  for n in "${NODES[@]}"; do [ -d "$DIR/node$n/data/mysql" ] || { echo 1; return; }; done
  # All nodes were killed: take the one with the highest sequence number, and mark it safe.
  local best=1 best_seq=-2 seq
  for n in "${NODES[@]}"; do
    seq=$(sed -n 's/^seqno: *//p' "$DIR/node$n/data/grastate.dat" 2>/dev/null || echo -1)
    if [ "${seq:--1}" -gt "$best_seq" ]; then best=$n best_seq=${seq:--1}; fi
  done
  sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/node$best/data/grastate.dat" 2>/dev/null || true
  echo "$best"
}

grant_root_over_tcp() {
  local n=$1
  if ! sql "$n" 'SELECT 1' >/dev/null 2>&1; then
    mariadb --socket="$DIR/node$n/mysqld.sock" -uroot -e "
      ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('');
      CREATE USER IF NOT EXISTS root@'127.0.0.1' IDENTIFIED BY '';
      GRANT ALL ON *.* TO root@'127.0.0.1' WITH GRANT OPTION;
      FLUSH PRIVILEGES;"
  fi
}

start() {
  mkdir -p "$DIR"
  command -v mariadbd >/dev/null || PATH=$PATH:/usr/sbin
  [ -f "$PROVIDER" ] || { echo "galera-4 is not installed ($PROVIDER missing)" >&2; exit 1; }
  command -v rsync >/dev/null || { echo "rsync is not installed" >&2; exit 1; }
  local any=0
  for n in "${NODES[@]}"; do running "$n" && any=1; done
  if [ "$any" = 0 ]; then
    local first
    first=$(bootstrap_candidate)
    launch "$first" --wsrep-new-cluster
    wait_for "$first" up
    wait_for "$first" synced
  fi
  for n in "${NODES[@]}"; do
    if running "$n"; then
      wait_for "$n" synced
      grant_root_over_tcp "$n"
      break
    fi
  done
  for n in "${NODES[@]}"; do
    if ! running "$n"; then
      launch "$n"
      wait_for "$n" synced
    fi
  done
  for n in "${NODES[@]}"; do wait_for "$n" synced; done
  status
}

stop() {
  for n in "${NODES[@]}"; do
    local pid
    pid=$(pid_of "$n")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
  done
}

status() {
  for n in "${NODES[@]}"; do
    if running "$n"; then
      printf 'node %s port %s pid %s state %s size %s\n' "$n" "$(port "$n")" "$(pid_of "$n")" "$(state "$n")" \
        "$(sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2)"
    else
      printf 'node %s port %s down\n' "$n" "$(port "$n")"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill) kill -KILL "$(pid_of "${2:?node number}")" ;;
  reset) stop; rm -rf "$DIR" ;;
  *) echo "usage: $0 start|stop|status|kill N|reset" >&2; exit 2 ;;
esac
