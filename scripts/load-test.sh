#!/usr/bin/env bash
# Bounded load test of `rasd serve` on 127.0.0.1 only.
#
# Starts `rasd serve` on a free local port with a fresh data dir and a token,
# then runs concurrent clients for DURATION seconds mixing
#   POST /v1/extract   (real articles from ../shared/data/news, nothing stored)
#   POST /v1/articles  (ingest, Bearer token, unique ids)
#   GET  /v1/events    (pages of stored events)
# and reports requests/s, p50/p99 latency per endpoint, status codes and
# errors. Afterwards every acknowledged article must be readable back with
# GET /v1/articles/{id}, under the id the ingest response gave ("nothing
# lost"). Exit 1 on any error or loss.
#
# The store keeps one copy of an identical text (content hash): re-posting a
# text under a new id answers with the id of the stored copy and "new": false.
# So that every ingest stores a new article, each posted text gets a unique
# last line (UNIQUE_TEXTS=1, the default); with UNIQUE_TEXTS=0 the sampled
# texts are re-posted as they are, which exercises the duplicate path.
#
# Usage: scripts/load-test.sh [DURATION_S] [CONCURRENCY]
# Env: RASD_BIN (default: build target/release/rasd), RASD_NEWS_DIR,
#      ARTICLES (how many corpus articles to sample, default 300),
#      MIX (extract,ingest,query weights, default 5,2,3), UNIQUE_TEXTS (1).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-${DURATION:-20}}
CONCURRENCY=${2:-${CONCURRENCY:-8}}
ARTICLES=${ARTICLES:-300}
MIX=${MIX:-5,2,3}
UNIQUE_TEXTS=${UNIQUE_TEXTS:-1}
NEWS=${RASD_NEWS_DIR:-../shared/data/news}

if [ -z "${RASD_BIN:-}" ]; then
  cargo build --release -q -p rasd-cli
  RASD_BIN="${CARGO_TARGET_DIR:-target}/release/rasd"
fi
[ -x "$RASD_BIN" ] || { echo "error: $RASD_BIN is not executable" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
TOKEN="load-test-$RANDOM$RANDOM"
export RASD_TOKEN="$TOKEN"

# options the server may offer to lift per-client rate limits (all clients are 127.0.0.1)
EXTRA=()
HELP=$("$RASD_BIN" serve --help 2>&1 || true)
if ! grep -q -- "--bind" <<<"$HELP"; then
  echo "error: \`rasd serve\` is not available in $RASD_BIN:" >&2
  echo "$HELP" | head -5 >&2
  echo "The load test could not be run (documented endpoints: POST /v1/extract, POST /v1/articles, GET /v1/events)." >&2
  exit 3
fi
# generous limits: the load test measures the server, not its rate limiter
for opt in --no-rate-limit --read-rate=1000000 --write-rate=1000000; do
  name=${opt%%=*}
  if grep -q -- "$name" <<<"$HELP"; then EXTRA+=("$opt"); fi
done
grep -q -- "--token" <<<"$HELP" && EXTRA+=(--token "$TOKEN")

echo "== starting rasd serve on 127.0.0.1:$PORT (data dir $WORK/data) ${EXTRA[*]}"
"$RASD_BIN" --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" "${EXTRA[@]}" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
T0=$(date +%s%N)
for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "error: rasd serve exited:" >&2; cat "$WORK/server.log" >&2; exit 3
  fi
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "error: server not ready" >&2; cat "$WORK/server.log" >&2; exit 3; }
echo "server ready in $(( ($(date +%s%N) - T0) / 1000000 )) ms"

status=0
python3 - "$PORT" "$TOKEN" "$DURATION" "$CONCURRENCY" "$ARTICLES" "$MIX" "$NEWS" "$UNIQUE_TEXTS" <<'PY' || status=$?
import urllib.parse
import gzip, http.client, json, os, random, sys, threading, time
port, token, duration, conc, n_articles, mix, news, unique_texts = sys.argv[1:9]
unique_texts = unique_texts not in ("0", "", "false", "no")
port, duration, conc, n_articles = int(port), float(duration), int(conc), int(n_articles)
w_extract, w_ingest, w_query = (int(x) for x in mix.split(","))

# sample articles (round robin over the corpus files); fall back to written ones
arts = []
files = sorted(os.path.join(news, f) for f in os.listdir(news)
               if f.endswith(".jsonl.gz")) if os.path.isdir(news) else []
readers = [gzip.open(f, "rt", encoding="utf-8") for f in files]
while readers and len(arts) < n_articles:
    for r in list(readers):
        line = r.readline()
        if not line:
            readers.remove(r); continue
        if line.strip():
            a = json.loads(line)
            arts.append({k: a.get(k) for k in ("id", "source", "published", "title", "text")})
if not arts:
    print("note: no corpus found at", news, "- using written articles")
    base = "قتل {n} أشخاص وأصيب آخرون في انفجار سيارة مفخخة في بغداد يوم الاثنين، بحسب مصدر أمني."
    arts = [{"id": f"w{i}", "published": "2021-07-05", "text": base.format(n=i % 9 + 1)} for i in range(50)]
