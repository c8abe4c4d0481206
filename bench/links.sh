#!/usr/bin/env bash
# Times the link checker the way issue #4 asks, and Debian's LinkChecker on the same input:
#   1. internal: `./guide check-links` on a baked synthetic 10,000-entry site (cold JVM each run)
#   2. external: 500 distinct URLs on a local server (100 ports x 5 pages, 50 ms an answer)
# Prints Markdown for docs/benchmarks.md. Needs GNU time, python3; linkchecker is optional
# (apt-get install linkchecker). Sites go under ${BENCH_DIR:-/tmp/guide-bench}.
#
#   bench/links.sh [RUNS]        e.g. bench/links.sh 3;  SKIP_LINKCHECKER=1 to leave it out,
#                                PART=internal or PART=external for one half
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/guide-bench}
mkdir -p "$work"
site="$work/site-10000"
part=${PART:-all}

./guide --version >/dev/null                # builds the jar and the class-data archive if needed
if [ ! -f "$site/target/site/index.html" ]; then
  rm -rf "$site"
  ./guide bench-site --entries 10000 --output "$site" >/dev/null
  ./guide bake -q --source "$site" >/dev/null
fi
./guide check-links -q --source "$site" >/dev/null   # records the class-data archive if it is new
# LinkChecker drops root privileges to "nobody": let it read the pages.
chmod -R a+rX "$site/target"; chmod a+rX "$work" "$site"

if [ "$part" != external ]; then

echo "### Internal links: synthetic 10,000-entry site ($(find "$site/target/site" -name '*.html' | wc -l) pages, $(du -sh --apparent-size "$site/target/site" | cut -f1))"
echo
echo "| run | wall (incl. JVM start) | peak RSS | links | broken |"
echo "|---:|---:|---:|---:|---:|"
for r in $(seq "$runs"); do
  out=$( { /usr/bin/time -f "%e %M" ./guide check-links --source "$site" >"$work/links-out.txt"; } 2>&1 | tail -n 1)
  line=$(grep 'Internal links' "$work/links-out.txt")
  links=$(echo "$line" | sed -E 's/.* ([0-9,]+) links.*/\1/'); broken=$(echo "$line" | sed -E 's/.*: ([0-9]+) broken/\1/')
  echo "| $r | $(echo "$out" | cut -d' ' -f1) s | $(( $(echo "$out" | cut -d' ' -f2) / 1024 )) MiB | $links | $broken |"
done

# Planted breakage: a missing page and a missing fragment must be found, nothing else.
planted="$work/site-10000-planted"
rm -rf "$planted"; cp -r "$site/target/site" "$planted"; chmod -R a+rX "$planted"
sed -i 's|<a href="../../directory/">Directory</a> <span|<a href="../../directory/#no-such-card">Directory</a> <span|' "$planted/entries/synthetic-00042/index.html"
sed -i 's|</main>|<a href="../no-such-page/">x</a></main>|' "$planted/about/index.html"
echo
echo "Planted one missing page and one missing fragment:"
echo
echo '```'
./guide check-links --source "$site" --output "$planted" || true
echo '```'

if [ -z "${SKIP_LINKCHECKER:-}" ] && command -v linkchecker >/dev/null; then
  echo
  echo "LinkChecker $(linkchecker --version 2>/dev/null | head -n 1 | awk '{print $2}') on the same pages (anchors checked with its AnchorCheck plugin):"
  cfg="$work/linkcheckerrc"
  printf '[AnchorCheck]\n' > "$cfg"
  out=$( { /usr/bin/time -f "%e %M" timeout 1200 sh -c 'linkchecker -f "$1" --no-status --no-warnings -o text "$2" >"$3" 2>&1' _ "$cfg" "$site/target/site/index.html" "$work/linkchecker-out.txt"; } 2>&1 | tail -n 1) || true
  echo
  echo "| tool | wall | peak RSS | result |"
  echo "|---|---:|---:|---|"
  echo "| linkchecker | $(echo "$out" | cut -d' ' -f1) s | $(( $(echo "$out" | cut -d' ' -f2) / 1024 )) MiB | $(grep -E 'links in|That.s it' "$work/linkchecker-out.txt" | tail -n 1) |"
  out=$( { /usr/bin/time -f "%e %M" timeout 1200 sh -c 'linkchecker -f "$1" --no-status --no-warnings -o text "$2" >"$3" 2>&1' _ "$cfg" "$planted/index.html" "$work/linkchecker-planted.txt"; } 2>&1 | tail -n 1) || true
  echo "| linkchecker, planted | $(echo "$out" | cut -d' ' -f1) s | $(( $(echo "$out" | cut -d' ' -f2) / 1024 )) MiB | $(grep -cE '^Result +Error' "$work/linkchecker-planted.txt" || true) errors reported |"
