# A local cluster on one machine (issue 16): a balancer (the dist's standalone-load-balancer.xml, Undertow's
# mod_cluster filter) and NODES members (standalone-ha.xml: replicated sessions, JGroups over TCP with
# discovery through the database), each a copy of the built server with its own base directory, node
# name, transaction node identifier and port offset, all on one PostgreSQL.
# Sourced by cluster/start.sh and bench/cluster.sh. Needs `mvn package` done (EAR and server) and PostgreSQL.
#   CLUSTER_OFFSET  ports of the balancer (HTTP 8080+offset, mod_cluster 8090+offset); node i: +100·i
#   DB_URL / DB_USER / DB_PASSWORD  an existing database; unset: a throwaway PostgreSQL under the work dir
#   BUDGETCITOYEN_ATTACHMENTS_DIR  the project files' attachments, shared by the nodes (default: under the work dir)
CLUSTER_OFFSET=${CLUSTER_OFFSET:-0}
BALANCER_HTTP=$((8080 + CLUSTER_OFFSET))
BALANCER_MCMP=$((8090 + CLUSTER_OFFSET))

command -v pg_ctl >/dev/null 2>&1 || PATH="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1):$PATH"
#   CLUSTER_WORK    the work directory (servers' copies, logs, PostgreSQL); default: a new one under /tmp
cluster_work=${CLUSTER_WORK:-$(mktemp -d /tmp/budgetcitoyen-cluster.XXXXXX)}
mkdir -p "$cluster_work"
run_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

node_offset() { echo $((CLUSTER_OFFSET + 100 * $1)); }
node_http() { echo $((8080 + $(node_offset "$1"))); }
node_mgmt() { echo $((9990 + $(node_offset "$1"))); }

cluster_db() {
    if [ -n "${DB_URL:-}" ]; then
        return 0
    fi
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    mkdir "$cluster_work/pg" && { [ "$(id -u)" -ne 0 ] || chown postgres "$cluster_work" "$cluster_work/pg"; }
    run_pg initdb -D "$cluster_work/pg" -A trust -U postgres >/dev/null
    run_pg pg_ctl -D "$cluster_work/pg" -o "-p $port -k $cluster_work -c listen_addresses=127.0.0.1 -c max_connections=200" \
        -l "$cluster_work/pg.log" -w start >/dev/null
    command psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE USER budgetcitoyen PASSWORD 'budgetcitoyen'"
    command psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE budgetcitoyen OWNER budgetcitoyen"
    DB_URL="jdbc:postgresql://127.0.0.1:$port/budgetcitoyen" DB_USER=budgetcitoyen DB_PASSWORD=budgetcitoyen
    CLUSTER_PG_PORT=$port
}

# A copy of the built server: the balancer (no deployment) or a node (the EAR).
cluster_install() {
    local dir="$cluster_work/$1"
    cp -r wildfly-config/target/server "$dir"
    rm -rf "$dir/standalone/data" "$dir/standalone/deployments/"*
    sed -i '/<deployments>/,/<\/deployments>/d' "$dir/standalone/configuration/standalone-ha.xml"
    [ "$1" = balancer ] || cp ear/target/budget-citoyen.ear "$dir/standalone/deployments/"
}

cluster_start_balancer() {
    cluster_install balancer
    "$cluster_work/balancer/bin/standalone.sh" -c standalone-load-balancer.xml \
        -Djboss.socket.binding.port-offset="$CLUSTER_OFFSET" -Djboss.node.name=balancer >>"$cluster_work/balancer.log" 2>&1 &
}

# Node i (1, 2, …): started in the background; cluster_wait_node waits until it is ready.
cluster_start_node() {
    local i=$1
    [ -d "$cluster_work/node$i" ] || cluster_install "node$i"
    DB_DRIVER=postgresql DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
        TX_NODE_ID="budget-citoyen-$i" BALANCER_HOST=127.0.0.1 BALANCER_PORT="$BALANCER_MCMP" \
        BUDGETCITOYEN_ATTACHMENTS_DIR="${BUDGETCITOYEN_ATTACHMENTS_DIR:-$cluster_work/attachments}" \
        JBOSS_JAVA_SIZING="${CLUSTER_JVM:--Xms64m -Xmx512m}" \
        "$cluster_work/node$i/bin/standalone.sh" -c standalone-ha.xml -Djboss.node.name="node$i" \
        -Djboss.socket.binding.port-offset="$(node_offset "$i")" >>"$cluster_work/node$i.log" 2>&1 &
}

cluster_wait_node() {
    for _ in $(seq 1 "${2:-180}"); do
        curl -sf "http://127.0.0.1:$(node_mgmt "$1")/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "node$1 not ready; the end of its log:" >&2
    tail -40 "$cluster_work/node$1.log" >&2
    return 1
}

# Kills node i's JVM (SIGKILL by default: a lost machine), or stops it (TERM).
cluster_kill_node() {
    pkill "-${2:-KILL}" -f "jboss.home.dir=$cluster_work/node$1" 2>/dev/null || true
}

cluster_stop() {
    pkill -TERM -f "jboss.home.dir=$cluster_work/" 2>/dev/null || true
    sleep 2
    pkill -KILL -f "jboss.home.dir=$cluster_work/" 2>/dev/null || true
    [ -d "$cluster_work/pg" ] && run_pg pg_ctl -D "$cluster_work/pg" -m immediate stop >/dev/null 2>&1 || true
}
