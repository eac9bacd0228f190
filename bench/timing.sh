# Sourced by the corpus benchmarks (export_corpus.sh, dask_export.sh); needs $corpus and a
# scratch folder $work. timed: runs a command, sets $wall and $cpu (user + system, its
# children included). run LABEL CMD...: timed, then one line with the command's last
# stderr line. Sourcing prints the corpus, the load and how much the machine runs in
# parallel right now (two CPU-bound shell loops against one: 2.0x on two free cores), and
# reads the corpus once so that the runs read it from the page cache.
TIMEFORMAT='%R %U %S'
timed() {
  local t
  t=$( { time "$@" >"$work/out" 2>"$work/err" || true; } 2>&1)
  read -r wall user sys <<<"$t"
  cpu=$(echo "$user + $sys" | bc -l)
}
spin() { local x=0 i; for ((i = 0; i < 400000; ++i)); do x=$((x + i)); done; }
run() {
  local label=$1
  shift
  timed "$@"
  printf '%-24s %6.1f s wall %6.1f s CPU   %s\n' "$label" "$wall" "$cpu" "$(tail -1 "$work/err")"
}

echo "corpus: $corpus ($(find "$corpus" -iname '*.pdf' -type f | wc -l) files), $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
find "$corpus" -iname '*.pdf' -type f -exec cat {} + >/dev/null
timed spin
one=$wall
timed bash -c "$(declare -f spin); spin & spin & wait"
two=$wall
printf 'parallel capacity: one loop %.2f s, two at once %.2f s: %.2fx\n' "$one" "$two" \
  "$(echo "2 * $one / $two" | bc -l)"
