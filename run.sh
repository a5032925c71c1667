#!/usr/bin/env bash
# Builds the SOS portal when its sources changed, then starts it on Payara Micro at http://localhost:${SOS_PORT:-8080}/.
# Embedded H2 in $SOS_DATA_DIR (default ./data) unless SOS_DB_URL names a PostgreSQL database. See README.md.
set -euo pipefail
cd "$(dirname "$0")"

# SOS_JAR: another copy of the built jar (cluster/run starts its nodes from one a rebuild cannot overwrite).
jar=${SOS_JAR:-sos-micro/target/sos-portal.jar}
if [ "${SOS_BUILD:-auto}" != never ] && { [ ! -f "$jar" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$jar" -print -quit)" ]; }; then
  echo "Building the SOS portal (mvn -B -DskipTests install) ..."
  mvn -B -q -DskipTests install
fi

data_dir=${SOS_DATA_DIR:-./data}
if ! mkdir -p "$data_dir" 2>/dev/null || [ ! -w "$data_dir" ]; then
  echo "SOS_DATA_DIR のディレクトリ '$data_dir' を作成できないか、書き込みできません。書き込み可能なディレクトリを指定してください。" >&2
  echo "The data directory '$data_dir' (SOS_DATA_DIR) cannot be created or is not writable." >&2
  exit 2
fi
export SOS_DATA_DIR=$(cd "$data_dir" && pwd)

if [ -n "${SOS_DB_URL:-}" ]; then
  export SOS_DB_USER=${SOS_DB_USER:-postgres}
  password=${SOS_DB_PASSWORD:-unused} # trust authentication needs none, the pool syntax needs a value
  password=${password//\\/\\\\}
  export SOS_DB_PASSWORD_PROPERTY=${password//:/\\:}
  # A database that does not answer yet does not stop the start: the portal comes up (readiness DOWN, the login page
  # says so) and migrates once it answers (issue 14).
  postboot=sos-micro/src/main/payara/postgres.asadmin
  echo "Database: $SOS_DB_URL"
else
  export SOS_H2_URL="jdbc:h2:file:$SOS_DATA_DIR/sos;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  export SOS_H2_BATCH_URL="jdbc:h2:file:$SOS_DATA_DIR/batch-repository"
  postboot=sos-micro/src/main/payara/h2.asadmin
  echo "Database: embedded H2 in $SOS_DATA_DIR"
fi

# The key that encrypts the JSF view state kept in the pages: random per start unless given (a cluster's nodes
# must share one, or a page served by one node cannot be posted to another).
export SOS_VIEWSTATE_KEY=${SOS_VIEWSTATE_KEY:-$(head -c 32 /dev/urandom | base64)}

# One node needs no data grid: --nohazelcast starts none (--nocluster still starts a local one, ~4 CPU seconds; issue
# 18). Nothing of the portal uses it then: its timers are not persistent and sessions stay in the node.
# SOS_CLUSTER=true (issue 16): the nodes find each other (Payara's discovery: multicast unless SOS_CLUSTER_MODE,
# e.g. tcpip:10.0.0.5:6900,10.0.0.6:6900, dns:…, kubernetes:<namespace>,<service>) and keep the web sessions in the
# data grid, so a session outlives its node. SOS_CLUSTER_HOSTAWARE=false for several nodes on one machine:
# host-aware partitioning would keep each session's backup on the same host, i.e. possibly in the node that dies.
cluster=(--nohazelcast)
preboot=sos-micro/src/main/payara/preboot.asadmin
if [ "${SOS_CLUSTER:-false}" = true ]; then
  preboot=$SOS_DATA_DIR/preboot.asadmin # sessions in the data grid (preboot.asadmin keeps one node's in memory)
  cat sos-micro/src/main/payara/preboot.asadmin sos-micro/src/main/payara/cluster.asadmin > "$preboot"
  cluster=(--clustername "${SOS_CLUSTER_NAME:-sos}" --name "${SOS_NODE_NAME:-$(hostname):${SOS_PORT:-8080}}")
  [ -n "${SOS_CLUSTER_MODE:-}" ] && cluster+=(--clustermode "$SOS_CLUSTER_MODE")
  [ -n "${SOS_CLUSTER_PORT:-}" ] && cluster+=(--startport "$SOS_CLUSTER_PORT")
  [ "${SOS_CLUSTER_HOSTAWARE:-true}" = false ] && cluster+=(--nohostaware)
fi
# The log goes to standard output: the runnable jar carries Payara's logging.properties, which makes Payara Micro
# ignore --logtofile (with a warning at each start): it wrote no server.log to $SOS_DATA_DIR.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar "$jar" \
  --prebootcommandfile "$preboot" --postbootcommandfile "$postboot" --port "${SOS_PORT:-8080}" "${cluster[@]}" \
  "$@"