fi

fi
[ "$part" = internal ] && exit 0

# External: 500 URLs on 100 local ports, 50 ms an answer.
ext="$work/site-500"
rm -rf "$ext"; ./guide bench-site --entries 500 --output "$ext" >/dev/null
rm -f "$work/ports.txt"
python3 - "$work/ports.txt" <<'PY' &
import sys, time, threading
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
class H(BaseHTTPRequestHandler):
    def answer(self, body):
        time.sleep(0.05); self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def do_HEAD(self): self.answer(False)
    def do_GET(self): self.answer(True)
    def log_message(self, *a): pass
servers = [ThreadingHTTPServer(("127.0.0.1", 0), H) for _ in range(100)]
for s in servers: threading.Thread(target=s.serve_forever, daemon=True).start()
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write("\n".join(str(s.server_address[1]) for s in servers))
import os; os.rename(sys.argv[1] + ".tmp", sys.argv[1])
time.sleep(3600)
PY
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
while [ ! -s "$work/ports.txt" ]; do sleep 0.2; done
mapfile -t ports < "$work/ports.txt"
i=0
echo "<html><body>" > "$work/urls.html"; chmod a+r "$work/urls.html"
for f in "$ext"/content/entries/*.md; do
  url="http://127.0.0.1:${ports[$((i % 100))]}/page/$i"
  # the URL is the entry's only link: synthetic bodies link to hosts that do not exist
  sed -i -e "s|^url=.*|url=$url|" -e '/^~~~~~~$/q' "$f"; echo "A synthetic entry." >> "$f"
  echo "<a href=\"$url\">$i</a>" >> "$work/urls.html"
  i=$((i + 1))
done
echo "</body></html>" >> "$work/urls.html"
echo
echo "### External links: $i distinct URLs, local server on 100 ports, 50 ms an answer"
echo
echo "| tool | wall | result |"
echo "|---|---:|---|"
rm -f "$ext/.cache/links.json"
out=$( { /usr/bin/time -f "%e" ./guide check-links --external -q --source "$ext" >"$work/ext-out.txt"; } 2>&1 | tail -n 1) || true
echo "| guide check-links --external (defaults: 16 at a time, 2 per host, 250 ms apart) | $out s | $(tail -n 1 "$work/ext-out.txt") |"
out=$( { /usr/bin/time -f "%e" ./guide check-links --external -q --source "$ext" >"$work/ext-out2.txt"; } 2>&1 | tail -n 1) || true
echo "| the same again, from the cache | $out s | $(tail -n 1 "$work/ext-out2.txt") |"
if [ -z "${SKIP_LINKCHECKER:-}" ] && command -v linkchecker >/dev/null; then
  out=$( { /usr/bin/time -f "%e" sh -c 'linkchecker --check-extern --no-status --no-warnings --threads 16 -o text "$1" >"$2" 2>&1' _ "$work/urls.html" "$work/linkchecker-ext.txt"; } 2>&1 | tail -n 1) || true
  echo "| linkchecker --check-extern --threads 16 | $out s | $(grep -E 'links in' "$work/linkchecker-ext.txt" | tail -n 1) |"
fi
