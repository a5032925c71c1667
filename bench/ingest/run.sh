#!/usr/bin/env bash
# bench/ingest (issue 7): a ROWS-row daily survey CSV in CP932 for 50,000 institutions, loaded by the
# daily-survey-import job on PostgreSQL (from the upload to COMPLETED), against psql \copy of the same rows into a
# table with the same columns, in the same run. Goal: job ≤ 3× COPY, ≥ 30,000 rows/s, heap flat (-Xmx512m).
# Needs the built jar (mvn -B -DskipTests package -pl sos-micro -am) and PostgreSQL on 127.0.0.1:5432 (trust).
# Usage: bench/ingest/run.sh [ROWS]   (default 200000; try 1000000 for the heap check)
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${1:-200000}
institutions=50000
port=${BENCH_PORT:-18110}
db=sos_bench_ingest
out=bench/out/ingest
mkdir -p "$out"
export PGHOST=127.0.0.1 PGUSER=postgres

psql -d test -qc "drop database if exists $db" -c "create database $db"

echo "Starting the portal on PostgreSQL ($db), port $port, -Xmx512m ..."
SOS_DEMO=true SOS_BUILD=never SOS_PORT=$port SOS_DATA_DIR="$PWD/$out/data" SOS_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  JAVA_OPTS="-Xmx512m -XX:+UseSerialGC" ./run.sh >"$out/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 400); do
  curl -sf "http://localhost:$port/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://localhost:$port/health/ready" >/dev/null || { echo "portal not ready"; tail -50 "$out/portal.log"; exit 1; }
java_pid=$(pgrep -P "$portal" java || echo "$portal")

echo "Adding $institutions institutions to the master ..."
psql -d $db -qc "insert into institution (id, version, code, name, type, prefecture_code)
  select 900000000 + g, 0, (1400000000 + g)::text, 'ベンチ病院' || g, 'HOSPITAL', lpad((1 + g % 47)::text, 2, '0')
  from generate_series(1, $institutions) g"

echo "Generating $rows rows (CP932) ..."
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
ls -l "$out/daily.csv"

echo "Running the job ..."
start=$(date +%s.%N)
id=$(curl -sf -u batch:SosDemo2021 -H 'Content-Type: text/csv' --data-binary "@$out/daily.csv" \
  "http://localhost:$port/api/v1/batch/daily?fileName=bench.csv&dryRun=${BENCH_DRY_RUN:-false}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
max_rss=0
while :; do
  json=$(curl -sf -u batch:SosDemo2021 "http://localhost:$port/api/v1/batch/executions/$id")
  status=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$json")
  rss=$(ps -o rss= -p "$java_pid" 2>/dev/null | tr -d ' ' || echo 0)
  [ "${rss:-0}" -gt "$max_rss" ] && max_rss=$rss
  case $status in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
  sleep 0.2
done
end=$(date +%s.%N)
echo "$json"
heap=$(jcmd "$java_pid" GC.heap_info 2>/dev/null | head -3 || true)

psql -d $db -qc "create table bench_copy (code varchar(10), survey_date date, antigen_quantitative_tests integer,
  antigen_qualitative_tests integer, inpatients integer, acceptable_beds integer, testing_institution varchar(10),
  pcr_available varchar(10))"
copy_start=$(date +%s.%N)
psql -d $db -qc "\\copy bench_copy from '$out/daily.csv' with (format csv, header true, encoding 'SJIS')"
copy_end=$(date +%s.%N)
loaded=$(psql -d $db -tAc "select count(*) from daily_survey d join institution i on i.id = d.institution_id where i.code like '14%'")

python3 - "$rows" "$start" "$end" "$copy_start" "$copy_end" "$status" "$loaded" "$max_rss" <<'PY'
import sys
rows, start, end, cs, ce, status, loaded, rss = sys.argv[1:]
rows = int(rows); job = float(end) - float(start); copy = float(ce) - float(cs)
print(f"rows                 {rows}")
print(f"job status           {status}, rows in daily_survey: {loaded}")
print(f"job (upload→COMPLETED) {job:.1f} s = {rows / job:,.0f} rows/s")
print(f"psql \\copy           {copy:.1f} s = {rows / copy:,.0f} rows/s")
print(f"job / copy           {job / copy:.1f}×   (goal ≤ 3×, ≥ 30,000 rows/s)")
print(f"max RSS of the JVM   {int(rss) / 1024:.0f} MB (-Xmx512m)")
PY
echo "$heap"
