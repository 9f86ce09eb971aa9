#!/usr/bin/env bash
# Durability of the vote (issue 5): under load, the server is killed with SIGKILL, then restarted on the
# same PostgreSQL. Every vote the server acknowledged with a receipt must be there, none twice, and no
# participation without its ballot (or the reverse).
#   bash bench/durability.sh [VOTERS=2000] [CLIENTS=16] [KILL_AFTER_RECEIPTS=500]
set -euo pipefail
cd "$(dirname "$0")/.."
VOTERS=${1:-2000}
CLIENTS=${2:-16}
KILL_AFTER=${3:-500}
OFFSET=${BENCH_PORT_OFFSET:-300}
. bench/lib.sh
start_pg
install_server
start_server
create_voters "$VOTERS"

# the demo's own ballots (synthetic votes of a past edition) are there before the load
ballots_before=$(psql -U budgetcitoyen -d budgetcitoyen -tA -c "SELECT count(*) FROM vote_ballot")
receipts="$work/receipts.txt"
: >"$receipts"
echo "== Load: $VOTERS voters x categories, $CLIENTS clients; kill -9 after $KILL_AFTER acknowledged votes"
java -Dreceipts="$receipts" bench/vote/VoteLoad.java run "http://127.0.0.1:$HTTP_PORT" "$VOTERS" "$CLIENTS" \
    >"$work/load.txt" 2>&1 &
load_pid=$!
while [ "$(wc -l <"$receipts")" -lt "$KILL_AFTER" ]; do
    kill -0 "$load_pid" 2>/dev/null || { cat "$work/load.txt"; echo "the load ended before the kill"; exit 1; }
    sleep 0.2
done
stop_server KILL
echo "killed the server (SIGKILL) after $(wc -l <"$receipts") receipts"
wait "$load_pid" 2>/dev/null || true   # the clients now fail: expected
acknowledged=$(sort -u "$receipts" | wc -l)

echo "== Restart on the same database"
start_server
echo "restarted"

echo "== Every acknowledged receipt is in the ballots"
# Since the encrypted urn, the receipt is the ballot's tracker, published as such in urn_ballot.
psql -U budgetcitoyen -d budgetcitoyen -q -c "CREATE TABLE durability_receipt (tracker VARCHAR(43))"
psql -U budgetcitoyen -d budgetcitoyen -q -c "\\copy durability_receipt FROM '$receipts'"
missing=$(psql -U budgetcitoyen -d budgetcitoyen -tA -c \
    "SELECT count(*) FROM durability_receipt d WHERE NOT EXISTS (SELECT 1 FROM urn_ballot b WHERE b.tracker = d.tracker)")
integrity | tee "$work/integrity.txt"
participations=$(sed -n 's/^participations=//p' "$work/integrity.txt")
ballots=$(sed -n 's/^ballots=//p' "$work/integrity.txt")
duplicates=$(sed -n 's/^duplicate_participations=//p' "$work/integrity.txt")
echo "acknowledged=$acknowledged missing=$missing participations=$participations ballots=$ballots duplicates=$duplicates"

echo "== Votes go on after the restart"
curl -sf "http://127.0.0.1:$HTTP_PORT/api/campaigns" >/dev/null && echo "the API answers"

if [ "$missing" -ne 0 ] || [ "$duplicates" -ne 0 ] || [ "$participations" -ne "$ballots" ] || [ "$acknowledged" -gt "$((ballots - ballots_before))" ]; then
    echo "DURABILITY FAILED"
    exit 1
fi
echo "DURABILITY OK: all $acknowledged acknowledged votes survived the kill; $((ballots - ballots_before - acknowledged)) more were committed but not acknowledged before it ($ballots_before ballots were there before the load)"
