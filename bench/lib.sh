# Shared by the vote benchmarks: a throwaway PostgreSQL and a copy of the built server on it.
# Sourced by bench/vote.sh and bench/durability.sh; they set OFFSET before sourcing.
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

# standalone.sh starts the JVM as a child: stop (or kill) the JVM itself, not only the script.
stop_server() {
    pkill "-${1:-TERM}" -f "jboss.home.dir=$work/server" 2>/dev/null || true
    [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
cleanup() {
    stop_server
    run_pg pg_ctl -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

start_pg() {
    mkdir "$work/pg" && { [ "$(id -u)" -ne 0 ] || chown postgres "$work" "$work/pg"; }
    run_pg initdb -D "$work/pg" -A trust -U postgres >/dev/null
    run_pg pg_ctl -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" \
        -l "$work/pg.log" -w start >/dev/null
    psql -U postgres -qc "CREATE USER budgetcitoyen PASSWORD 'budgetcitoyen'"
    psql -U postgres -qc "CREATE DATABASE budgetcitoyen OWNER budgetcitoyen"
}
psql() { command psql -h 127.0.0.1 -p "$port" -v ON_ERROR_STOP=1 "$@"; }

# BENCH_JVM overrides the server's heap (WildFly's default: -Xms64m -Xmx512m); BENCH_JFR=FILE records a
# Java Flight Recording of the whole run (JDK Mission Control or `jfr print` read it).
# The server: a copy of the one the build configured, with the EAR, on PostgreSQL, ports moved by $OFFSET.
install_server() {
    cp -r wildfly-config/target/server "$work/server"
    rm -rf "$work/server/standalone/data" "$work/server/standalone/deployments/"*
    cp ear/target/budget-citoyen.ear "$work/server/standalone/deployments/"
    # a development run (mvn -Prun) may have recorded its deployment in the configuration: not here
    sed -i '/<deployments>/,/<\/deployments>/d' "$work/server/standalone/configuration/standalone.xml"
}
start_server() {
    DB_DRIVER=postgresql DB_URL="jdbc:postgresql://127.0.0.1:$port/budgetcitoyen" DB_USER=budgetcitoyen \
        DB_PASSWORD=budgetcitoyen DB_POOL_MAX=${DB_POOL_MAX:-40} \
        JBOSS_JAVA_SIZING="${BENCH_JVM:--Xms64m -Xmx512m}${BENCH_JFR:+ -XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile}" \
        "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" >>"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$MGMT_PORT/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    tail -50 "$work/server.log"
    return 1
}

# Pre-created eligible voters (adults of Arras, confirmed): bench accounts only, cheap PBKDF2 iterations.
create_voters() {
    local hash
    hash=$(java bench/vote/VoteLoad.java hash)
    psql -U budgetcitoyen -d budgetcitoyen -q -v hash="$hash" -v n="$1" <<'SQL'
INSERT INTO account (email, display_name, birth_date, commune_insee_code, password_hash, status, created_at)
SELECT 'bench-' || g || '@example.org', 'Votant ' || g, DATE '1980-01-01', '62041', :'hash', 'ACTIVE', now()
FROM generate_series(1, :n) g;
INSERT INTO account_role (account_id, role) SELECT id, 'RESIDENT' FROM account WHERE email LIKE 'bench-%';
SQL
}

integrity() {
    psql -U budgetcitoyen -d budgetcitoyen -tA <<'SQL'
SELECT 'participations=' || count(*) FROM vote_participation;
-- plaintext ballots (the demo's past editions) and, since the encrypted urn, the urn's ballots
SELECT 'ballots=' || ((SELECT count(*) FROM vote_ballot) + (SELECT count(*) FROM urn_ballot));
SELECT 'duplicate_participations=' || count(*) FROM (SELECT 1 FROM vote_participation
    GROUP BY campaign_id, category_id, voter_id HAVING count(*) > 1) d;
SQL
}

# Accounts that must sign in with a known password (the urn's key holders): same cheap hash and password
# as the voters (VoteLoad.PASSWORD), e-mails PREFIX-1@example.org … PREFIX-N@example.org, resident role.
# PREFIX must not start with "bench-" (create_voters gives roles to every bench-% account).
create_accounts() {
    local hash
    hash=$(java bench/vote/VoteLoad.java hash)
    psql -U budgetcitoyen -d budgetcitoyen -q -v hash="$hash" -v n="$2" -v prefix="$1" <<'SQL'
INSERT INTO account (email, display_name, birth_date, commune_insee_code, password_hash, status, created_at)
SELECT :'prefix' || '-' || g || '@example.org', 'Compte ' || :'prefix' || ' ' || g, DATE '1970-01-01', '62041',
       :'hash', 'ACTIVE', now()
FROM generate_series(1, :n) g;
INSERT INTO account_role (account_id, role) SELECT id, 'RESIDENT' FROM account WHERE email LIKE :'prefix' || '-%@example.org';
SQL
}

# A restart on the same database and data directory (e.g. with another BUDGETCITOYEN_CLOCK_DATE exported).
restart_server() {
    stop_server
    start_server
}
