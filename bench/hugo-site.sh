#!/usr/bin/env bash
# Writes a Hugo site with the same entries as a guide source folder, for side-by-side benchmarks.
#
#   bench/hugo-site.sh SOURCE DEST
#
# Every content/entries/*.md becomes DEST/content/entries/<slug>.md with the JBake header turned
# into YAML front matter (list fields as lists); the site uses bench/hugo/ (config and layouts that
# render what the guide renders: an entry page each, a page per facet value, the directory and the
# home page). Drafts stay drafts.
set -euo pipefail
src=${1:?usage: bench/hugo-site.sh SOURCE DEST}
dest=${2:?usage: bench/hugo-site.sh SOURCE DEST}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$dest"
mkdir -p "$dest/content/entries"
cp -r "$here/hugo/layouts" "$here/hugo/hugo.toml" "$dest/"
printf -- '---\ntitle: Directory\n---\n' >"$dest/content/entries/_index.md"
for f in "$src"/content/entries/*.md; do
  awk '
    BEGIN { print "---"; inbody = 0 }
    inbody { print; next }
    /^~~~~~~?$/ { print "---"; inbody = 1; next }
    {
      i = index($0, "="); if (i == 0) next
      k = substr($0, 1, i - 1); v = substr($0, i + 1)
      gsub(/"/, "\\\"", v)
      if (k == "type") next
      if (k == "status") { print "draft: " (v == "draft" ? "true" : "false"); next }
      if (k == "areas" || k == "modes" || k == "tags" || k == "language" || k == "sources") {
        n = split(v, parts, ","); printf "%s: [", k
        for (j = 1; j <= n; j++) printf "%s\"%s\"", (j > 1 ? ", " : ""), parts[j]
        print "]"; next
      }
      if (k == "kind" || k == "cost" || k == "format" || k == "pace") { print k ": [\"" v "\"]"; next }
      if (k == "url") k = "link"
      print k ": \"" v "\""
    }' "$f" >"$dest/content/entries/$(basename "$f")"
done
