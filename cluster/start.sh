#!/usr/bin/env bash
# A local two-node cluster with its balancer, for a newcomer (README « Production on a cluster »):
#   bash cluster/start.sh            then http://localhost:8080 (the balancer); Ctrl-C stops everything.
# Node 1 answers on 8180 (management 10090), node 2 on 8280 (10190); their logs under the work directory
# printed below. A throwaway PostgreSQL is started unless DB_URL, DB_USER and DB_PASSWORD are set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f ear/target/budget-citoyen.ear ] || [ ! -x wildfly-config/target/server/bin/standalone.sh ]; then
    mvn -q -B package -DskipTests
fi
. cluster/lib.sh
trap 'cluster_stop; rm -rf "$cluster_work"' EXIT

cluster_db
cluster_start_balancer
cluster_start_node 1
cluster_wait_node 1          # the first node migrates the database and loads the demo alone
cluster_start_node 2
cluster_wait_node 2
echo "Cluster ready: http://localhost:$BALANCER_HTTP (balancer), nodes on :$(node_http 1) and :$(node_http 2)"
echo "Logs: $cluster_work/{balancer,node1,node2}.log. Ctrl-C stops the cluster."
wait
