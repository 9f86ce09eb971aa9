#!/usr/bin/env bash
# Vote load benchmark (issue 5): the real server on a throwaway PostgreSQL 15, VOTERS pre-created eligible
# voters, CLIENTS concurrent HTTP clients casting one vote per voter and category through POST /api/votes;
# then pgbench's own rate for the same two-row insert transaction on the same database, and the ratio.
# WARMUP more voters vote first, untimed (a fresh server's JIT compiles its hot paths during them).
#   bash bench/vote.sh [VOTERS=3000] [CLIENTS=16] [WARMUP=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
VOTERS=${1:-3000}
CLIENTS=${2:-16}
WARMUP=${3:-1000}
OFFSET=${BENCH_PORT_OFFSET:-300}
. bench/lib.sh
start_pg
install_server
start_server
create_voters "$((VOTERS + WARMUP))"

echo "== Votes through the HTTP API ($VOTERS voters x categories, $CLIENTS clients, after $WARMUP warm-up voters)"
java -Dserver.pid="$(pgrep -f "jboss.home.dir=$work/server" | head -1)" -Dclk.tck="$(getconf CLK_TCK)" \
    bench/vote/VoteLoad.java run "http://127.0.0.1:$HTTP_PORT" "$VOTERS" "$CLIENTS" "$WARMUP" | tee "$work/load.txt"
app_rate=$(sed -n 's/^votes=.*votes_per_s=\([0-9]*\).*/\1/p' "$work/load.txt")

echo "== Integrity"
integrity

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
