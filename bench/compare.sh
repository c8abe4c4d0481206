#!/usr/bin/env bash
# The guide against Hugo (Debian's `hugo`) on the same synthetic entries, in one run:
# cold bakes, a repeat bake after editing one entry (its body, then its summary: a summary shows on
# every page that lists the entry), and preview edit-to-update time (the same two edits).
# Prints one Markdown table for docs/benchmarks.md.
#
#   bench/compare.sh [SIZES] [RUNS] [EDITS]      e.g. bench/compare.sh "starter 1000 10000" 3 5
#                                                 ("starter": the guide's own content)
#   PARTS="preview" bench/compare.sh ...          only some rows (cold, repeat, preview); a site
#                                                 already written under BENCH_DIR is reused
#
# Needs hugo, curl and GNU time. Sites are written under ${BENCH_DIR:-/tmp/guide-bench}.
# Preview time is measured the same way for both tools: from the moment an entry file is saved
# to the moment its page, polled over HTTP every few milliseconds, shows the new text.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=${1:-"1000 10000"}
runs=${2:-3}
edits=${3:-5}
work=${BENCH_DIR:-/tmp/guide-bench}
parts=${PARTS:-"cold repeat preview"}
has() { case " $parts " in *" $1 "*) return 0 ;; esac; return 1; }
mkdir -p "$work"
command -v hugo >/dev/null || { echo "needs hugo (apt-get install hugo)" >&2; exit 2; }

