#!/usr/bin/env bash
# Times `./guide bake` on synthetic sites of several sizes, each in a fresh JVM, and the same
# entries baked by stock JBake 2.7.0 for comparison. Prints a Markdown table for docs/benchmarks.md.
#
#   bench/bake.sh [SIZES] [RUNS]      e.g. bench/bake.sh "1000 5000 10000" 3
#
# Needs GNU time (/usr/bin/time). Synthetic sites are written under ${BENCH_DIR:-/tmp/guide-bench}.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"1000 5000 10000"}
runs=${2:-3}
work=${BENCH_DIR:-/tmp/guide-bench}
mkdir -p "$work"

./guide --version >/dev/null   # builds the jar and the class-data archive if needed
./guide bake -q >/dev/null     # a first run records the class-data archive (target/guide.jsa)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "| entries | pages | wall (median of $runs) | min–max | peak RSS (max) | per entry |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  site="$work/site-$n"
  if [ ! -d "$site/content/entries" ] || [ "$(ls "$site/content/entries" | wc -l)" != "$n" ]; then
    rm -rf "$site"
    ./guide bench-site --entries "$n" --output "$site" >/dev/null
  fi
  walls=(); rss=()
  for r in $(seq "$runs"); do
    rm -rf "$site/target"
    /usr/bin/time -o /tmp/guide-bench-time.txt -f "%e %M" ./guide bake -q --source "$site" >/tmp/guide-bench-out.txt
    out=$(tail -n 1 /tmp/guide-bench-time.txt)
    walls+=("$(echo "$out" | cut -d' ' -f1)"); rss+=("$(echo "$out" | cut -d' ' -f2)")
  done
  pages=$(grep -o 'into [0-9]* pages' /tmp/guide-bench-out.txt | grep -o '[0-9]*')
  med=$(printf '%s\n' "${walls[@]}" | median)
  min=$(printf '%s\n' "${walls[@]}" | sort -n | head -1); max=$(printf '%s\n' "${walls[@]}" | sort -n | tail -1)
  peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  per=$(awk -v w="$med" -v n="$n" 'BEGIN {printf "%.2f ms", 1000*w/n}')
  echo "| $n | $pages | ${med} s | ${min}–${max} s | $((peak / 1024)) MiB | $per |"
done

# Stock JBake 2.7.0 on the same synthetic entries, with minimal templates (an entry page each and
# an index of all; bench/stock/): the baseline. Its bake is quadratic, so only small sizes by default.
stock_sizes=${STOCK_SIZES:-"1000 2000"}
echo
echo "| stock JBake 2.7.0: entries | wall (one run) | peak RSS |"
echo "|---:|---:|---:|"
for n in $stock_sizes; do
  site="$work/stock-$n"
  if [ ! -d "$site/content/entries" ] || [ "$(ls "$site/content/entries" | wc -l)" != "$n" ]; then
    rm -rf "$site"
    ./guide bench-site --stock --entries "$n" --output "$site" >/dev/null
  fi
  rm -rf "$site/target"
  /usr/bin/time -o /tmp/guide-bench-time.txt -f "%e %M" ./guide bench-stock --source "$site" >/dev/null 2>&1
  out=$(tail -n 1 /tmp/guide-bench-time.txt)
  echo "| $n | $(echo "$out" | cut -d' ' -f1) s | $(( $(echo "$out" | cut -d' ' -f2) / 1024 )) MiB |"
done
