#!/usr/bin/env bash
# The encrypted urn end to end (issue 15), on a throwaway PostgreSQL and a copy of the built server:
#   1. the demo's current edition, one category filled up to 20 projects on its ballot (copies of one of
#      its validated projects), 3 key-holder accounts and N voters;
#   2. on a server whose clock is the day before the vote: the agent names the holders, the holders make
#      the election key with urn-tool (3 rounds x 3 holders), confirm their fingerprints, the agent seals;
#   3. on the real clock (vote open): the load client encrypts one ballot per voter with the urn module
#      (random project, remembered), untimed, then posts them with CLIENTS threads (timed);
#   4. on a server whose clock is the day after the vote: the agent closes the urn, 2 holders of 3 decrypt
#      with urn-tool, `urn-tool verify --server` checks the public board, the decrypted counts are compared
#      with what was cast, and forged copies of the board must each be caught by `urn-tool verify --board`.
#   bash bench/urn.sh [N=1000] [CLIENTS=8]
# Last line: ballots=N verified=yes|no tampered_detected=K/M counts_match=yes|no
# Needs the build (mvn -B -ntp -q -o install -DskipTests): ear, wildfly-config, urn, urn-tool.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
CLIENTS=${2:-8}
ANSWERS=20
OFFSET=${BENCH_PORT_OFFSET:-400}
. bench/lib.sh
. bench/urn/ceremony.sh

echo "== Setup: PostgreSQL, the server (demo data, no demo urn), $ANSWERS projects in one category, accounts"
start_pg
install_server
start_server
urn_edition
urn_fill_category "$ANSWERS"
create_accounts "$HOLDER_PREFIX" "$HOLDERS"
create_voters "$N"

echo "== Key ceremony and sealing"
urn_ceremony

echo "== The vote: $N ballots of $ANSWERS answers, encrypted by the client beforehand, posted by $CLIENTS clients"
urn_open_vote
# OTHERS voters also vote in the other categories afterwards (untimed), so that every question of the
# count has ballots; OTHERS=0 checks the count of categories without any ballot (they failed before
# commit 7fd4797, see bench/RESULTS.md 2026-12-06).
java -Dserver.pid="$(pgrep -f "jboss.home.dir=$work/server" | head -1)" -Dpg.pid="$(head -1 "$work/pg/postmaster.pid")" \
    -Dclk.tck="$(getconf CLK_TCK)" -Dothers="${OTHERS:-3}" -cp "$URN_CP" \
    bench/urn/UrnLoad.java vote "$BASE" "$YEAR" "$CATEGORY" "$N" "$CLIENTS" 0 "$work/load" | tee "$work/load.txt"
urn_integrity | tee "$work/integrity.txt"

echo "== After the vote: close, 2 holders of $HOLDERS decrypt, verify"
export BUDGETCITOYEN_CLOCK_DATE
BUDGETCITOYEN_CLOCK_DATE=$(date -d "$VOTE_END +1 day" +%F)
restart_server
echo "server restarted with its clock on $BUDGETCITOYEN_CLOCK_DATE (the vote is over)"
sign_in "$work/agent.jar" "$AGENT_EMAIL" "$AGENT_PASSWORD"
expect 200 "$work/agent.jar" POST "/api/urn/$YEAR/close"
echo "urn closed: $(cat "$work/api.out")"
# A failure from here on is reported in the last line (verified=no, counts_match=no), not fatal.
for i in 1 2; do
    urn_tool_holder "$i" "$work/keys/holder-$i.key" || echo "holder $i could not decrypt: the count will not verify"
done
# What each holder's tool said at the decryption (it re-checks the whole board before decrypting).
sed -n '/^== holder [12]$/,$p' "$work/ceremony.log" | grep -E "^== holder|^Décompte chiffré|^Étape DECRYPT" | tail -4

verify_start=$(date +%s.%N)
if timeout 1800 java -jar "$URN_TOOL" verify --server "$BASE" --year "$YEAR" >"$work/verify.txt" 2>&1; then rc=0; else rc=$?; fi
echo "urn-tool verify --server: exit $rc in $(python3 -c "print(f'{$(date +%s.%N) - $verify_start:.1f}')") s; last lines:"
tail -5 "$work/verify.txt"
# verified=yes: the tool says « vérifié » AND it checked a count (a board without result also « verifies »).
verified=no
[ "$rc" -eq 0 ] && [ "$(tail -1 "$work/verify.txt")" = "vérifié" ] && grep -q "résultat vérifiés" "$work/verify.txt" \
    && verified=yes

echo "== Counts: the board's decryption against what was cast"
curl -sf --max-time 600 "$BASE/api/campaigns/$YEAR/board" -o "$work/board.json" || echo "no board"
java -cp "$URN_CP" bench/urn/BoardAudit.java counts "$work/board.json" "$work/load/cast.csv" | tee "$work/counts.txt" \
    || true
counts_match=$(sed -n 's/^counts_match=//p' "$work/counts.txt")

echo "== Tampered copies of the board: each must be caught by urn-tool verify --board"
java -cp "$URN_CP" bench/urn/BoardAudit.java tamper "$work/board.json" "$work/tampered" >/dev/null \
    || echo "could not make the forged copies (no counted board?)"
detected=0 total=0
for f in "$work"/tampered/*.json; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .json)
    if java -jar "$URN_TOOL" verify --board "$f" >"$work/verify-$name.txt" 2>&1; then rc=0; else rc=$?; fi
    last=$(tail -1 "$work/verify-$name.txt")
    first=$(grep -m1 '^problème' "$work/verify-$name.txt" | cut -c1-220 || true)
    if [ "$name" = 0-untampered ]; then
        # The untouched board, rewritten by the same code: must verify, else the detections prove nothing.
        echo "$name: exit $rc, $last"
        [ "$rc" -eq 0 ] || { echo "the untampered copy does not verify: $first"; verified=no; }
        continue
    fi
    total=$((total + 1))
    if [ "$rc" -eq 1 ] && [[ "$last" == échec* ]]; then
        detected=$((detected + 1))
        echo "$name: caught ($last) — $first"
    else
        echo "$name: NOT caught (exit $rc, $last)"
    fi
done

echo "== Summary"
cat "$work/integrity.txt"
grep -E '^ballots=' "$work/load.txt"
# ballots= : the timed ballots the server accepted (cast.csv's first N lines; the OTHERS ballots follow)
accepted=$(head -$((N + 1)) "$work/load/cast.csv" | awk -F, '$5 == 201' | wc -l)
echo "ballots=$accepted verified=$verified tampered_detected=$detected/$total counts_match=${counts_match:-no}"
