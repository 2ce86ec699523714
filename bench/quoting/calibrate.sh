#!/bin/sh
# The print-time estimator against PrusaSlicer: slices every sample part and the generated test shapes with
# PrusaSlicer 2.5 (Debian's prusa-slicer, installed when missing) at --layer-height 0.2 --fill-density 20%, its
# built-in defaults otherwise, runs our estimator (MexParameters defaults) on the same meshes and prints a table:
# part, slicer time, our time, error, and the extruded volume of both.
#
#   bench/quoting/calibrate.sh          (G-code and generated shapes go to bench/out/quoting, which git ignores)
#
# tiny_inch_part is modelled in inches: both tools scale it by 25.4. too_big_panel (400 × 300 mm) does not fit
# PrusaSlicer's default 200 × 200 bed, so it is sliced on a 500 × 400 bed (--bed-shape); nothing else changes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/out/quoting"
samples="$root/samples/models"                                  # the sample parts the product ships
[ -d "$samples" ] || samples="$root/tests/Amsp.Geometry.Tests/Samples" # where they were before they moved there
mkdir -p "$out"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v prusa-slicer >/dev/null 2>&1; then
  echo "installing prusa-slicer (Debian)" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends prusa-slicer >/dev/null
fi

dotnet build "$here/Amsp.Geometry.Bench" -c Release -nologo -clp:ErrorsOnly -o "$out/bench" >/dev/null
bench="dotnet $out/bench/Amsp.Geometry.Bench.dll"
python3 "$here/make_shapes.py" "$out/shapes"

# part  file  scale  extra slicer options
parts="bracket $samples/bracket.stl 1 -
enclosure_box $samples/enclosure_box.stl 1 -
enclosure_lid $samples/enclosure_lid.stl 1 -
lattice_cube $samples/lattice_cube.stl 1 -
phone_stand $samples/phone_stand.stl 1 -
spur_gear $samples/spur_gear.stl 1 -
tiny_inch_part $samples/tiny_inch_part.stl 25.4 -
too_big_panel $samples/too_big_panel.stl 1 --bed-shape=0x0,500x0,500x400,0x400
vase $samples/vase.stl 1 -
cylinder* $out/shapes/cylinder.stl 1 -
open_box* $out/shapes/open_box.stl 1 -
thin_plate* $out/shapes/thin_plate.stl 1 -
tall_tower* $out/shapes/tall_tower.stl 1 -
sphere* $out/shapes/sphere.stl 1 -
hex_nut+ $out/shapes/hex_nut.stl 1 -
stepped_pyramid+ $out/shapes/stepped_pyramid.stl 1 -
torus+ $out/shapes/torus.stl 1 -
ramp+ $out/shapes/ramp.stl 1 -"

echo "slicer: $(prusa-slicer --help 2>/dev/null | grep -m 1 PrusaSlicer) (Debian $(dpkg-query -W -f '${Version}' prusa-slicer 2>/dev/null || echo ?))"
printf '%-16s %10s %10s %8s %12s %12s\n' part slicer_s ours_s error slicer_cm3 ours_cm3
echo "$parts" | while read -r name file scale extra; do
  gcode="$out/$(echo "$name" | tr -d '*+').gcode"
  set -- --export-gcode --layer-height 0.2 --fill-density 20% --output "$gcode"
  [ "$scale" = 1 ] || set -- "$@" --scale "$scale"
  [ "$extra" = - ] || set -- "$@" "$extra"
  prusa-slicer "$@" "$file" >/dev/null 2>&1
  slicer=$($bench gcode "$gcode")
  ours=$($bench estimate "$file" "$scale")
  echo "$name $slicer $ours" | awk '{
    ours = $6; cm3 = $NF; sub("extruded_cm3=", "", cm3)
    printf "%-16s %10d %10d %+7.1f%% %12.2f %12.2f\n", $1, $2, ours, 100 * (ours - $2) / $2, $3, cm3 }'
done | tee "$out/table.txt"
awk '{ e = $4 + 0; if (e < 0) e = -e; s += e; if (e > m) m = e; n++ } END {
  printf "mean |error| %.1f%%, largest %.1f%% over %d parts\n", s / n, m, n }' "$out/table.txt"
echo "* generated shape, looked at while the model was built; + generated shape held out (added after its constants were fixed)"
