#!/usr/bin/env bash
# The cluster under faults (issue 16): a balancer, two nodes and PostgreSQL on this machine (cluster/lib.sh),
# bench accounts voting through the balancer ({"category","project"} votes with an Idempotency-Key, retried
# as a page or a client would after a 503 or a broken connection).
#   bash bench/cluster.sh [VOTERS=600] [CLIENTS=16]
# 1. The rate: VOTERS voters with node 2 stopped (one node behind the balancer), then VOTERS others with both.
# 2. Faults, on VOTERS more: node 1 killed (kill -9) when a fifth of their votes are acknowledged, restarted
#    (it rejoins) at two fifths; PostgreSQL stopped (pg_ctl stop -m fast) at three fifths for 10 s, then started:
#    meanwhile node 2's readiness, a page and the API must answer 503 (French message), never 500.
# 3. The comptoirs' reminders: a session tomorrow with R registrations, both nodes' timers firing every minute.
# Checked afterwards in the database: every acknowledged tracker is in the urn (lost=0), no voter has two
# participations in a category (duplicates=0), sessions signed in before the kill never answered 401,
# each registration was reminded once (the audit's counts add up to R), the service answered after the
# database's restart with no 500 on the way. Last line exactly:
#   acknowledged=N lost=L duplicates=D sessions_kept=K/K reminders_once=yes|no db_restart_recovered=yes|no
set -euo pipefail
cd "$(dirname "$0")/.."
VOTERS=${1:-600}
CLIENTS=${2:-16}
REGISTRATIONS=12
if [ ! -f ear/target/budget-citoyen.ear ] || [ ! -x wildfly-config/target/server/bin/standalone.sh ]; then
    mvn -q -B package -DskipTests
fi
CLUSTER_OFFSET=${CLUSTER_OFFSET:-600}
unset DB_URL DB_USER DB_PASSWORD   # always its own throwaway PostgreSQL: it restarts it
export BUDGETCITOYEN_COMPTOIR_REMINDERS_HOUR='*' BUDGETCITOYEN_COMPTOIR_REMINDERS_MINUTE='*'
. cluster/lib.sh
trap 'cluster_stop; rm -rf "$cluster_work"' EXIT
BASE="http://127.0.0.1:$BALANCER_HTTP"
sql() { command psql -h 127.0.0.1 -p "$CLUSTER_PG_PORT" -U budgetcitoyen -d budgetcitoyen -v ON_ERROR_STOP=1 -tAq "$@"; }
load() { java bench/cluster/ClusterLoad.java "$BASE" "$1" "$VOTERS" "$CLIENTS" "$cluster_work/$2"; }

echo "== Setup: PostgreSQL, balancer, node 1 (migrates, loads the demo), node 2; $((3 * VOTERS)) bench voters"
cluster_db
cluster_start_balancer
cluster_start_node 1 && cluster_wait_node 1
cluster_start_node 2 && cluster_wait_node 2
hash=$(java bench/vote/VoteLoad.java hash)
sql -v hash="$hash" -v n="$((3 * VOTERS))" <<'SQL'
INSERT INTO account (email, display_name, birth_date, commune_insee_code, password_hash, status, created_at)
SELECT 'bench-' || g || '@example.org', 'Votant ' || g, DATE '1980-01-01', '62041', :'hash', 'ACTIVE', now()
FROM generate_series(1, :n) g;
INSERT INTO account_role (account_id, role) SELECT id, 'RESIDENT' FROM account WHERE email LIKE 'bench-%';
SQL
# Reminders: a session tomorrow like the demo's first one, the first REGISTRATIONS bench voters confirmed.
tomorrow=$(date -d tomorrow +%F)
session=$(sql -v day="$tomorrow" <<'SQL'
INSERT INTO comptoir_session (campaign_id, territory_code, commune_insee_code, starts_at, ends_at, venue, address,
    host_structure, workshop, facilitator, capacity, seats_taken)
SELECT campaign_id, territory_code, commune_insee_code, (:'day' || ' 10:00')::timestamp, (:'day' || ' 12:00')::timestamp,
    'Salle du banc d''essai', address, host_structure, workshop, facilitator, 50, 0 FROM comptoir_session ORDER BY id LIMIT 1
RETURNING id;
SQL
)
sql -v s="$session" -v r="$REGISTRATIONS" <<'SQL'
INSERT INTO comptoir_registration (session_id, account_id, status, registered_at)
SELECT :s, id, 'CONFIRMED', now() FROM account WHERE email LIKE 'bench-%' ORDER BY id LIMIT :r;
SQL

