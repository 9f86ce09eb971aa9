#!/usr/bin/env bash
# Vote load benchmark (issue 5): the real server on a throwaway PostgreSQL 15, VOTERS pre-created eligible
# voters, CLIENTS concurrent HTTP clients casting one vote per voter and category through POST /api/votes;
# then pgbench's own rate for the same two-row insert transaction on the same database, and the ratio.
#   bash bench/vote.sh [VOTERS=3000] [CLIENTS=16]
set -euo pipefail
cd "$(dirname "$0")/.."
VOTERS=${1:-3000}
CLIENTS=${2:-16}
OFFSET=${BENCH_PORT_OFFSET:-300}
HTTP_PORT=$((8080 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))

if [ ! -f ear/target/budget-citoyen.ear ] || [ ! -x wildfly-config/target/server/bin/standalone.sh ]; then
    mvn -q -B package -DskipTests
fi
command -v pg_ctl >/dev/null 2>&1 || PATH="$(ls -d /usr/lib/postgresql/*/bin | tail -1):$PATH"

work=$(mktemp -d /tmp/budgetcitoyen-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
run_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
server_pid=""
cleanup() {
    # standalone.sh starts the JVM as a child: stop the JVM itself, not only the script.
    pkill -f "jboss.home.dir=$work/server" 2>/dev/null || true
    [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null || true
    run_pg pg_ctl -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/pg" && { [ "$(id -u)" -ne 0 ] || chown postgres "$work" "$work/pg"; }
run_pg initdb -D "$work/pg" -A trust -U postgres >/dev/null
run_pg pg_ctl -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" -l "$work/pg.log" -w start >/dev/null
psql() { command psql -h 127.0.0.1 -p "$port" -v ON_ERROR_STOP=1 "$@"; }
psql -U postgres -qc "CREATE USER budgetcitoyen PASSWORD 'budgetcitoyen'"
psql -U postgres -qc "CREATE DATABASE budgetcitoyen OWNER budgetcitoyen"

# The server: a copy of the one the build configured, with the EAR, on PostgreSQL, ports moved by $OFFSET.
cp -r wildfly-config/target/server "$work/server"
rm -rf "$work/server/standalone/data" "$work/server/standalone/deployments/"*
cp ear/target/budget-citoyen.ear "$work/server/standalone/deployments/"
DB_DRIVER=postgresql DB_URL="jdbc:postgresql://127.0.0.1:$port/budgetcitoyen" DB_USER=budgetcitoyen \
    DB_PASSWORD=budgetcitoyen DB_POOL_MAX=${DB_POOL_MAX:-40} \
    "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$MGMT_PORT/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "http://127.0.0.1:$MGMT_PORT/health/ready" >/dev/null || { tail -50 "$work/server.log"; exit 1; }

# Pre-created eligible voters (adults of Arras, confirmed): bench accounts only, cheap PBKDF2 iterations.
hash=$(java bench/vote/VoteLoad.java hash)
psql -U budgetcitoyen -d budgetcitoyen -q -v hash="$hash" -v n="$VOTERS" <<'SQL'
INSERT INTO account (email, display_name, birth_date, commune_insee_code, password_hash, status, created_at)
SELECT 'bench-' || g || '@example.org', 'Votant ' || g, DATE '1980-01-01', '62041', :'hash', 'ACTIVE', now()
FROM generate_series(1, :n) g;
INSERT INTO account_role (account_id, role) SELECT id, 'RESIDENT' FROM account WHERE email LIKE 'bench-%';
SQL

echo "== Votes through the HTTP API ($VOTERS voters x categories, $CLIENTS clients)"
java bench/vote/VoteLoad.java run "http://127.0.0.1:$HTTP_PORT" "$VOTERS" "$CLIENTS" | tee "$work/load.txt"
app_rate=$(sed -n 's/.*votes_per_s=\([0-9]*\).*/\1/p' "$work/load.txt")

echo "== Integrity"
psql -U budgetcitoyen -d budgetcitoyen -tA <<'SQL'
SELECT 'participations=' || count(*) FROM vote_participation;
SELECT 'ballots=' || count(*) FROM vote_ballot;
SELECT 'duplicate_participations=' || count(*) FROM (SELECT 1 FROM vote_participation
    GROUP BY campaign_id, category_id, voter_id HAVING count(*) > 1) d;
SQL

echo "== pgbench: the same two-row insert transaction, same database, same constraints ($CLIENTS clients, 20 s)"
psql -U budgetcitoyen -d budgetcitoyen -q <<'SQL'
CREATE TABLE bench_participation (LIKE vote_participation INCLUDING ALL);
CREATE TABLE bench_ballot (LIKE vote_ballot INCLUDING ALL);
ALTER TABLE bench_participation ADD FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    ADD FOREIGN KEY (category_id) REFERENCES category (id), ADD FOREIGN KEY (territory_code) REFERENCES territory (code);
ALTER TABLE bench_ballot ADD FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    ADD FOREIGN KEY (category_id) REFERENCES category (id), ADD FOREIGN KEY (project_id) REFERENCES project (id);
CREATE SEQUENCE bench_voter;
SQL
read -r campaign category project < <(psql -U budgetcitoyen -d budgetcitoyen -tA -F ' ' -c \
    "SELECT p.campaign_id, p.category_id, p.id FROM project p WHERE p.status = 'VALIDATED' LIMIT 1")
cat >"$work/vote.sql" <<'SQL'
BEGIN;
INSERT INTO bench_participation (campaign_id, category_id, voter_id, voted_on, territory_code, age_band)
    VALUES (:campaign, :category, nextval('bench_voter'), CURRENT_DATE, (SELECT min(code) FROM territory), 'FROM_45_TO_59');
INSERT INTO bench_ballot (id, campaign_id, category_id, project_id, receipt_hash)
    VALUES (gen_random_uuid()::text, :campaign, :category, :project, encode(sha256(gen_random_uuid()::text::bytea), 'hex'));
END;
SQL
pg_out=$(PGPASSWORD=budgetcitoyen pgbench -h 127.0.0.1 -p "$port" -U budgetcitoyen -n -c "$CLIENTS" -j 2 -T 20 \
    -D campaign="$campaign" -D category="$category" -D project="$project" -f "$work/vote.sql" budgetcitoyen 2>&1) \
    || { echo "$pg_out"; exit 1; }
grep -E "tps|latency average|failed" <<<"$pg_out"
pg_rate=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$pg_out" | head -1)
echo "== Ratio: the application reaches $(python3 -c "print(f'{$app_rate / $pg_rate * 100:.1f}')") % of pgbench's rate ($app_rate votes/s vs $pg_rate tps)"
