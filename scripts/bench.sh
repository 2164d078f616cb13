#!/usr/bin/env bash
# Benchmarks `leafpress build` against Hugo on the same synthetic multilingual leaflet site.
#
#   scripts/bench.sh [--runs N] [--quick] [--scaling] [--baseline REV] [--search] [--write-doc]
#
# Generates the corpus with ../shared/bench/gen_corpus.py (24 languages x 100 and x 500
# leaflets, in leafpress and Hugo layouts), builds each with leafpress (release) and Hugo
# (Debian's package, installed when missing) N times, writing to tmpfs and removing the previous
# output inside the timed command, and prints median wall time, CPU time (user+sys) and peak
# memory, pages per second and the Hugo/leafpress ratios. --quick: only 24 x 100.
# --scaling: leafpress alone at 1,200, 12,000 and 48,000 pages (the last corpus is ~400 MB).
# --baseline REV: also builds git revision REV (in a temporary worktree, its own target folder
# under /tmp) and times both binaries side by side, alternating, on the largest corpus: the
# check that a change did not make full builds slower.
# --search: also builds the largest corpus with search on and with `search: false`, side by side
# (alternating), prints both and the index's size per language, then the time a search takes to
# show its first results in each language with the CPU throttled 4x (scripts/search-latency.mjs;
# needs Chromium and `npm ci --prefix tests/browser`).
# --write-doc: also writes docs/performance.md. Zola is measured when a `zola` binary is on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3 QUICK=0 SCALING=0 WRITE_DOC=0 BASELINE="" SEARCH=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --quick) QUICK=1 ;;
    --scaling) SCALING=1 ;;
    --write-doc) WRITE_DOC=1 ;;
    --baseline) BASELINE="$2"; shift ;;
    --search) SEARCH=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
GEN=../shared/bench/gen_corpus.py
WORK=/tmp/leafpress-bench
OUT=/dev/shm/leafpress-bench-out
mkdir -p "$WORK"
cargo build --release --quiet
LEAFPRESS=${CARGO_TARGET_DIR:-$PWD/target}/release/leafpress
if ! command -v hugo >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq hugo) >/dev/null 2>&1 || echo "hugo: could not be installed; skipped" >&2
fi

corpus() { # format langs leaflets -> directory
  local dir="$WORK/$1-$2x$3"
  if [ ! -f "$dir/.gen_corpus.json" ]; then
    python3 "$GEN" --langs "$2" --leaflets "$3" --format "$1" --out "$dir" --force >/dev/null
  fi
  echo "$dir"
}

# Runs a command RUNS times; prints "median_wall median_cpu median_peak_mib".
measure() {
  local walls=() cpus=() peaks=()
  for _ in $(seq "$RUNS"); do
    local timing="$WORK/time.txt"
    /usr/bin/time -o "$timing" -f '%e %U %S %M' sh -c "rm -rf $OUT && $1" >/dev/null 2>&1
    read -r wall user sys peak <"$timing"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)"); peaks+=("$(echo "scale=1; $peak / 1024" | bc)")
  done
  echo "$(median "${walls[@]}") $(median "${cpus[@]}") $(median "${peaks[@]}")"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

REPORT=$(mktemp)
say() { echo "$*" | tee -a "$REPORT"; }
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
say "leafpress $(git rev-parse --short HEAD), $(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'hugo missing'), $RUNS runs each, medians, output on tmpfs"
say ""
say "| corpus | pages | tool | wall s | CPU s | peak MiB | pages/s |"
say "|---|---|---|---|---|---|---|"
SIZES="100 500"; [ "$QUICK" = 1 ] && SIZES="100"
for leaflets in $SIZES; do
  pages=$((24 * leaflets))
  lp=$(corpus leafpress 24 "$leaflets")
  read -r w c m <<<"$(measure "$LEAFPRESS build --quiet --root $lp --output $OUT")"
  say "| 24 x $leaflets | $pages | leafpress | $w | $c | $m | $(echo "$pages / $w" | bc) |"
  lw=$w; lm=$m
  if command -v hugo >/dev/null; then
    hg=$(corpus hugo 24 "$leaflets")
    read -r w c m <<<"$(measure "cd $hg && hugo --quiet -d $OUT")"
    say "| 24 x $leaflets | $pages | hugo | $w | $c | $m | $(echo "$pages / $w" | bc) |"
    say "| | | **hugo / leafpress** | **$(echo "scale=1; $w / $lw" | bc)x** | | **$(echo "scale=1; $m / $lm" | bc)x** | |"
  fi
  if command -v zola >/dev/null; then
    zl=$(corpus zola 24 "$leaflets")
    read -r w c m <<<"$(measure "cd $zl && zola build -o $OUT")"
    say "| 24 x $leaflets | $pages | zola | $w | $c | $m | $(echo "$pages / $w" | bc) |"
  fi
