#!/usr/bin/env python3
"""Paired timing of mesh tools on one file, in milliseconds.

Runs each command in turn, RUNS times after one warm-up round, and prints for each the median, mean and minimum
wall time and the median peak RSS (from wait4, the same figure GNU time reports). Use it to compare two builds of
`amsp-mesh` (or a build and admesh) on the same file; alternating the tools spreads the machine's noise over all.

    bench/mesh/compare.py check|repair FILE RUNS TOOL [TOOL ...]

A TOOL is the path of an `amsp-mesh` (or `amsp`, run as `amsp mesh`) executable, or `admesh`, which runs as
`admesh --exact FILE` for check and with the repair options of run.sh for repair. Repaired files go to a temporary
directory.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ADMESH_REPAIR = ["--exact", "--nearby", "--remove-unconnected", "--fill-holes", "--normal-directions", "--normal-values"]


def command(tool, verb, path, out):
    name = os.path.basename(tool)
    if name == "admesh":
        return [shutil.which("admesh") or tool, "--exact", path] if verb == "check" else \
            [shutil.which("admesh") or tool, *ADMESH_REPAIR, "-b", out, path]
    prefix = [tool, "mesh"] if name == "amsp" else [tool]
    return prefix + ([verb, path] if verb == "check" else [verb, path, out])


def main():
    if len(sys.argv) < 5 or sys.argv[1] not in ("check", "repair"):
        sys.exit(__doc__.strip().splitlines()[0] + "\nusage: compare.py check|repair FILE RUNS TOOL [TOOL ...]")
    verb, path, runs, tools = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    wall = {t: [] for t in tools}
    rss = {t: [] for t in tools}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.stl")
        for i in range(runs + 1):
            for tool in tools:
                start = time.perf_counter()
                p = subprocess.Popen(command(tool, verb, path, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(p.pid, 0)
                elapsed = time.perf_counter() - start
                if status != 0:
                    sys.exit(f"{tool} failed on {path} (status {status})")
                if i > 0:
                    wall[tool].append(elapsed * 1000)
                    rss[tool].append(usage.ru_maxrss / 1024)
    print(f"{verb} {os.path.basename(path)}, {runs} runs each, alternating; load {os.getloadavg()[0]:.2f}")
    for tool in tools:
        w = wall[tool]
        print(f"  {tool}: median {statistics.median(w):7.1f} ms  mean {statistics.mean(w):7.1f}  "
              f"min {min(w):7.1f}  peak RSS {statistics.median(rss[tool]):6.1f} MiB")


if __name__ == "__main__":
    main()
