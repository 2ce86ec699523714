#!/bin/sh
# Times `amsp mesh check` and `amsp mesh repair` against admesh on clean binary STL tori of 1M and 4M triangles
# and on a 1M torus with about 10,000 holes, the tools alternating on the same file, and prints the median ratios
# (ours / admesh) of wall time and peak RSS. Two builds of ours are timed: `amsp mesh` as it ships (the host,
# ReadyToRun) and `amsp-mesh`, the same MeshTool code compiled with Native AOT (Amsp.Mesh.Cli, which the host's
# Release publish for linux-x64 puts beside amsp).
# Needs python3, admesh, GNU time (/usr/bin/time), clang (for Native AOT) and the .NET SDK.
#
#   bench/mesh/run.sh [RUNS]        (default 5 runs of each command; generated files go to bench/out/mesh)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/out/mesh"
runs=${1:-5}
mkdir -p "$out"
command -v admesh >/dev/null || { echo "admesh is missing: apt-get install -y admesh" >&2; exit 1; }

# amsp as it ships: the production publish (ReadyToRun for linux-x64), with the Native AOT build of the mesh verbs beside it.
dotnet publish "$root/Amsp.Host" -c Release -r linux-x64 --self-contained false -o "$out/amsp" >/dev/null
amsp="$out/amsp/amsp mesh"
aot="$out/amsp/amsp-mesh"
[ -x "$aot" ] || { echo "amsp-mesh is missing from the publish (it needs clang and zlib1g-dev)" >&2; exit 1; }
echo "amsp:   $amsp"
echo "aot:    $aot"
echo "admesh: $(admesh --version 2>&1 | head -n 1)"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg)"

for n in 1000000 4000000; do
  [ -f "$out/torus_$n.stl" ] || python3 "$here/make_torus_stl.py" "$n" "$out/torus_$n.stl"
done
[ -f "$out/torus_holes_1000000.stl" ] || python3 "$here/make_torus_stl.py" 1000000 "$out/torus_holes_1000000.stl" damaged 97

# median FILE: the middle line of a column of numbers
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# measure LABEL 'AMSP COMMAND' 'AOT COMMAND' 'ADMESH COMMAND': the three alternate, RUNS times each, one warm-up each
measure() {
  label=$1
  for tool in a b c; do : > "$out/$tool.wall"; : > "$out/$tool.rss"; done
  i=0
  while [ $i -le "$runs" ]; do
    for tool in a b c; do
      case $tool in a) cmd=$2 ;; b) cmd=$3 ;; c) cmd=$4 ;; esac
      /usr/bin/time -f "%e %M" -o "$out/time.txt" sh -c "$cmd >/dev/null 2>&1"
      if [ $i -gt 0 ]; then
        cut -d' ' -f1 "$out/time.txt" >> "$out/$tool.wall"
        cut -d' ' -f2 "$out/time.txt" >> "$out/$tool.rss"
      fi
    done
    i=$((i + 1))
  done
  aw=$(median "$out/a.wall"); bw=$(median "$out/b.wall"); cw=$(median "$out/c.wall")
  ar=$(median "$out/a.rss"); br=$(median "$out/b.rss"); cr=$(median "$out/c.rss")
  awk -v l="$label" -v aw="$aw" -v bw="$bw" -v cw="$cw" -v ar="$ar" -v br="$br" -v cr="$cr" 'BEGIN {
    printf "%-15s wall amsp %5.2fs aot %5.2fs admesh %5.2fs  ratio %.2f / %.2f   RSS %4.0f / %4.0f / %4.0f MiB  ratio %.2f / %.2f\n",
      l, aw, bw, cw, aw / cw, bw / cw, ar / 1024, br / 1024, cr / 1024, ar / cr, br / cr }'
}

repair_opts="--exact --nearby --remove-unconnected --fill-holes --normal-directions --normal-values"
echo "median of $runs runs; ratio = ours / admesh for amsp / aot (below 1 means ours is faster or smaller)"
for n in 1000000 4000000; do
  f="$out/torus_$n.stl"
  measure "check $n" "$amsp check $f" "$aot check $f" "admesh $f"
  measure "check -e $n" "$amsp check $f" "$aot check $f" "admesh --exact $f"
  measure "repair $n" "$amsp repair $f $out/amsp_out.stl" "$aot repair $f $out/aot_out.stl" \
    "admesh $repair_opts -b $out/admesh_out.stl $f"
done
f="$out/torus_holes_1000000.stl"
measure "repair holes" "$amsp repair $f $out/amsp_out.stl" "$aot repair $f $out/aot_out.stl" \
  "admesh $repair_opts -b $out/admesh_out.stl $f"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg)"
