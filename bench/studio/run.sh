#!/usr/bin/env bash
# The designer's canvas benchmark (see docs/studio.md): builds the host in Release (which builds the browser app),
# opens a 300-activity definition and the 15-activity design-review (the peer) in Chromium, and prints the time to
# first paint of the canvas, frame times while dragging a node, and the bundle's size.
#   bench/studio/run.sh                  # 3 rounds, 300 activities
#   ROUNDS=5 ACTIVITIES=500 bench/studio/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build Amsp.Host -c Release -nologo -clp:ErrorsOnly >/dev/null
# The spec imports @playwright/test: let Node find the app's packages from this folder.
ln -sfn ../../Amsp.Studio/node_modules bench/studio/node_modules
out=$(mktemp)
trap 'rm -f "$out" bench/studio/node_modules' EXIT
(cd bench/studio && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test --config playwright.config.ts) | tee "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.includes("BENCH ")).map((l) => JSON.parse(l.slice(l.indexOf("BENCH ") + 6)));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const runs = lines.filter((l) => l.what !== "bundle");
console.log("\n| case | first paint of the canvas (median) | drag frame p50 / p95 / max (median) | rounds |");
console.log("|---|---|---|---|");
for (const what of [...new Set(runs.map((r) => r.what))]) {
  const r = runs.filter((x) => x.what === what);
  console.log(`| ${what} | ${median(r.map((x) => x.paintMs))} ms | ${median(r.map((x) => x.frameP50))} / ${median(r.map((x) => x.frameP95))} / ${median(r.map((x) => x.frameMax))} ms | ${r.length} |`);
}
const bundle = lines.filter((l) => l.what === "bundle");
const sum = (xs, k) => xs.reduce((s, x) => s + x[k], 0).toFixed(1);
console.log(`\nbundle: initial ${sum(bundle.filter((b) => b.initial), "kB")} kB (${sum(bundle.filter((b) => b.initial), "gzipKB")} kB gzip); all ${sum(bundle, "kB")} kB (${sum(bundle, "gzipKB")} kB gzip)`);
for (const b of bundle) console.log(`  ${b.file}: ${b.kB} kB, ${b.gzipKB} kB gzip${b.initial ? " (loaded first)" : ""}`);
' "$out"
