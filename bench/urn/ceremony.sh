# The encrypted urn's setup, shared by bench/urn.sh and bench/urn-vote.sh; sourced AFTER bench/lib.sh
# (it uses its $work, psql, start_server, restart_server, create_accounts).
#
# Why the server is started three times before the vote: the demo loader builds the current edition
# around the server's "today" (its vote opened 10 days ago), so the first start must use the real clock;
# sealing is only allowed before the vote starts, so the ceremony runs on a server whose clock is pinned
# to the day before the vote (BUDGETCITOYEN_CLOCK_DATE, read at start); then the real clock again for the vote.

BCPROV=${BCPROV:-$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.87/bcprov-jdk18on-1.87.jar}
URN_CP="urn/target/urn.jar:$BCPROV"
URN_TOOL=urn-tool/target/urn-tool.jar
BASE="http://127.0.0.1:$HTTP_PORT"
HOLDERS=3           # key holders, 2 of whom are needed to count (threshold)
HOLDER_PREFIX=urn-holder
BENCH_PASSWORD=Bench-Pas-de-Calais-62   # VoteLoad.PASSWORD: the bench accounts' password
AGENT_EMAIL=agent@demo.budgetcitoyen.fr
AGENT_PASSWORD=Demo-Pas-de-Calais-62
# The demo must NOT seal the current edition itself: the bench names its own holders and adds projects first.
export BUDGETCITOYEN_DEMO_DATA_URN=false
unset BUDGETCITOYEN_CLOCK_DATE

for f in "$URN_TOOL" urn/target/urn.jar "$BCPROV"; do
    [ -f "$f" ] || { echo "missing $f: build first (mvn -B -ntp -q -o install -DskipTests)"; exit 1; }
done

sql() { psql -U budgetcitoyen -d budgetcitoyen -tA "$@"; }

# api JAR METHOD PATH [BODY]: one JSON call with a cookie jar (one jar per signed-in person); prints the
# HTTP status, the answer's body is in $work/api.out.
api() {
    local jar=$1 method=$2 path=$3 body=${4-}
    local args=(-sS --max-time 120 -o "$work/api.out" -w '%{http_code}' -b "$jar" -c "$jar" -X "$method"
        -H 'Content-Type: application/json')
    [ -n "$body" ] && args+=(--data "$body")
    curl "${args[@]}" "$BASE$path"
}
# expect CODE JAR METHOD PATH [BODY]: the same, failing loudly on any other status.
expect() {
    local want=$1 got
    shift
    got=$(api "$@")
    if [ "$got" != "$want" ]; then
        echo "$2 $3: HTTP $got, $want expected: $(head -c 2000 "$work/api.out")" >&2
        return 1
    fi
}
sign_in() { expect 204 "$1" POST /api/sessions "{\"email\":\"$2\",\"password\":\"$3\"}"; }