done
say ""
lp=$(corpus leafpress 24 "$( [ "$QUICK" = 1 ] && echo 100 || echo 500 )")
say "Stages of one leafpress build of $lp (--timings):"
say '```'
rm -rf "$OUT"
"$LEAFPRESS" build --root "$lp" --output "$OUT" --timings 2>&1 | grep -E '^  ' | tee -a "$REPORT"
say '```'
if [ "$SCALING" = 1 ]; then
  say ""
  say "| pages | wall s | peak MiB | ms per page | KiB per page |"
  say "|---|---|---|---|---|"
  for leaflets in 50 500 2000; do
    pages=$((24 * leaflets)); lp=$(corpus leafpress 24 "$leaflets")
    read -r w c m <<<"$(measure "$LEAFPRESS build --quiet --root $lp --output $OUT")"
    say "| $pages | $w | $m | $(echo "scale=3; $w * 1000 / $pages" | bc) | $(echo "scale=1; $m * 1024 / $pages" | bc) |"
  done
fi
if [ -n "$BASELINE" ]; then
  base_tree="$WORK/baseline-tree"
  git worktree remove --force "$base_tree" >/dev/null 2>&1 || rm -rf "$base_tree"
  git worktree add --detach "$base_tree" "$BASELINE" >/dev/null 2>&1
  (cd "$base_tree" && CARGO_TARGET_DIR="$WORK/baseline-target" cargo build --release --quiet)
  BASE_BIN="$WORK/baseline-target/release/leafpress"
  lp=$(corpus leafpress 24 "$( [ "$QUICK" = 1 ] && echo 100 || echo 500 )")
  base_walls=() new_walls=()
  for _ in $(seq "$RUNS"); do
    for which in base new; do
      bin=$LEAFPRESS; [ "$which" = base ] && bin=$BASE_BIN
      rm -rf "$OUT"
      /usr/bin/time -o "$WORK/time.txt" -f '%e' "$bin" build --quiet --root "$lp" --output "$OUT" >/dev/null 2>&1
      if [ "$which" = base ]; then base_walls+=("$(cat "$WORK/time.txt")"); else new_walls+=("$(cat "$WORK/time.txt")"); fi
    done
  done
  bw=$(median "${base_walls[@]}"); nw=$(median "${new_walls[@]}")
  say ""
  say "Side by side with $BASELINE (commit $(git rev-parse --short "$BASELINE")), alternating, $RUNS runs each, on $(basename "$lp"):"
  say "baseline median $bw s, this commit median $nw s: this commit takes $(echo "scale=3; $nw / $bw" | bc)x the baseline's time."
  git worktree remove --force "$base_tree" >/dev/null 2>&1 || true
