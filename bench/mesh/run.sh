#!/bin/sh
# Times `amsp mesh check` and `amsp mesh repair` against admesh on clean binary STL tori of 1M and 4M
# triangles, the two tools alternating on the same file, and prints the median ratios (amsp / admesh) of
# wall time and peak RSS. Needs python3, admesh, GNU time (/usr/bin/time) and the .NET SDK.
#
#   bench/mesh/run.sh [RUNS]        (default 5 runs of each command; generated files go to bench/out/mesh)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/out/mesh"
runs=${1:-5}
mkdir -p "$out"

# amsp as it ships: the production publish (ReadyToRun for linux-x64).
dotnet publish "$root/Amsp.Host" -c Release -r linux-x64 --self-contained false -o "$out/amsp" >/dev/null
amsp="$out/amsp/amsp mesh"
echo "amsp:   $amsp"
echo "admesh: $(admesh --version 2>&1 | head -n 1)"

for n in 1000000 4000000; do
  [ -f "$out/torus_$n.stl" ] || python3 "$here/make_torus_stl.py" "$n" "$out/torus_$n.stl"
done
[ -f "$out/torus_damaged_1000000.stl" ] || python3 "$here/make_torus_stl.py" 1000000 "$out/torus_damaged_1000000.stl" damaged

# median FILE: the middle line of a column of numbers
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# measure LABEL 'AMSP COMMAND' 'ADMESH COMMAND': alternate the two, RUNS times each, one warm-up each
measure() {
  label=$1
  for tool in a b; do : > "$out/$tool.wall"; : > "$out/$tool.rss"; done
  i=0
  while [ $i -le "$runs" ]; do
    for tool in a b; do
      if [ $tool = a ]; then cmd=$2; else cmd=$3; fi
      /usr/bin/time -f "%e %M" -o "$out/time.txt" sh -c "$cmd >/dev/null 2>&1"
      if [ $i -gt 0 ]; then
        cut -d' ' -f1 "$out/time.txt" >> "$out/$tool.wall"
        cut -d' ' -f2 "$out/time.txt" >> "$out/$tool.rss"
      fi
    done
    i=$((i + 1))
  done
  aw=$(median "$out/a.wall"); bw=$(median "$out/b.wall"); ar=$(median "$out/a.rss"); br=$(median "$out/b.rss")
  awk -v l="$label" -v aw="$aw" -v bw="$bw" -v ar="$ar" -v br="$br" 'BEGIN {
    printf "%-14s wall %6.2fs vs %6.2fs  ratio %.2f   peak RSS %5.0f MiB vs %5.0f MiB  ratio %.2f\n",
      l, aw, bw, aw / bw, ar / 1024, br / 1024, ar / br }'
}

echo "median of $runs runs; ratio = amsp / admesh (below 1 means amsp is faster or smaller)"
for n in 1000000 4000000; do
  f="$out/torus_$n.stl"
  measure "check $n" "$amsp check $f" "admesh $f"
  measure "check -e $n" "$amsp check $f" "admesh --exact $f"
  measure "repair $n" "$amsp repair $f $out/amsp_out.stl" \
    "admesh --exact --nearby --remove-unconnected --fill-holes --normal-directions --normal-values -b $out/admesh_out.stl $f"
done
f="$out/torus_damaged_1000000.stl"
measure "repair damaged" "$amsp repair $f $out/amsp_out.stl" \
  "admesh --exact --nearby --remove-unconnected --fill-holes --normal-directions --normal-values -b $out/admesh_out.stl $f"