# The edition whose vote is open today (Paris time, the server's zone) and its 1st category; sets YEAR,
# CAMPAIGN_ID, VOTE_START, VOTE_END, CATEGORY (its code), CATEGORY_ID.
urn_edition() {
    local today
    today=$(TZ=Europe/Paris date +%F)
    read -r CAMPAIGN_ID YEAR VOTE_START VOTE_END < <(sql -F ' ' -c "SELECT c.id, c.edition_year, ph.start_date,
        ph.end_date FROM campaign c JOIN campaign_phase ph ON ph.campaign_id = c.id AND ph.phase_type = 'VOTE'
        WHERE DATE '$today' BETWEEN ph.start_date AND ph.end_date")
    [ -n "${YEAR:-}" ] || { echo "no edition votes on $today"; return 1; }
    read -r CATEGORY_ID CATEGORY < <(sql -F ' ' -c "SELECT id, code FROM category WHERE campaign_id = $CAMPAIGN_ID
        ORDER BY display_order, id LIMIT 1")
    echo "edition $YEAR: vote $VOTE_START .. $VOTE_END; the load goes to category $CATEGORY"
}

# urn_fill_category ANSWERS: copies a validated project of $CATEGORY (every column but id and title) until
# the category has ANSWERS projects on its ballot (status VALIDATED = on the ballot).
urn_fill_category() {
    local want=$1 have src cols pcols
    have=$(sql -c "SELECT count(*) FROM project WHERE category_id = $CATEGORY_ID AND status = 'VALIDATED'")
    src=$(sql -c "SELECT min(id) FROM project WHERE category_id = $CATEGORY_ID AND status = 'VALIDATED'")
    cols=$(sql -c "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'project' AND column_name NOT IN ('id', 'title')")
    pcols=$(sed -E 's/([a-z_]+)/p.\1/g' <<<"$cols")
    if [ "$have" -lt "$want" ]; then
        sql -q -c "INSERT INTO project (title, $cols) SELECT 'Projet de banc d''essai ' || g || ' (copie du projet ' || p.id || ')',
            $pcols FROM project p, generate_series(1, $((want - have))) g WHERE p.id = $src"
    fi
    echo "category $CATEGORY: $(sql -c "SELECT count(*) FROM project WHERE category_id = $CATEGORY_ID AND status = 'VALIDATED'") projects on the ballot"
}

# The key ceremony with the holders' tool, then the sealing, on a server whose clock is the day before the
# vote. Leaves the server running with that clock; the holders' key files in $work/keys, the tool's
# output in $work/ceremony.log; sets FINGERPRINT.
urn_ceremony() {
    local holders="" i round
    export BUDGETCITOYEN_CLOCK_DATE
    BUDGETCITOYEN_CLOCK_DATE=$(date -d "$VOTE_START -1 day" +%F)
    restart_server
    echo "server restarted with its clock on $BUDGETCITOYEN_CLOCK_DATE (the day before the vote)"
    for i in $(seq 1 $HOLDERS); do holders+="${holders:+,}\"$HOLDER_PREFIX-$i@example.org\""; done
    sign_in "$work/agent.jar" "$AGENT_EMAIL" "$AGENT_PASSWORD"
    expect 201 "$work/agent.jar" POST "/api/urn/$YEAR/holders" "{\"threshold\":2,\"holders\":[$holders]}"
    mkdir -p "$work/keys"
    # Each holder runs the tool once per step: CERT (creates the key file), POLYNOMIAL, VOUTPUT.
    for round in CERT POLYNOMIAL VOUTPUT; do
        echo "== round $round" >>"$work/ceremony.log"
        for i in $(seq 1 $HOLDERS); do
            urn_tool_holder "$i" "$work/keys/holder-$i.key"
        done
    done
    grep -E '^  détenteur [0-9]+ : ' "$work/ceremony.log" | tail -$HOLDERS | sed 's/   ← vous//' || true
    # The fingerprints are compared aloud at the sealing: each holder confirms it.
    for i in $(seq 1 $HOLDERS); do
        sign_in "$work/holder-$i.jar" "$HOLDER_PREFIX-$i@example.org" "$BENCH_PASSWORD"
        expect 200 "$work/holder-$i.jar" POST "/api/urn/$YEAR/ceremony" '{"step":"COMPARE","message":{}}'
    done
    expect 200 "$work/agent.jar" POST "/api/urn/$YEAR/seal"
    FINGERPRINT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["fingerprint"])' "$work/api.out")
    echo "urn sealed: $HOLDERS holders, threshold 2, election fingerprint $FINGERPRINT"
}

# urn_tool_holder I KEYFILE: holder I does its pending step with the tool (exit code checked).
urn_tool_holder() {
    echo "== holder $1" >>"$work/ceremony.log"
    if ! URN_PASSWORD=$BENCH_PASSWORD timeout 600 java -jar "$URN_TOOL" holder --server "$BASE" --year "$YEAR" \
        --email "$HOLDER_PREFIX-$1@example.org" --key "$2" >>"$work/ceremony.log" 2>&1; then
        tail -30 "$work/ceremony.log"
        echo "the tool failed for holder $1; the server's last error:"
        grep -E ' ERROR |^Caused by|at fr\.budgetcitoyen' "$work/server.log" | tail -25 || true
        return 1
    fi
}

# The vote opens: the server on the real clock.
urn_open_vote() {
    unset BUDGETCITOYEN_CLOCK_DATE
    restart_server
    echo "server restarted on the real clock: the vote is open"
}

# Integrity of the urn after a load: participations, ballots, duplicates (a voter twice in a category, a
# pseudonym twice in a category, a tracker twice).
urn_integrity() {
    sql <<SQL
SELECT 'participations=' || count(*) FROM vote_participation WHERE campaign_id = $CAMPAIGN_ID;
SELECT 'urn_ballots=' || count(*) FROM urn_ballot WHERE campaign_id = $CAMPAIGN_ID;
SELECT 'duplicates=' || (SELECT count(*) FROM (SELECT 1 FROM vote_participation WHERE campaign_id = $CAMPAIGN_ID
        GROUP BY category_id, voter_id HAVING count(*) > 1) d)
    + (SELECT count(*) FROM (SELECT 1 FROM urn_ballot WHERE campaign_id = $CAMPAIGN_ID
        GROUP BY category_id, pseudonym HAVING count(*) > 1) d)
    + (SELECT count(*) FROM (SELECT 1 FROM urn_ballot GROUP BY tracker HAVING count(*) > 1) d);
SQL
}
