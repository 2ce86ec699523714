#!/bin/sh
# Times the geometry the quote needs on 1M-triangle models: slicing, layer measures, the MEX estimate, thin walls
# (BVH + rays), support volume and convex hull, with the mesh check (what `amsp mesh check` runs) as the peer in the
# same process and run. Two models: a solid torus (bench/mesh/make_torus_stl.py, walls 40 mm: rays stop early) and a
# hollow torus with a 1 mm wall (make_shell_stl.py: every ray hits, every face is thin). Prints medians; compare
# ratios, the machine is shared.
#
#   bench/quoting/perf.sh [RUNS] [TRIANGLES]     (defaults 5 runs, 1000000 triangles; the torus goes to bench/out/mesh)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-5}
n=${2:-1000000}
out="$root/bench/out"
mkdir -p "$out/mesh" "$out/quoting"
[ -f "$out/mesh/torus_$n.stl" ] || python3 "$root/bench/mesh/make_torus_stl.py" "$n" "$out/mesh/torus_$n.stl"
[ -f "$out/quoting/shell_$n.stl" ] || python3 "$here/make_shell_stl.py" "$n" "$out/quoting/shell_$n.stl"
dotnet build "$here/Amsp.Geometry.Bench" -c Release -nologo -clp:ErrorsOnly -o "$out/quoting/bench" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$out/quoting/bench/Amsp.Geometry.Bench.dll" perf "$out/mesh/torus_$n.stl" "$runs"
dotnet "$out/quoting/bench/Amsp.Geometry.Bench.dll" perf "$out/quoting/shell_$n.stl" "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
