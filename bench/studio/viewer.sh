#!/usr/bin/env bash
# The 3D viewer benchmark (see docs/studio.md): builds the host in Release (which builds the browser app), uploads a
# 1M-triangle part and the bracket (the peer) on the new-order page in Chromium, and prints the time from the mesh's
# last byte to the first frame drawn with it.
#   bench/studio/viewer.sh                   # 3 rounds, 1M triangles
#   ROUNDS=5 TRIANGLES=2000000 bench/studio/viewer.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build Amsp.Host -c Release -nologo -clp:ErrorsOnly >/dev/null
ln -sfn ../../Amsp.Studio/node_modules bench/studio/node_modules
mkdir -p bench/out/studio
out=$(mktemp)
trap 'rm -f "$out" bench/studio/node_modules' EXIT
(cd bench/studio && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test --config viewer.config.ts) | tee "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.includes("BENCH ")).map((l) => JSON.parse(l.slice(l.indexOf("BENCH ") + 6)));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log("\n| part | mesh bytes | bytes → first frame (median, all rounds) | fetch of the mesh (median) |");
console.log("|---|---|---|---|");
for (const what of [...new Set(lines.map((r) => r.what))]) {
  const r = lines.filter((x) => x.what === what);
  console.log(`| ${what} | ${(r[0].bytes / 1e6).toFixed(1)} MB | ${Math.round(median(r.map((x) => x.shownMs)))} ms (${r.map((x) => Math.round(x.shownMs)).join(", ")}) | ${Math.round(median(r.map((x) => x.fetchMs)))} ms |`);
}
' "$out"