./guide --version >/dev/null
./guide bake -q >/dev/null 2>&1 || true   # records the class-data archive

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }
timed() { # timed OUTVAR command...: wall seconds and peak RSS (KiB) of one command
  local out=$1; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >"$work/cmd.log" 2>&1 || { cat "$work/cmd.log" >&2; return 1; }
  printf -v "$out" '%s' "$(tail -n 1 "$work/time.txt")"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
edit_entry() { # appends a marker paragraph to an entry's body
  printf '\nEdited %s.\n' "$2" >>"$1"
}
edit_summary() { # gives an entry a new summary holding the marker (guide header or Hugo front matter)
  sed -i -e "s/^summary=.*/summary=Summary $2./" -e "s/^summary: .*/summary: \"Summary $2.\"/" "$1"
}
wait_for() { # wait_for URL TEXT [TIMEOUT_S]: polls until the page contains TEXT
  local deadline=$(( $(now_ms) + ${3:-120} * 1000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if curl -fs "$1" 2>/dev/null | grep -q "$2"; then return 0; fi
    sleep 0.005
  done
  echo "timed out waiting for $2 at $1" >&2; return 1
}
preview() { # preview NAME URL FILE [EDIT]: median ms from save to updated page over $edits edits
  local ts=() edit=${4:-edit_entry}
  for k in $(seq "$edits"); do
    local marker="mark-$1-$k-$RANDOM$RANDOM"
    local t0; t0=$(now_ms)
    "$edit" "$3" "$marker"
    wait_for "$2" "$marker"
    ts+=($(( $(now_ms) - t0 )))
    sleep 1
  done
  printf '%s\n' "${ts[@]}" | median
}

repeat() { # repeat LABEL EDIT: the row of $runs repeat bakes of $site and $hsite, each after EDIT
  local gw=() hw=() g h
  for r in $(seq "$runs"); do
    "$2" "$site/content/entries/$entry" "repeat-$r"
    timed g ./guide bake -q --source "$site"; gw+=("${g% *}")
    "$2" "$hsite/content/entries/$entry" "repeat-$r"
    timed h hugo --quiet --source "$hsite" -d "$hsite/public"; hw+=("${h% *}")
  done
  local gm hm
  gm=$(printf '%s\n' "${gw[@]}" | median); hm=$(printf '%s\n' "${hw[@]}" | median)
  echo "| $1 (median of $runs) | $n | ${gm} s | ${hm} s | $(ratio "$gm" "$hm") |"
}

echo "| work | entries | the guide | Hugo $(hugo version | grep -o 'v[0-9.]*' | head -1) | guide ÷ Hugo |"
echo "|---|---:|---:|---:|---:|"
for n in $sizes; do
  site="$work/site-$n"; hsite="$work/hugo-$n"
  if [ "$parts" = "cold repeat preview" ] || [ ! -d "$site" ] || [ ! -d "$hsite" ]; then
    rm -rf "$site" "$hsite"
    if [ "$n" = starter ]; then # the guide's own content, as a contributor previews it
      mkdir -p "$site"; cp -r content templates assets data jbake.properties "$site/"
    else
      ./guide bench-site --entries "$n" --output "$site" >/dev/null
    fi
    bench/hugo-site.sh "$site" "$hsite"
  fi
  entry=$(ls "$site/content/entries" | sed -n '42p')
  [ -n "$entry" ] || entry=$(ls "$site/content/entries" | sed -n '5p')
  if has cold; then
  gw=(); grss=(); hw=(); hrss=()
  for r in $(seq "$runs"); do
    rm -rf "$site/target"
    timed g ./guide bake -q --full --source "$site" 2>/dev/null || timed g ./guide bake -q --source "$site"
    gw+=("${g% *}"); grss+=("${g#* }")
    rm -rf "$hsite/public" "$hsite/resources"
    timed h hugo --quiet --source "$hsite" -d "$hsite/public"
    hw+=("${h% *}"); hrss+=("${h#* }")
  done
  gm=$(printf '%s\n' "${gw[@]}" | median); hm=$(printf '%s\n' "${hw[@]}" | median)
  gp=$(printf '%s\n' "${grss[@]}" | sort -n | tail -1); hp=$(printf '%s\n' "${hrss[@]}" | sort -n | tail -1)
  echo "| cold bake (median of $runs; peak RSS) | $n | ${gm} s; $((gp / 1024)) MiB | ${hm} s; $((hp / 1024)) MiB | $(ratio "$gm" "$hm") |"
  fi

  # Repeat bake after editing one entry: the guide keeps its output folder; Hugo rebuilds.
  if has repeat; then
  [ -d "$site/target/site" ] || ./guide bake -q --full --source "$site" >/dev/null 2>&1
  repeat "repeat bake after editing one entry" edit_entry
  # The same with the entry's summary edited: it shows on every page that lists the entry.
  repeat "repeat bake after editing one entry's summary" edit_summary
  fi

  # Preview: file saved → page shows the change.
  if has preview; then
  slug=${entry%.md}
  gport=18820; hport=18821
  ./guide serve --source "$site" --port "$gport" >"$work/serve.log" 2>&1 & spid=$!
  wait_for "http://127.0.0.1:$gport/entries/$slug/" "$slug\|Edited" 300 >/dev/null || true
  gms=$(preview guide "http://127.0.0.1:$gport/entries/$slug/" "$site/content/entries/$entry")
  gsum=$(preview guide "http://127.0.0.1:$gport/entries/$slug/" "$site/content/entries/$entry" edit_summary)
  kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true
  hugo server --source "$hsite" --port "$hport" --bind 127.0.0.1 --disableFastRender >"$work/hugo-serve.log" 2>&1 & hpid=$!
  wait_for "http://127.0.0.1:$hport/entries/$slug/" "Edited" 300 >/dev/null || true
  hms=$(preview hugo "http://127.0.0.1:$hport/entries/$slug/" "$hsite/content/entries/$entry")
  hsum=$(preview hugo "http://127.0.0.1:$hport/entries/$slug/" "$hsite/content/entries/$entry" edit_summary)
  kill "$hpid" 2>/dev/null; wait "$hpid" 2>/dev/null || true
  echo "| preview: body edited, saved → page updated (median of $edits) | $n | ${gms} ms | ${hms} ms | $(ratio "$gms" "$hms") |"
  echo "| preview: summary edited, saved → page updated (median of $edits) | $n | ${gsum} ms | ${hsum} ms | $(ratio "$gsum" "$hsum") |"
  fi
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d)"