print(f"{len(arts)} articles, {sum(len(a['text'] or '') for a in arts)/len(arts)/1000:.1f} kB mean text")

lock = threading.Lock()
stats = {}          # kind -> list of latencies (s)
codes = {}          # (kind, status) -> count
errors = []         # messages
ingested = []       # (posted id, id in the response, new) of acknowledged ingests
extract_mismatch = 0
stop_at = time.monotonic() + duration

def record(kind, status, dt, err=None):
    with lock:
        stats.setdefault(kind, []).append(dt)
        codes[(kind, status)] = codes.get((kind, status), 0) + 1
        if err and len(errors) < 20:
            errors.append(f"{kind}: {err}")

def worker(wid):
    global extract_mismatch
    rnd = random.Random(wid)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    seq = 0
    while time.monotonic() < stop_at:
        r = rnd.random() * (w_extract + w_ingest + w_query)
        a = arts[rnd.randrange(len(arts))]
        headers = {"Content-Type": "application/json"}
        if r < w_extract:
            kind, method, path = "extract", "POST", "/v1/extract"
            body = json.dumps(a)
        elif r < w_extract + w_ingest:
            kind, method, path = "ingest", "POST", "/v1/articles"
            seq += 1
            art = dict(a, id=f"lt-{wid}-{seq}-{a['id']}")
            if unique_texts:
                # a unique text: the store dedups identical texts by content
                art["text"] = f"{a['text'] or ''}\n(load test {wid}-{seq})"
            body = json.dumps(art)
            headers["Authorization"] = f"Bearer {token}"
        else:
            kind, method, path = "query", "GET", f"/v1/events?limit=50&offset={rnd.randrange(0, 200)}"
            body = None
        t = time.perf_counter()
        try:
            conn.request(method, path, body=body.encode() if body else None, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            dt = time.perf_counter() - t
            status = resp.status
            err = None
            if status >= 300:
                err = f"{status} {data[:200]!r}"
            elif kind == "extract":
                rep = json.loads(data)
                if rep.get("id") != a["id"]:
                    with lock:
                        extract_mismatch += 1
                    err = f"report id {rep.get('id')!r} for article {a['id']!r}"
            elif kind == "ingest":
                rep = json.loads(data)
                got = rep.get("id") if isinstance(rep, dict) else None
                if not got:
                    err = f"ingest response without an id: {data[:200]!r}"
                else:
                    with lock:
                        ingested.append((art["id"], got, rep.get("new") is not False))
                    if unique_texts and (rep.get("new") is False or not got.startswith(art["id"])):
                        err = f"unique text {art['id']!r} stored as {got!r} new={rep.get('new')!r}"
            else:
                json.loads(data)
            record(kind, status, dt, err)
        except Exception as e:  # connection reset, timeout, bad JSON
            record(kind, "exc", time.perf_counter() - t, repr(e))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.close()

t0 = time.monotonic()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(conc)]
for t in threads: t.start()
for t in threads: t.join()
wall = time.monotonic() - t0

def pct(v, q):
    v = sorted(v); return v[min(len(v) - 1, int(round((len(v) - 1) * q)))] * 1000 if v else 0.0

total = sum(len(v) for v in stats.values())
bad = sum(c for (k, s), c in codes.items() if s == "exc" or int(s) >= 300)
print(f"== {total} requests in {wall:.1f} s with {conc} clients: {total/wall:.1f} req/s, errors {bad}")
allv = [x for v in stats.values() for x in v]
print(f"   all       p50 {pct(allv,.5):8.1f} ms  p99 {pct(allv,.99):8.1f} ms")
for k in ("extract", "ingest", "query"):
    v = stats.get(k, [])
    if v:
        print(f"   {k:8}  {len(v)/wall:7.1f} req/s  p50 {pct(v,.5):8.1f} ms  p99 {pct(v,.99):8.1f} ms  max {max(v)*1000:8.1f} ms")
print("   status codes:", ", ".join(f"{k} {s}: {c}" for (k, s), c in sorted(codes.items(), key=str)))
for e in errors:
    print("   error:", e)

# nothing lost: every acknowledged ingest can be read back under the id the
# server answered with (its own id, or the stored copy it duplicates)
lost = []
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
for posted, got, new in ingested:
    conn.request("GET", "/v1/articles/" + urllib.parse.quote(got, safe=""))
    resp = conn.getresponse(); data = resp.read()
    if resp.status != 200:
        lost.append((posted, got, resp.status))
    elif json.loads(data).get("article", {}).get("id") != got:
        lost.append((posted, got, "other article"))
n_new = sum(1 for _, _, new in ingested if new)
print(f"== read back {len(ingested)} acknowledged ingests ({n_new} new, {len(ingested) - n_new} duplicates of a stored text): "
      f"{len(ingested) - len(lost)} found, {len(lost)} lost")
for posted, got, s in lost[:10]:
    print("   lost:", posted, "->", got, s)
sys.exit(1 if (bad or lost or extract_mismatch) else 0)
PY
echo "server peak RSS: $(grep VmHWM /proc/$SERVER_PID/status 2>/dev/null | awk '{print $2/1024 " MiB"}')"
exit $status
