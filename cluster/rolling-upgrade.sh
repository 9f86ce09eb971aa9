#!/usr/bin/env bash
# A rolling upgrade, tried on a local cluster (issue 16; README « Rolling upgrade »). The cluster starts on an
# earlier release (REF's EAR, built in a git worktree), a resident signs in through the balancer; then each
# node in turn is shut down gracefully, given this checkout's EAR and started again while the other serves.
# All along, the resident and an anonymous visitor ask the balancer every 0.3 s, retrying a failed request
# for up to 10 s as a page would. The first upgraded node migrates the database for both versions.
#   bash cluster/rolling-upgrade.sh [REF=HEAD~1]
# Last line: upgraded=2/2 requests=N retried=R failed=F session_kept=yes|no schema=OLD->NEW
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:-HEAD~1}
mvn -q -B -o package -DskipTests >/dev/null 2>&1 || mvn -q -B package -DskipTests >/dev/null
old=$(mktemp -d /tmp/budgetcitoyen-old.XXXXXX)
git worktree add -q --detach "$old/src" "$REF"
(cd "$old/src" && { mvn -q -B -o package -DskipTests -pl ear -am >/dev/null 2>&1 || mvn -q -B package -DskipTests -pl ear -am >/dev/null; })
CLUSTER_OFFSET=${CLUSTER_OFFSET:-700}
unset DB_URL DB_USER DB_PASSWORD
. cluster/lib.sh
trap 'kill "${probe:-0}" 2>/dev/null || true; cluster_stop; git worktree remove --force "$old/src"; rm -rf "$old" "$cluster_work"' EXIT
BASE="http://127.0.0.1:$BALANCER_HTTP"
sql() { command psql -h 127.0.0.1 -p "$CLUSTER_PG_PORT" -U budgetcitoyen -d budgetcitoyen -tAq "$@"; }

echo "== The cluster on $REF ($(git rev-parse --short "$REF"))"
cluster_db
cluster_start_balancer
for i in 1 2; do
    cluster_install "node$i"
    cp "$old/src/ear/target/budget-citoyen.ear" "$cluster_work/node$i/standalone/deployments/"
done
cluster_start_node 1 && cluster_wait_node 1
cluster_start_node 2 && cluster_wait_node 2
sleep 12   # both registered with the balancer
before=$(sql -c "SELECT max(version::int) FROM flyway_schema_history WHERE success")

jar="$cluster_work/resident.cookies"
curl -s -c "$jar" -o /dev/null -H 'Content-Type: application/json' -X POST "$BASE/api/sessions" \
    -d '{"email":"resident@demo.budgetcitoyen.fr","password":"Demo-Pas-de-Calais-62"}'
pseudonym=$(curl -s -b "$jar" "$BASE/api/urn/pseudonym")
echo "signed in, session $(grep JSESSIONID "$jar" | awk '{print $7}'), $pseudonym"

# The probe: each round asks as the resident and as a visitor; a failed request is retried up to 10 s.
probe_loop() {
    local requests=0 retried=0 failed=0 lost=0 code tries body
    while [ ! -f "$cluster_work/stop-probe" ]; do
        for who in resident visitor; do
            requests=$((requests + 1)); tries=0
            while :; do
                if [ "$who" = resident ]; then
                    body=$(curl -s -m 10 -b "$jar" -c "$jar" -w ' %{http_code}' "$BASE/api/urn/pseudonym" || echo " 000")
                else
                    body=$(curl -s -m 10 -o /dev/null -w ' %{http_code}' "$BASE/api/campaigns" || echo " 000")
                fi
                code=${body##* }
                [ "$code" = 200 ] && break
                [ "$code" = 401 ] && { lost=$((lost + 1)); break; }
                tries=$((tries + 1)); [ "$tries" -eq 1 ] && retried=$((retried + 1))
                [ "$tries" -ge 20 ] && { failed=$((failed + 1)); echo "failed: $who $code" >&2; break; }
                sleep 0.5
            done
            if [ "$who" = resident ] && [ "$code" = 200 ] && [ "${body% *}" != "$pseudonym" ]; then lost=$((lost + 1)); fi
        done
        echo "requests=$requests retried=$retried failed=$failed lost=$lost" > "$cluster_work/probe.txt"
        sleep 0.3
    done
}
probe_loop 2> "$cluster_work/probe.err" &
probe=$!

upgraded=0
for i in 1 2; do
    echo "== Node $i: graceful shutdown, new EAR, start ($(cat "$cluster_work/probe.txt" 2>/dev/null))"
    "$cluster_work/node$i/bin/jboss-cli.sh" -c --controller="127.0.0.1:$(node_mgmt "$i")" \
        --command="shutdown --suspend-timeout=20" >>"$cluster_work/cli.log" 2>&1 || true
    for _ in $(seq 1 40); do pgrep -f "jboss.home.dir=$cluster_work/node$i" >/dev/null || break; sleep 1; done
    if pgrep -f "jboss.home.dir=$cluster_work/node$i" >/dev/null; then   # the CLI did not get through: SIGTERM
        echo "node $i: graceful shutdown not acknowledged, SIGTERM"; cluster_kill_node "$i" TERM
        while pgrep -f "jboss.home.dir=$cluster_work/node$i" >/dev/null; do sleep 1; done
    fi
    rm -rf "$cluster_work/node$i/standalone/deployments/"*
    cp ear/target/budget-citoyen.ear "$cluster_work/node$i/standalone/deployments/"
    cluster_start_node "$i"
    cluster_wait_node "$i" && upgraded=$((upgraded + 1))
    sleep 12   # registered with the balancer again before the other node leaves
done
sleep 3
touch "$cluster_work/stop-probe"; wait "$probe" || true
cat "$cluster_work/probe.err"
after=$(sql -c "SELECT max(version::int) FROM flyway_schema_history WHERE success")
. <(tr ' ' '\n' < "$cluster_work/probe.txt")
[ "$lost" = 0 ] && kept=yes || kept=no
echo "upgraded=$upgraded/2 requests=$requests retried=$retried failed=$failed session_kept=$kept schema=V$before->V$after"
