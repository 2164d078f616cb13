#!/usr/bin/env bash
# Benchmarks `leafpress build` against Hugo (and Zola, when a `zola` binary is on PATH) on the
# same synthetic multilingual leaflet site, paired: the tools run in turn (leafpress, Hugo,
# leafpress, Hugo, ...), because this machine's speed drifts by 2x from day to day and only
# figures taken side by side compare.
#
#   scripts/bench.sh [--runs N] [--quick] [--scaling] [--baseline REV] [--search] [--write-doc]
#
# Generates the corpus with ../shared/bench/gen_corpus.py (24 languages x 100 and x 500
# leaflets, in leafpress, Hugo and Zola layouts), builds each N times per tool, writing to tmpfs
# and removing the previous output inside the timed command, and prints median wall time, CPU
# time (user+sys), peak memory and pages per second per tool, and the median of the per-round
# ratios leafpress/peer (the issue's figure: at most 0.08 of Hugo's wall time). It also times
# `leafpress check` beside `leafpress build` on the largest corpus (paired the same way).
# --quick: only 24 x 100.
# --scaling: leafpress alone at 1,200, 12,000 and 48,000 pages (the last corpus is ~420 MB):
# wall time and peak memory, to show how memory grows with the site.
# --baseline REV: also builds git revision REV (in a temporary worktree, its own target folder
# under /tmp) and times both binaries side by side, alternating, on the largest corpus: the
# check that a change did not make full builds slower.
# --search: also builds the largest corpus with search on and with `search: false`, side by side
# (alternating), prints both and the index's size per language, then the time a search takes to
# show its first results in each language with the CPU throttled 4x (scripts/search-latency.mjs;
# needs Chromium and `npm ci --prefix tests/browser`).
# --write-doc: also puts the report into docs/performance.md, between the lines
# `<!-- bench:start -->` and `<!-- bench:end -->` (the rest of the page is left as written).
#
# Adding Zola: build it from source (`cargo install --locked --git https://github.com/getzola/zola`
# or a release binary from its GitHub page) and put `zola` on PATH; Debian has no package.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5 QUICK=0 SCALING=0 WRITE_DOC=0 BASELINE="" SEARCH=0
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
    once "$1"
    read -r wall cpu peak <"$WORK/once.txt"
    walls+=("$wall"); cpus+=("$cpu"); peaks+=("$peak")
  done
  echo "$(median "${walls[@]}") $(median "${cpus[@]}") $(median "${peaks[@]}")"
}
# Times one run of a command, output removed first; writes "wall cpu peak_mib" to $WORK/once.txt.
once() {
  local timing="$WORK/time.txt"
  /usr/bin/time -o "$timing" -f '%e %U %S %M' sh -c "rm -rf $OUT && $1" >/dev/null 2>&1 || true
  # `time` puts "Command exited with non-zero status N" first when the command failed (check
  # exits 1 when it finds problems): the figures are on the last line.
  read -r wall user sys peak < <(tail -n 1 "$timing")
  echo "$wall $(echo "$user + $sys" | bc) $(echo "scale=1; $peak / 1024" | bc)" >"$WORK/once.txt"
}
# Runs commands in turn, RUNS rounds (A B C A B C ...). Arguments: name command name command ...
# For each command, prints "name median_wall median_cpu median_peak median_ratio", where ratio is
# its wall time over the first command's in the same round.
paired() {
  local names=() commands=() i
  while [ $# -gt 0 ]; do names+=("$1"); commands+=("$2"); shift 2; done
  for i in "${!names[@]}"; do : >"$WORK/paired.$i"; done
  for _ in $(seq "$RUNS"); do
    for i in "${!names[@]}"; do
      once "${commands[$i]}"
      cat "$WORK/once.txt" >>"$WORK/paired.$i"
    done
  done
  for i in "${!names[@]}"; do
    local walls cpus peaks ratios
    walls=$(cut -d' ' -f1 "$WORK/paired.$i"); cpus=$(cut -d' ' -f2 "$WORK/paired.$i")
    peaks=$(cut -d' ' -f3 "$WORK/paired.$i")
    ratios=$(paste -d' ' <(cut -d' ' -f1 "$WORK/paired.$i") <(cut -d' ' -f1 "$WORK/paired.0") | awk '{printf "%.4f\n", $1 / $2}')
    # shellcheck disable=SC2086
    echo "${names[$i]} $(median $walls) $(median $cpus) $(median $peaks) $(median $ratios)"
  done
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

REPORT=$(mktemp)
say() { echo "$*" | tee -a "$REPORT"; }
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
say "leafpress $(git rev-parse --short HEAD), $(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'hugo missing'), $RUNS runs each, medians, output on tmpfs"
say ""
say "Paired: the tools in turn, $RUNS rounds; medians; the ratio is the median of each round's"
say "leafpress wall time over the peer's (lower is better for leafpress)."
say ""
say "| corpus | pages | tool | wall s | CPU s | peak MiB | pages/s | leafpress / tool |"
say "|---|---|---|---|---|---|---|---|"
SIZES="100 500"; [ "$QUICK" = 1 ] && SIZES="100"
for leaflets in $SIZES; do
  pages=$((24 * leaflets))
  lp=$(corpus leafpress 24 "$leaflets")
  args=(leafpress "$LEAFPRESS build --quiet --root $lp --output $OUT")
  if command -v hugo >/dev/null; then
    args+=(hugo "cd $(corpus hugo 24 "$leaflets") && hugo --quiet -d $OUT")
  fi
  if command -v zola >/dev/null; then
    args+=(zola "cd $(corpus zola 24 "$leaflets") && zola build -o $OUT")
  fi
  while read -r tool w c m ratio; do
    if [ "$tool" = leafpress ]; then shown="";
    else shown="**$(echo "scale=3; 1 / $ratio" | bc | sed 's/^\./0./')**"; fi
    say "| 24 x $leaflets | $pages | $tool | $w | $c | $m | $(echo "$pages / $w" | bc) | $shown |"
  done < <(paired "${args[@]}")
done
lp=$(corpus leafpress 24 "$( [ "$QUICK" = 1 ] && echo 100 || echo 500 )")
say ""
say "\`leafpress check\` beside \`leafpress build\` on $(basename "$lp"), paired the same way:"
say ""
say "| command | wall s | CPU s | peak MiB | check / build |"
say "|---|---|---|---|---|"
while read -r tool w c m ratio; do
  shown=""; [ "$tool" = check ] && shown="**$(printf %.2f "$ratio")x**"
  say "| $tool | $w | $c | $m | $shown |"
done < <(paired build "$LEAFPRESS build --quiet --root $lp --output $OUT" \
  check "$LEAFPRESS check --root $lp >/dev/null 2>&1")
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
  doc=docs/performance.md
  if ! grep -q '^<!-- bench:start -->$' "$doc" || ! grep -q '^<!-- bench:end -->$' "$doc"; then
    echo "$doc has no <!-- bench:start --> and <!-- bench:end --> lines; the report is not written" >&2
    exit 1
  fi
  {
    sed '/^<!-- bench:start -->$/q' "$doc"
    echo "Measured by \`scripts/bench.sh --runs $RUNS$( [ "$SCALING" = 1 ] && echo ' --scaling')$( [ "$SEARCH" = 1 ] && echo ' --search') --write-doc\` on $(date -u +%Y-%m-%d)."
    echo
    cat "$REPORT"
    sed -n '/^<!-- bench:end -->$/,$p' "$doc"
  } >"$doc.new"
  mv "$doc.new" "$doc"
  echo "wrote the report into $doc"
fi
rm -f "$REPORT"
