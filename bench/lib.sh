# Shared by the bench scripts (sourced, not run): start the runnable jar as the README does, wait for the login
# page, log in with the real JSF form, stop exactly the process we started.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/sos-micro/target/sos-portal.jar
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
      SOS_BUILD=never SOS_PORT="$port" SOS_DATA_DIR="$dir" ./run.sh >"$dir/run.out" 2>&1) &
  PORTAL_PID=$!
  PORTAL_PORT=$port
  PORTAL_DIR=$dir
}

# wait_for_login [TIMEOUT_SECONDS]: polls /login.xhtml every 0.1 s until it answers 200; sets READY_SECONDS.
wait_for_login() {
  local timeout=${1:-240} code
  while :; do
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      echo "The portal stopped before it was ready; tail of $PORTAL_DIR/run.out and server.log:" >&2
      tail -20 "$PORTAL_DIR/run.out" "$PORTAL_DIR/server.log" >&2 2>/dev/null
      return 1
    fi
    code=$(curl -s -o /dev/null -m 30 -w '%{http_code}' "http://127.0.0.1:$PORTAL_PORT/login.xhtml" || true)
    if [ "$code" = 200 ]; then
      READY_SECONDS=$(seconds_since "$PORTAL_STARTED")
      return 0
    fi
    if [ "$(awk -v a="$PORTAL_STARTED" -v b="$(now)" -v t="$timeout" 'BEGIN { print (b - a > t) }')" = 1 ]; then
      echo "The portal did not serve the login page within $timeout s" >&2
      return 1
    fi
    sleep 0.1
  done
}

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
  local user=$1 password=$2 jar=$3 base="http://127.0.0.1:$PORTAL_PORT" state
  state=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{redirect_url}' "$base/login.xhtml" \
    --data-urlencode loginForm=loginForm --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$password" --data-urlencode loginForm:login= \
    --data-urlencode "jakarta.faces.ViewState=$state"
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# CPU seconds (user + system) the JVM has used so far: unlike wall time, hardly changed by other load on the machine.
cpu_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$PORTAL_PID/stat"
}