fi
if [ "$SEARCH" = 1 ]; then
  lp=$(corpus leafpress 24 "$( [ "$QUICK" = 1 ] && echo 100 || echo 500 )")
  cp "$lp/site.yaml" "$WORK/site.yaml.search-on"
  { cat "$WORK/site.yaml.search-on"; echo "search: false"; } >"$WORK/site.yaml.search-off"
  on_walls=() off_walls=() on_cpus=() off_cpus=() on_peaks=() off_peaks=()
  for _ in $(seq "$RUNS"); do
    for which in on off; do
      cp "$WORK/site.yaml.search-$which" "$lp/site.yaml"
      rm -rf "$OUT"
      /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' "$LEAFPRESS" build --quiet --root "$lp" --output "$OUT" >/dev/null 2>&1
      read -r wall user sys peak <"$WORK/time.txt"
      cpu=$(echo "$user + $sys" | bc); mib=$(echo "scale=1; $peak / 1024" | bc)
      if [ "$which" = on ]; then on_walls+=("$wall"); on_cpus+=("$cpu"); on_peaks+=("$mib")
      else off_walls+=("$wall"); off_cpus+=("$cpu"); off_peaks+=("$mib"); fi
    done
  done
  cp "$WORK/site.yaml.search-on" "$lp/site.yaml"
  ow=$(median "${on_walls[@]}"); fw=$(median "${off_walls[@]}")
  op=$(median "${on_peaks[@]}"); fp=$(median "${off_peaks[@]}")
  say ""
  say "Search, side by side on $(basename "$lp") (alternating, $RUNS runs each, medians):"
  say ""
  say "| search | wall s | CPU s | peak MiB |"
  say "|---|---|---|---|"
  say "| off (\`search: false\`) | $fw | $(median "${off_cpus[@]}") | $fp |"
  say "| on | $ow | $(median "${on_cpus[@]}") | $op |"
  say "| **on / off** | **$(echo "scale=2; $ow / $fw" | bc)x** | | **$(echo "scale=2; $op / $fp" | bc)x** |"
  rm -rf "$OUT"
  "$LEAFPRESS" build --quiet --root "$lp" --output "$OUT" >/dev/null 2>&1
  say ""
  say "Index size per language (KB): the page, \`index.js\`, all shards, all text chunks, and file counts:"
  say ""
  say "| language | search page | index.js | shards (files) | text (files) |"
  say "|---|---|---|---|---|"
  for dir in "$OUT"/*/search; do
    lang=$(basename "$(dirname "$dir")")
    page=$(( $(stat -c %s "$dir/index.html") / 1024 )); index=$(( $(stat -c %s "$dir/index.js") / 1024 ))
    shards=$(( $(cat "$dir"/terms-*.js | wc -c) / 1024 )); nshards=$(ls "$dir"/terms-*.js | wc -l)
    text=$(( $(cat "$dir"/text-*.js | wc -c) / 1024 )); ntext=$(ls "$dir"/text-*.js | wc -l)
    say "| $lang | $page | $index | $shards ($nshards) | $text ($ntext) |"
  done
  say ""
  say "First results on screen, CPU throttled 4x, over file:// (scripts/search-latency.mjs):"
  say ""
  node scripts/search-latency.mjs "$OUT" --runs 3 | tee -a "$REPORT"
fi
rm -rf "$OUT"
small_times=()
for _ in $(seq 10); do
  /usr/bin/time -o "$WORK/time.txt" -f '%e' "$LEAFPRESS" build --quiet --output "$OUT" >/dev/null 2>&1
  small_times+=("$(cat "$WORK/time.txt")")
done
small=$(median "${small_times[@]}")
say ""
say "The bundled guide (repository root): median $small s for a full build, startup included."
rm -rf "$OUT"
if [ "$WRITE_DOC" = 1 ]; then
  {
    echo "# Performance"
    echo
    echo "Measured by \`scripts/bench.sh --runs $RUNS$( [ "$SCALING" = 1 ] && echo ' --scaling') --write-doc\` on $(date -u +%Y-%m-%d)."
    echo "The corpus is the synthetic multilingual leaflet site of \`../shared/bench/gen_corpus.py\`"
    echo "(the same Markdown for every tool; each tool's templates do comparable work: a language"
    echo "switcher and hreflang alternates on every page, an index per language, a sitemap)."
    echo "Each run removes the previous output inside the timed command and writes to tmpfs."
    echo
    cat "$REPORT"
    echo
    echo "## Profile"
    echo
    cat docs/profile-notes.md 2>/dev/null || true
  } > docs/performance.md
  echo "wrote docs/performance.md"
fi
rm -f "$REPORT"
