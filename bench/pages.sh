#!/usr/bin/env bash
# A launch-day crowd on the public pages (issue 19): the real server on a throwaway PostgreSQL 15, CLIENTS concurrent
# anonymous clients on each public page in turn (SECONDS each, after a warm-up), then, in the same run, a static file
# of the home page's size served by the same server (the ceiling). Reports req/s, p50/p99, sessions made, bytes.
#   bash bench/pages.sh [CLIENTS=100] [SECONDS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-100}
SECONDS_EACH=${2:-15}
OFFSET=${BENCH_PORT_OFFSET:-300}
. bench/lib.sh
start_pg
install_server
# The ceiling: a file of the home page's size, served by the same Undertow, from a location of its own.
mkdir -p "$work/static"
"$work/server/bin/jboss-cli.sh" --commands="embed-server --std-out=discard,/subsystem=undertow/configuration=handler/file=bench-static:add(path=$work/static),/subsystem=undertow/server=default-server/host=default-host/location=\/bench-static:add(handler=bench-static),stop-embedded-server" >/dev/null
start_server
base="http://127.0.0.1:$HTTP_PORT"
curl -s "$base/" -o "$work/static/home.html"
echo "== Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "== $CLIENTS anonymous clients, ${SECONDS_EACH}s per page (gzip accepted, no cookie, no If-None-Match)"
java bench/pages/PageLoad.java "$base" "$CLIENTS" "$SECONDS_EACH" / /projects "/results?year=2021" /ambassadors \
    /ideas /comptoirs /editions "/edition?year=2021" /scics /cdess "/impact?year=2018" "/ballots?year=2021" /board \
    /api/campaigns /bench-static/home.html | tee "$work/pages.txt"
sessions=$("$work/server/bin/jboss-cli.sh" \
    --controller="127.0.0.1:$MGMT_PORT" -c --command='/deployment=budget-citoyen.ear/subdeployment=web.war/subsystem=undertow:read-attribute(name=active-sessions)' \
    | sed -n 's/.*"result" => \([0-9]*\).*/\1/p')
rate() { sed -n "s|^page=$1 .*req_per_s=\([0-9]*\).*|\1|p" "$work/pages.txt"; }
p99() { sed -n "s|^page=$1 .*p99_ms=\([0-9.]*\).*|\1|p" "$work/pages.txt"; }
home=$(rate /); ceiling=$(rate /bench-static/home.html)
slowest=$(grep -v -e bench-static -e /api/ "$work/pages.txt" | sed -n 's/.*req_per_s=\([0-9]*\).*/\1/p' | sort -n | head -1)
home_ok=$([ "$home" -ge 600 ] && awk "BEGIN {exit !($(p99 /) < 250)}" && [ "$sessions" -eq 0 ] && echo yes || echo no)
pages_ok=$([ "$slowest" -ge 300 ] && echo yes || echo no)
echo "home=${home}/s p99=$(p99 /)ms static_ceiling=${ceiling}/s home_to_ceiling=$(awk "BEGIN {printf \"%.2f\", $home / $ceiling}") slowest_page=${slowest}/s sessions=${sessions} home_target=${home_ok} pages_target=${pages_ok}"
