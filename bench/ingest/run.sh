#!/usr/bin/env bash
# bench/ingest (issue 7): a ROWS-row daily survey CSV in CP932 for 50,000 institutions, loaded by the
# daily-survey-import job on PostgreSQL (from the upload to COMPLETED), against psql \copy of the same rows into a
# table with the same columns, in the same run. Goal: job ≤ 3× COPY, ≥ 30,000 rows/s, heap flat (-Xmx512m).
# Needs the built jar (mvn -B -DskipTests package -pl sos-micro -am) and PostgreSQL on 127.0.0.1:5432 (trust).
# Usage: bench/ingest/run.sh [ROWS]   (default 200000; 1000000 for the heap check)
# Environment: BENCH_PORT (18110), PG_DB (sos_bench_ingest, dropped and recreated), JAVA_OPTS (run.sh's default
# -Xmx512m -XX:+UseSerialGC), BENCH_DRY_RUN=true (read and check only), PROFILE=true (jstack samples of the job's
# threads) or PROFILE=jfr (a Flight Recorder profile of the first job, summarised by bench/jfr-top), RUNS (1: the same file loaded again RUNS-1 times, timing each reload, which writes nothing).
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${1:-200000}
institutions=50000
port=${BENCH_PORT:-18110}
db=${PG_DB:-sos_bench_ingest}
java_opts=${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}
out=bench/out/ingest-$port
rm -rf "$out" && mkdir -p "$out"
export PGHOST=127.0.0.1 PGUSER=postgres

echo "bench/ingest: $rows rows, PostgreSQL database $db, port $port, JAVA_OPTS=$java_opts"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
psql -d postgres -qc "drop database if exists $db" -c "create database $db"

SOS_DEMO=true SOS_BUILD=never SOS_PORT=$port SOS_DATA_DIR="$PWD/$out/data" SOS_BATCH_DIR="$PWD/$out/batch" \
  SOS_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db JAVA_OPTS="$java_opts" ./run.sh >"$out/portal.log" 2>&1 &
portal=$!  # run.sh execs java: this is the JVM
sampler=
trap 'kill $portal ${sampler:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 400); do
  curl -sf "http://localhost:$port/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://localhost:$port/health/ready" >/dev/null || { echo "portal not ready"; tail -50 "$out/portal.log"; exit 1; }

psql -d "$db" -qc "insert into institution (id, version, code, name, type, prefecture_code)
  select 900000000 + g, 0, (1400000000 + g)::text, 'ベンチ病院' || g, 'HOSPITAL', lpad((1 + g % 47)::text, 2, '0')
  from generate_series(1, $institutions) g"

python3 - "$rows" "$institutions" "$out/daily.csv" <<'PY'
import datetime, random, sys
rows, institutions, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(7)
today = datetime.date.today()
header = ("医療機関コード,回答日,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,入院中,"
          "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否\r\n")
with open(path, "w", encoding="cp932", newline="") as f:
    f.write(header)
    for i in range(rows):
        code = 1400000001 + i % institutions
        day = today - datetime.timedelta(days=1 + i // institutions)
        r = random.randint
        f.write(f"{code},{day.isoformat()},{r(0,9)},{r(0,30)},{r(0,20)},{r(0,10)},{'あり' if r(0,1) else 'なし'},"
                f"{'可能' if r(0,1) else '不可'}\r\n")
PY
echo "file: $(du -h "$out/daily.csv" | cut -f1) CP932, $rows rows, $(( (rows + institutions - 1) / institutions )) days × up to $institutions institutions"

# Heap used (young + old, KB) every 0.25 s while the job runs; the old generation after a collection is what stays.
jstat -gc "$portal" 250 >"$out/jstat.txt" 2>/dev/null &
sampler=$!

# run_job: uploads the file, polls until the job ends; sets job_s, status, json.
run_job() {
  local start end id
  start=$(date +%s.%N)
  id=$(curl -sf -u batch:SosDemo2021 -H 'Content-Type: text/csv' --data-binary "@$out/daily.csv" \
    "http://localhost:$port/api/v1/batch/daily?fileName=bench.csv&dryRun=${BENCH_DRY_RUN:-false}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  if [ "${PROFILE:-false}" = true ]; then
    JSTACK_THREADS=batch bench/jstack-top "$portal" 600 0.3 >"$out/profile-$id.txt" 2>&1 &
    local profiler=$!
  fi
  while :; do
    json=$(curl -sf -u batch:SosDemo2021 "http://localhost:$port/api/v1/batch/executions/$id")
    status=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$json")
    case $status in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
    sleep 0.1  # each poll costs the server a few job repository queries
  done
  end=$(date +%s.%N)
  job_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  echo "$json"
  if [ -n "${profiler:-}" ]; then
    kill "$profiler" 2>/dev/null || true; wait "$profiler" 2>/dev/null || true
  fi
}

# cpu_seconds PID...: user + system CPU seconds of the processes (/proc/PID/stat), to see whether two cores were busy.
cpu_seconds() {
  local tick total=0 p
  tick=$(getconf CLK_TCK)
  for p in "$@"; do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) ))
  done
  awk -v t="$total" -v k="$tick" 'BEGIN { printf "%.2f", t / k }'
}
postgres_pids() { pgrep -d ' ' -x postgres || pgrep -d ' ' postgres; }
[ "${PROFILE:-false}" = jfr ] && jcmd "$portal" JFR.start name=ingest settings=profile filename="$PWD/$out/job.jfr" >/dev/null
if [ "${WARMUP:-false}" = true ]; then  # a dry run of the same file first: reading and checking warmed up, nothing written
  BENCH_DRY_RUN=true run_job >/dev/null
  echo "warm-up dry run          $job_s s"
