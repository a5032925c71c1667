# Shared by the bench scripts (sourced, not run): start the runnable jar as the README does, wait for the login
# page, log in with the real JSF form, stop exactly the process we started.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# SOS_JAR: another copy of the built jar (an A/B run keeps its reference while the tree is rebuilt).
JAR=${SOS_JAR:-$ROOT/sos-micro/target/sos-portal.jar}
H2_JAR=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar}
DEMO_PASSWORD=SosDemo2021

require_jar() {
  if [ ! -f "$JAR" ]; then
    echo "No $JAR: build it first with  mvn -B -q -DskipTests package -pl sos-micro -am" >&2
    exit 2
  fi
}

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# start_portal PORT DATA_DIR [NAME=value ...]: run.sh execs java, so PORTAL_PID is the JVM itself.
# Any SOS_* of the caller's environment is dropped so that only what is passed here counts.
start_portal() {
  local port=$1 dir=$2
  shift 2
  mkdir -p "$dir"
  PORTAL_STARTED=$(now)
  (cd "$ROOT" && exec env $(env | grep -o '^SOS_[A-Z_]*' | sed 's/^/-u /') "$@" \
      SOS_BUILD=never SOS_JAR="$JAR" SOS_PORT="$port" SOS_DATA_DIR="$dir" ./run.sh >"$dir/run.out" 2>&1) &
  PORTAL_PID=$!
  PORTAL_PORT=$port
  PORTAL_DIR=$dir
}

# wait_for_answer PATH WANT [TIMEOUT_SECONDS]: polls PATH every 0.1 s until it answers WANT ("200", or "any" for any
# HTTP answer at all); sets READY_SECONDS. Fails with the log's tail when the process stops, or after the timeout.
wait_for_answer() {
  local path=$1 want=$2 timeout=${3:-240} code
  while :; do
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      echo "The process stopped before it was ready; tail of $PORTAL_DIR/run.out and server.log:" >&2
      tail -20 "$PORTAL_DIR/run.out" "$PORTAL_DIR/server.log" >&2 2>/dev/null
      return 1
    fi
    code=$(curl -s -o /dev/null -m 30 -w '%{http_code}' "http://127.0.0.1:$PORTAL_PORT$path" || true)
    if [ "$code" = "$want" ] || { [ "$want" = any ] && [ "$code" != 000 ]; }; then
      READY_SECONDS=$(seconds_since "$PORTAL_STARTED")
      return 0
    fi
    if [ "$(awk -v a="$PORTAL_STARTED" -v b="$(now)" -v t="$timeout" 'BEGIN { print (b - a > t) }')" = 1 ]; then
      echo "No answer $want from $path within $timeout s" >&2
      return 1
    fi
    sleep 0.1
  done
}

# wait_for_login [TIMEOUT_SECONDS]: until the login page answers 200.
wait_for_login() { wait_for_answer /login.xhtml 200 "${1:-240}"; }

stop_portal() {
  [ -n "${PORTAL_PID:-}" ] || return 0
  kill -TERM "$PORTAL_PID" 2>/dev/null || true
  for _ in $(seq 1 300); do
    kill -0 "$PORTAL_PID" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$PORTAL_PID" 2>/dev/null || true
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$PORTAL_PID/status"; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$PORTAL_PID/status"; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# form_login USER PASSWORD COOKIE_JAR: GET the login page, POST the JSF form with its ViewState; prints the
# status and redirect of the POST (a good login is "302 http://.../index.xhtml").
form_login() {
  local user=$1 password=$2 jar=$3 base="http://127.0.0.1:$PORTAL_PORT" page state nonce
  page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  # PrimeFaces' CSP (issue 13) refuses a post without the page's nonce
  nonce=$(grep -o "csp.init('[^']*')" <<<"$page" | head -1 | sed "s/csp.init('//; s/')//")
  curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{redirect_url}' "$base/login.xhtml" \
    --data-urlencode loginForm=loginForm --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$password" --data-urlencode loginForm:login= \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
}

# start_blank_payara PORT: the reference of issue 18, a Payara Micro of the same jar family and JVM options as run.sh,
# with no application; sets PORTAL_PID like start_portal.
start_blank_payara() {
  PORTAL_PORT=$1
  PORTAL_DIR=$(mktemp -d)
  PORTAL_STARTED=$(now)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar "$ROOT/sos-micro/target/runtime/payara-micro.jar" --nocluster \
    --port "$PORTAL_PORT" --rootdir "$PORTAL_DIR/root" >"$PORTAL_DIR/run.out" 2>&1 &
  PORTAL_PID=$!
}

# wait_for_http [TIMEOUT_SECONDS]: until the HTTP listener answers anything (a blank Payara answers 404).
wait_for_http() { wait_for_answer / any "${1:-240}"; }

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# CPU seconds (user + system) the JVM has used so far: unlike wall time, hardly changed by other load on the machine.
cpu_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$PORTAL_PID/stat"
}