echo "== 1. Vote rate: one node behind the balancer, then two ($VOTERS voters × categories each)"
cluster_kill_node 2 TERM; sleep 8
one=$(load 1 one | tail -1); echo "one node:  $one"
cluster_start_node 2 && cluster_wait_node 2; sleep 12   # registered with the balancer
two=$(load $((VOTERS + 1)) two | tail -1); echo "two nodes: $two"

echo "== 2. Faults under load: node 1 killed, restarted; PostgreSQL restarted"
load $((2 * VOTERS + 1)) faults > "$cluster_work/faults.txt" 2> "$cluster_work/faults.err" &
client=$!
progress() { local p; p=$(cat "$cluster_work/faults/progress" 2>/dev/null || true); echo "${p:-0}"; }
at() { while [ "$(progress)" -lt "$1" ] && kill -0 "$client" 2>/dev/null; do sleep 0.2; done; }
at $((VOTERS / 2));      echo "kill -9 node 1 at $(progress) acknowledged"; cluster_kill_node 1 KILL
at $((VOTERS));          echo "restart node 1 at $(progress)"; cluster_start_node 1
at $((3 * VOTERS / 2));  echo "stop PostgreSQL at $(progress)"
run_pg pg_ctl -D "$cluster_work/pg" -m fast -w stop >/dev/null
sleep 4
code() { curl -s -o "$cluster_work/probe.txt" -w '%{http_code}' "$@"; }
ready_down=$(code "http://127.0.0.1:$(node_mgmt 2)/health/ready")
page_down=$(code "http://127.0.0.1:$(node_http 2)/ideas")
api_down=$(code "http://127.0.0.1:$(node_http 2)/api/campaigns")
grep -q "indisponible" "$cluster_work/probe.txt" || api_down="$api_down(no French message)"
echo "while PostgreSQL is down: readiness $ready_down, page /ideas $page_down, API $api_down"
sleep 6
run_pg pg_ctl -D "$cluster_work/pg" -o "-p $CLUSTER_PG_PORT -k $cluster_work -c listen_addresses=127.0.0.1 -c max_connections=200" \
    -l "$cluster_work/pg.log" -w start >/dev/null
echo "PostgreSQL started again at $(progress)"
wait "$client" || true
cat "$cluster_work/faults.txt"; tail -5 "$cluster_work/faults.err" || true
cluster_wait_node 1 60 && cluster_wait_node 2 60 && recovered=yes || recovered=no
after=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/campaigns")
[ "$after" = 200 ] && [ "$ready_down" = 503 ] && [ "$page_down" = 503 ] && [ "$api_down" = 503 ] || recovered=no
grep -q "server_errors=0 " "$cluster_work/faults.txt" || recovered=no

echo "== 3. Reminders (both timers every minute): waiting for a round after all are sent"
for _ in $(seq 1 90); do
    [ "$(sql -c "SELECT count(*) FROM comptoir_registration WHERE session_id = $session AND reminded_at IS NOT NULL")" = "$REGISTRATIONS" ] && break
    sleep 2
done
sleep 65
reminded=$(sql -c "SELECT count(*) FROM comptoir_registration WHERE session_id = $session AND reminded_at IS NOT NULL")
sent=$(sql -c "SELECT coalesce(sum(value_after::int), 0) FROM audit_entry WHERE action = 'comptoir.reminders'
    AND target = 'day:$tomorrow'")
echo "registrations=$REGISTRATIONS reminded=$reminded reminders_sent_by_all_runs=$sent"
[ "$reminded" = "$REGISTRATIONS" ] && [ "$sent" = "$REGISTRATIONS" ] && reminders=yes || reminders=no

echo "== Result"
cat "$cluster_work"/{one,two,faults}/acknowledged.txt | sort -u > "$cluster_work/ack.txt"
acknowledged=$(wc -l < "$cluster_work/ack.txt")
sql -c "SELECT tracker FROM urn_ballot" | sort -u > "$cluster_work/urn.txt"
lost=$(comm -23 "$cluster_work/ack.txt" "$cluster_work/urn.txt" | wc -l)
duplicates=$(sql -c "SELECT count(*) FROM (SELECT 1 FROM vote_participation GROUP BY campaign_id, category_id, voter_id
    HAVING count(*) > 1) d")
lost_sessions=$(sed -n 's/.*sessions_lost=\([0-9]*\).*/\1/p' "$cluster_work/faults.txt")
rate() { sed -n 's/.*votes_per_s=\([0-9.]*\).*/\1/p' <<<"$1"; }
echo "vote rate through the balancer: one node $(rate "$one")/s, two nodes $(rate "$two")/s (same 2 cores)"
echo "acknowledged=$acknowledged lost=$lost duplicates=$duplicates sessions_kept=$((VOTERS - ${lost_sessions:-$VOTERS}))/$VOTERS reminders_once=$reminders db_restart_recovered=$recovered"