fi
jvm_cpu_before=$(cpu_seconds "$portal")
pg_pids=$(postgres_pids)
pg_cpu_before=$(cpu_seconds $pg_pids)
run_job
jvm_cpu=$(awk -v a="$jvm_cpu_before" -v b="$(cpu_seconds "$portal")" 'BEGIN { printf "%.2f", b - a }')
pg_cpu=$(awk -v a="$pg_cpu_before" -v b="$(cpu_seconds $pg_pids)" 'BEGIN { printf "%.2f", b - a }')
[ "${PROFILE:-false}" = jfr ] && jcmd "$portal" JFR.stop name=ingest >/dev/null
first_s=$job_s first_status=$status
first_inside=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$json")
reloads=""
for _ in $(seq 2 "${RUNS:-1}"); do
  run_job
  reloads="$reloads $job_s"
done
kill "$sampler" 2>/dev/null || true
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$portal/status")
rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$portal/status")

psql -d "$db" -qc "create table bench_copy (code varchar(10), survey_date date, antigen_quantitative_tests integer,
  antigen_qualitative_tests integer, inpatients integer, acceptable_beds integer, testing_institution varchar(10),
  pcr_available varchar(10))"
copy_start=$(date +%s.%N)
psql -d "$db" -qc "\\copy bench_copy from '$out/daily.csv' with (format csv, header true, encoding 'SJIS')"
copy_end=$(date +%s.%N)
copy_s=$(awk -v a="$copy_start" -v b="$copy_end" 'BEGIN { printf "%.2f", b - a }')
# The floor for any loader of this schema: the same rows, their codes already resolved to institution ids (not
# timed), COPYed into a table defined as daily_survey is (its primary key, unique key, checks and foreign key).
resolved="select nextval('sos_seq'), 1, i.id, b.survey_date, b.antigen_quantitative_tests, b.antigen_qualitative_tests,"
resolved="$resolved b.inpatients, b.acceptable_beds, b.testing_institution = 'あり', b.pcr_available = '可能',"
resolved="$resolved localtimestamp, 'bench' from bench_copy b join institution i on i.code = b.code"
psql -d "$db" -qc "\\copy ($resolved) to '$PWD/$out/resolved.tsv'"
psql -d "$db" -qc "create table bench_floor (like daily_survey including all)" \
  -c "alter table bench_floor add foreign key (institution_id) references institution (id)"
floor_start=$(date +%s.%N)
psql -d "$db" -qc "\\copy bench_floor from '$PWD/$out/resolved.tsv'"
floor_end=$(date +%s.%N)
floor_s=$(awk -v a="$floor_start" -v b="$floor_end" 'BEGIN { printf "%.2f", b - a }')
loaded=$(psql -d "$db" -tAc "select count(*) from daily_survey d join institution i on i.id = d.institution_id where i.code like '14%'")

python3 - "$rows" "$first_s" "$copy_s" "$first_status" "$loaded" "$hwm" "$rss" "$out/jstat.txt" "$reloads" \
  "$floor_s" "$first_inside" "$jvm_cpu" "$pg_cpu" <<'PY'
import sys
rows, job, copy, status, loaded, hwm, rss, jstat, reloads, floor, inside, jvm_cpu, pg_cpu = sys.argv[1:]
rows, job, copy, floor, inside = int(rows), float(job), float(copy), float(floor), float(inside)
used, old = [], []
for line in open(jstat):
    f = line.split()
    if f and f[0][0].isdigit():  # S0C S1C S0U S1U EC EU OC OU ...
        used.append(float(f[2]) + float(f[3]) + float(f[5]) + float(f[7])); old.append(float(f[7]))
print(f"rows                     {rows:,}")
print(f"job status               {status}, rows in daily_survey: {int(loaded):,}")
print(f"job (upload→COMPLETED)   {job:.2f} s = {rows / job:,.0f} rows/s (the job's own start→end {inside:.2f} s)")
print(f"CPU during the job       portal JVM {float(jvm_cpu):.2f} s, PostgreSQL {float(pg_cpu):.2f} s"
      f" ({(float(jvm_cpu) + float(pg_cpu)) / job:.2f} cores busy on average)")
for r in reloads.split():
    print(f"reload of the same file  {float(r):.2f} s = {rows / float(r):,.0f} rows/s (writes nothing)")
print(f"psql \\copy               {copy:.2f} s = {rows / copy:,.0f} rows/s")
print(f"job / copy               {job / copy:.1f}×   (goal ≤ 3×, ≥ 30,000 rows/s)")
print(f"psql \\copy into daily_survey's definition (keys, checks, foreign key; ids resolved beforehand)")
print(f"                         {floor:.2f} s = {rows / floor:,.0f} rows/s, {floor / copy:.1f}× the COPY above")
print(f"job / that copy          {job / floor:.1f}×")
if used:
    print(f"heap used during the job max {max(used) / 1024:.0f} MB, old generation max {max(old) / 1024:.0f} MB"
          f" (jstat every 0.25 s, {len(used)} samples)")
print(f"JVM RSS peak (VmHWM)     {int(hwm) / 1024:.0f} MB, at the end {int(rss) / 1024:.0f} MB")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -f "$out/job.jfr" ] && { echo "== JFR of the first job"; bench/jfr-top "$out/job.jfr"; }
for p in "$out"/profile-*.txt; do [ -f "$p" ] && { echo "== $p"; cat "$p"; }; done
true
