#!/usr/bin/env bash
# Two portal nodes on a three-node MariaDB Galera cluster, all on this machine (127.0.0.1 only): codes drawn
# on one node through its code page, ballots posted to both nodes at once (every other code to both at the
# same moment), database node 2 killed (kill -9) during the load and brought back (it rejoins by IST or SST).
# Then checks in every database node that each acknowledged ballot is stored, none twice, and that every
# refusal was a clear answer. The last line reads
#   cluster: <A> acknowledged, <S> stored, <D> counted twice, <L> lost
# docs/benchmarks.md keeps a run and what the portal needs from a cluster.
# usage: src/bench/cluster.sh [codes]     (from anywhere; default 3000 codes; needs Debian's mariadb-server,
#        galera-4, mariadb-backup and socat, installed
#        with apt-get when missing, and Debian's chromium for drawing the codes)
set -euo pipefail
cd "$(dirname "$0")/../.."
codes=${1:-3000}
clients=${CLUSTER_CLIENTS:-24}
work="$(mktemp -d)"
pids=()
db_pid=("" "" "" "")
# Everything is stopped on the way out, whatever happened: portals first, then the database nodes.
stop() {
  local p group
  for group in pids db_pid; do
    local -n list=$group
    for p in "${list[@]}"; do
      [ -n "$p" ] && kill "$p" 2>/dev/null || true
    done
    for p in "${list[@]}"; do
      [ -n "$p" ] && timeout 30 tail --pid="$p" -f /dev/null 2>/dev/null || true
      [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true
    done
  done
  rm -rf "$work"
}
trap stop EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
free_port() { # the first port from $1 on that nothing listens to
  local p=$1
  while (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

if ! [ -x /usr/sbin/mariadbd ] || ! [ -f /usr/lib/galera/libgalera_smm.so ] || ! command -v mariabackup >/dev/null ||
   ! command -v socat >/dev/null; then
  echo "installing mariadb-server, galera-4, mariadb-backup and socat with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    mariadb-server galera-4 mariadb-backup socat >/dev/null
fi
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
if ! ls target/reintegration-portal-*.jar >/dev/null 2>&1; then
  ./mvnw -o -q -B -DskipTests package
fi
jar=$(ls target/reintegration-portal-*.jar | head -n 1)
client_class=target/test-classes/org/reintegration/portal/bench/ClusterBallots.class
if ! [ -f "$client_class" ] || [ src/test/java/org/reintegration/portal/bench/ClusterBallots.java -nt "$client_class" ] ||
   ! [ -f target/bench-classpath.txt ]; then
  ./mvnw -o -q -B -Dvaadin.skip -DskipTests test-compile 2>/dev/null
  ./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
    >/dev/null 2>&1
fi
# every step is bounded in time: the client runs under timeout, and every wait gives up
client=(java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
  org.reintegration.portal.bench.ClusterBallots)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mariadb: $(/usr/sbin/mariadbd --version | grep -o 'Ver [^ ]*'), galera $(dpkg-query -W -f='${Version}' galera-4 2>/dev/null)"

# ---- three Galera nodes ----
# State transfers by mariabackup: rsync's transfer daemon, started as root, writes as 'nobody'
sst=mariabackup
command -v mariabackup >/dev/null || sst=rsync
as_root=""
[ "$(id -u)" = 0 ] && as_root="user=root"
port=23306
for n in 1 2 3; do
  sql_port[$n]=$(free_port $port); port=$((sql_port[n] + 1))
  gcomm_port[$n]=$(free_port $port); port=$((gcomm_port[n] + 1))
  ist_port[$n]=$(free_port $port); port=$((ist_port[n] + 1))
  sst_port[$n]=$(free_port $port); port=$((sst_port[n] + 1))
done
members="127.0.0.1:${gcomm_port[1]},127.0.0.1:${gcomm_port[2]},127.0.0.1:${gcomm_port[3]}"
for n in 1 2 3; do
  mkdir -p "$work/db$n/data"
  cat >"$work/db$n/my.cnf" <<EOF
[mysqld]
$as_root
datadir=$work/db$n/data
socket=$work/db$n/mariadb.sock
pid-file=$work/db$n/mariadb.pid
log-error=$work/db$n/error.log
port=${sql_port[$n]}
bind-address=127.0.0.1
skip-name-resolve
skip-ssl
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-storage-engine=InnoDB
binlog_format=ROW
# the schema's triggers (grant_event is append-only) are created by the portal's own user, not a SUPER one,
# and Galera logs every change as binary log events
log_bin_trust_function_creators=1
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=128M
innodb_flush_log_at_trx_commit=1
max_connections=300
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=portal-bench
wsrep_cluster_address=gcomm://$members
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:${gcomm_port[$n]}
wsrep_sst_receive_address=127.0.0.1:${sst_port[$n]}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${gcomm_port[$n]};ist.recv_addr=127.0.0.1:${ist_port[$n]};gcache.size=256M"
wsrep_sst_method=$sst
wsrep_sst_auth=$(id -un):
wsrep_slave_threads=2
EOF
done
mariadb-install-db --defaults-file="$work/db1/my.cnf" --auth-root-authentication-method=socket >"$work/install.log" 2>&1

start_db() { # start_db N [--wsrep-new-cluster]
  /usr/sbin/mariadbd --defaults-file="$work/db$1/my.cnf" "${@:2}" >>"$work/db$1/stdout.log" 2>&1 &
  db_pid[$1]=$!
}
sql() { # sql N STATEMENT...: as the database's own administrator, through the node's socket
  mariadb --no-defaults -S "$work/db$1/mariadb.sock" -u "$(id -un)" -N -B -e "${@:2}"
}
wait_synced() { # until node N is a synced member of a cluster of 3 (or gives up after 3 minutes)
  for _ in $(seq 1 900); do
    if [ "$(sql "$1" "show status like 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ] &&
       [ "$(sql "$1" "show status like 'wsrep_cluster_size'" 2>/dev/null | cut -f2)" = 3 ]; then return 0; fi
    if ! kill -0 "${db_pid[$1]}" 2>/dev/null; then echo "database node $1 stopped:" >&2; tail -n 30 "$work/db$1/error.log" >&2; return 1; fi
    sleep 0.2
  done
  echo "database node $1 did not join" >&2; tail -n 30 "$work/db$1/error.log" >&2; return 1
}
wait_socket() { # until node N answers on its socket
  for _ in $(seq 1 600); do sql "$1" "select 1" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "database node $1 did not start" >&2; tail -n 30 "$work/db$1/error.log" >&2; return 1
}
restart_db() { # restart_db N after a crash: the last committed position is recovered first, as Debian's
  # galera_recovery does, so that the node asks only for what it missed (IST) rather than for everything (SST)
  /usr/sbin/mariadbd --defaults-file="$work/db$1/my.cnf" --wsrep-recover --log-error="$work/db$1/recover.log" >/dev/null 2>&1
  local position
  position=$(grep -o 'Recovered position: [^ ]*' "$work/db$1/recover.log" | tail -n 1 | cut -d' ' -f3)
  start_db "$1" ${position:+--wsrep-start-position=$position}
}
stop_db() { # stop_db N: a clean shutdown
  kill "${db_pid[$1]}"; timeout 120 tail --pid="${db_pid[$1]}" -f /dev/null; db_pid[$1]=""
}
start=$(now)
# Node 1 founds the cluster and gets the schema and its user; nodes 2 and 3 start from a copy of its cleanly
# stopped data folder, so they join with the same state and no full state transfer is needed.
start_db 1 --wsrep-new-cluster
wait_socket 1
db_password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
sql 1 "create database portal character set utf8mb4 collate utf8mb4_unicode_ci;
       create user 'portal'@'127.0.0.1' identified by '$db_password';
       grant all on portal.* to 'portal'@'127.0.0.1';"
stop_db 1
for n in 2 3; do
  rm -rf "$work/db$n/data"; cp -a "$work/db1/data" "$work/db$n/data"
  sed -i 's/^safe_to_bootstrap: 1/safe_to_bootstrap: 0/' "$work/db$n/data/grastate.dat"
done
start_db 1 --wsrep-new-cluster
wait_socket 1
start_db 2
start_db 3
wait_synced 2
wait_synced 3
echo "galera: 3 nodes synced in $(seconds "$start" "$(now)") s (state transfers by $sst)"

# ---- two portal nodes ----
pepper="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
admin_password="Bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
options="sslMode=DISABLED&characterEncoding=UTF-8&failOverReadOnly=false&connectTimeout=3000&secondsBeforeRetrySource=10&retriesAllDown=20"
url_a="jdbc:mysql://127.0.0.1:${sql_port[1]},127.0.0.1:${sql_port[2]},127.0.0.1:${sql_port[3]}/portal?$options"
url_b="jdbc:mysql://127.0.0.1:${sql_port[2]},127.0.0.1:${sql_port[3]},127.0.0.1:${sql_port[1]}/portal?$options"
mkdir -p "$work/receipts"
port_a=$(free_port 28080)
port_b=$(free_port $((port_a + 1)))
start_portal() { # start_portal NAME PORT JDBC_URL
  mkdir -p "$work/portal-$1"
  (cd "$work/portal-$1" &&
    SPRING_PROFILES_ACTIVE=prod PORTAL_ADMIN_USERNAME=bench-admin PORTAL_ADMIN_PASSWORD="$admin_password" \
    PORTAL_VOTING_PEPPER="$pepper" PORTAL_DATA_DIR="$work/portal-$1" PORTAL_GRANTS_RECEIPTS_DIR="$work/receipts" \
    SPRING_DATASOURCE_URL="$3" SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD="$db_password" \
    exec java -Xmx768m -jar "$OLDPWD/$jar" --server.port="$2" --server.address=127.0.0.1 \
      --vaadin.productionMode=true >"$work/portal-$1.log" 2>&1) &
  pids+=("$!")
}
wait_healthy() { # wait_healthy NAME PORT PID: up to 10 minutes (a busy machine starts slowly)
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$2/actuator/health" | grep -q UP; then return 0; fi
    kill -0 "$3" 2>/dev/null || break
    sleep 0.5
  done
  echo "portal $1 did not become healthy:" >&2; tail -n 40 "$work/portal-$1.log" >&2; return 1
}
start=$(now)
# One after the other: the first node migrates the schema. Liquibase's lock is a row that two nodes writing
# through different cluster members can both see free before either commits (row locks are not replicated),
# so two nodes starting at the same moment on an empty schema can both try to create its tables.
start_portal A "$port_a" "$url_a"
portal_a=$!
wait_healthy A "$port_a" "$portal_a"
start_portal B "$port_b" "$url_b"
portal_b=$!
wait_healthy B "$port_b" "$portal_b"
echo "portals: A on :$port_a (db1,db2,db3), B on :$port_b (db2,db3,db1), both healthy in $(seconds "$start" "$(now)") s"
no_pk=$(sql 1 "select group_concat(t.table_name order by t.table_name) from information_schema.tables t
               where t.table_schema = 'portal' and t.table_type = 'BASE TABLE' and not exists (
                 select 1 from information_schema.table_constraints c where c.table_schema = t.table_schema
                 and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')")
[ "$no_pk" = NULL ] || echo "tables without a primary key: $no_pk"

# ---- a round in voting, its codes drawn on node A through the code page ----
round=$(sql 1 "use portal;
  insert into admin_area (pcode, name, admin_level, country_pcode, updated_at)
    values ('ZZ-BENCH', 'Bench country', 0, 'ZZ-BENCH', now(3));
  insert into community (name, name_language, admin_pcode, archived, created_at, updated_at)
    values ('Bench community', 'fr', 'ZZ-BENCH', 0, now(3), now(3));
  set @community = last_insert_id();
  insert into selection_round (name, budget, currency, phase, ballot_format, min_choices, max_choices,
                               outcome_rule, slip_language, created_by, created_at)
    values ('Cluster bench', 10000, 'GNF', 'VOTING', 'APPROVAL', 1, 2, 'greedy', 'fr', 'bench', now(3));
  set @round = last_insert_id();
  insert into initiative (community_id, dimension, initiative_type, title, description, text_language,
                          cost_estimate, currency, beneficiaries, confidential, status, published,
                          proposal_channel, entered_by, created_at, updated_at)
    values (@community, 'ECONOMIC', 'PUBLIC_INFRASTRUCTURE', 'Bench well', 'A well', 'fr', 3000, 'GNF', 'BOTH',
            0, 'ON_BALLOT', 1, 'STAFF', 'bench', now(3), now(3));
  insert into round_ballot_item (round_id, initiative_id, cost, position) values (@round, last_insert_id(), 3000, 1);
  select @round;")
initiative=$(sql 1 "select initiative_id from portal.round_ballot_item where round_id = $round")
if timeout 600 "${client[@]}" draw "http://127.0.0.1:$port_a" bench-admin "$admin_password" "$round" "$codes" \
     "$work/codes.txt" >"$work/draw.log" 2>&1; then
  grep '^drawn' "$work/draw.log"
else
  # Only when the code page could not be used: codes stored by SQL as the portal stores them (HMAC with the
  # shared pepper); the load then proves whether node B accepts them (its answers are counted per node).
  echo "codes: the code page failed ($(grep -m1 -E '^draw:|Exception' "$work/draw.log" | cut -c1-240)); drawing by SQL instead"
  timeout 300 "${client[@]}" sqldraw "jdbc:mysql://127.0.0.1:${sql_port[1]}/portal?sslMode=DISABLED" portal \
    "$db_password" "$pepper" "$round" "$codes" "$work/codes.txt"
fi

# ---- ballots to both nodes; database node 2 killed during the load and brought back ----
timeout 900 "${client[@]}" load "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$round" "$initiative" "$work/codes.txt" \
  "$work/answers.tsv" "$clients" >"$work/load.log" 2>&1 &
load=$!
pids+=("$load")
tail -n +1 -f --pid="$load" "$work/load.log" 2>/dev/null &
for _ in $(seq 1 600); do grep -q '^load: started' "$work/load.log" && break; sleep 0.1; done
sleep "${CLUSTER_KILL_AFTER:-5}"
kill -9 "${db_pid[2]}"
killed=$(now)
echo "db2: killed (kill -9) during the load"
sleep "${CLUSTER_DOWN_FOR:-8}"
restart_db 2
wait_synced 2
echo "db2: back and synced $(seconds "$killed" "$(now)") s after the kill ($(grep -o -m1 -E 'IST received|State transfer required|SST (succeeded|complete)[^.]*' "$work/db2/error.log" | tail -n 1 || true))"
kill -0 "$load" 2>/dev/null || echo "note: the load had ended before db2 was back; give more codes to keep it going"
wait "$load" || true
sleep 1

# ---- what the database nodes hold ----
check_rc=0
timeout 300 "${client[@]}" check "$round" "$work/answers.tsv" "$pepper" portal "$db_password" \
  "jdbc:mysql://127.0.0.1:${sql_port[1]}/portal?sslMode=DISABLED" \
  "jdbc:mysql://127.0.0.1:${sql_port[2]}/portal?sslMode=DISABLED" \
  "jdbc:mysql://127.0.0.1:${sql_port[3]}/portal?sslMode=DISABLED" >"$work/check.log" 2>&1 || check_rc=$?
grep -E 'ERROR|Exception' "$work/portal-A.log" "$work/portal-B.log" | sed -E 's/^.{0,200}.*(ERROR|Exception)/\1/' \
  | cut -c1-220 | sort | uniq -c | sort -rn | head -n 8 | sed 's/^/portal log: /' || true
cat "$work/check.log" | grep -v '^cluster:' || true
tail -n 1 "$work/check.log"
exit "$check_rc"
