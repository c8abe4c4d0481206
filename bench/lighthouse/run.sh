#!/usr/bin/env bash
# Lighthouse (mobile profile, simulated throttling) on the directory and its neighbours of a baked
# site, served with gzip by serve-gzip.mjs. Prints a Markdown table for docs/benchmarks-filter.md.
#
#   bench/lighthouse/run.sh SITE_DIR [PAGES...]     e.g. bench/lighthouse/run.sh target/site directory/
#
# Needs `npm ci` here once (Lighthouse is pinned in package.json) and Chromium (CHROME_PATH,
# default /usr/bin/chromium).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
site="$(cd "$1" && pwd)"; shift
pages=("${@:-directory/}")
port=${PORT:-8765}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
node "$here/serve-gzip.mjs" "$site" "$port" /guide/ >/dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
out=$(mktemp -d)
echo "| page | performance | accessibility | best practices | SEO | CLS | TBT | LCP | load average |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr -c 'a-z0-9' '_')
  "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/guide/$page" --quiet \
    --chrome-flags="--headless=new --no-sandbox" --form-factor=mobile --output=json \
    --output-path="$out/$name.json" >/dev/null 2>&1 || { echo "| /$page | failed | | | | | | | |"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const pct = (x) => Math.round(x.score * 100);
    console.log(`| /${process.argv[2]} | ${pct(c.performance)} | ${pct(c.accessibility)} | ${pct(c["best-practices"])} | ${pct(c.seo)} | ${a["cumulative-layout-shift"].displayValue} | ${a["total-blocking-time"].displayValue} | ${a["largest-contentful-paint"].displayValue} | ${process.argv[3]} |`);
  ' "$out/$name.json" "$page" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
