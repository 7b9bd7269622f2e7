#!/usr/bin/env python3
"""Side-by-side: `./run.sh loss --json` against pandas read_csv + the seeds' NumPy loss.

Makes N x C probability files (CSV, one sample per line, 8 decimals, about 100 MB for 1M x 10)
and their class-index targets in a temporary folder, then runs each side R times under
/usr/bin/time -v and prints the wall time and peak RSS (median of the runs) of both, and the
ratios. Nothing large is kept: the folder is removed at the end (unless --keep DIR).

    /usr/bin/python3 bench/read_vs_pandas.py                 # 1M x 10 and 3M x 10, 3 runs each
    /usr/bin/python3 bench/read_vs_pandas.py --rows 1000000 --runs 5
    /usr/bin/python3 bench/read_vs_pandas.py --table         # also the table output (no --json)
    /usr/bin/python3 bench/read_vs_pandas.py --inprocess --rows 1000000
        # the bench's `read` measure against pandas timed inside Python (no start-up on either
        # side): the numbers of the README's bench table

Needs numpy and pandas (the system Python has them) and a built lab (./run.sh builds it).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PANDAS_SIDE = r"""
import sys
import numpy as np
import pandas as pd
y_pred = pd.read_csv(sys.argv[1], header=None).to_numpy()
y_true = pd.read_csv(sys.argv[2], header=None).to_numpy()[:, 0]
# the seeds' loss: clip, pick the true class's probability, -log, mean
samples = len(y_pred)
y_pred_clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
correct_confidences = y_pred_clipped[range(samples), y_true]
negative_log_likelihoods = -np.log(correct_confidences)
print(np.mean(negative_log_likelihoods))
"""


def make_files(folder, rows, classes, seed=7):
    import numpy as np
    rng = np.random.default_rng(seed)
    p_path = os.path.join(folder, f"p{rows}.csv")
    t_path = os.path.join(folder, f"t{rows}.csv")
    with open(p_path, "w") as p_out, open(t_path, "w") as t_out:
        chunk = 200_000
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            z = rng.normal(size=(n, classes))
            p = np.exp(z - z.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            np.savetxt(p_out, p, fmt="%.8f", delimiter=",")
            np.savetxt(t_out, rng.integers(0, classes, size=n), fmt="%d")
    return p_path, t_path


def timed(cmd):
    """(seconds, peak RSS in MB, stdout) of one run under /usr/bin/time -v."""
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", r.stderr)
    h, m, s = wall.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1))
    return seconds, rss_kb / 1024, r.stdout


def inprocess(args):
    """Median of R in-process runs of each side, interleaved round by round."""
    import numpy as np
    import pandas as pd
    import time
    folder = args.keep or tempfile.mkdtemp(prefix="celab-read-")
    try:
        for rows in args.rows:
            p, t = make_files(folder, rows, args.classes)
            lab, pandas = [], []
            for _ in range(args.runs):
                out = subprocess.run([os.path.join(ROOT, "run.sh"), "bench", "--only", "read", "--n", str(rows),
                                      "--classes", str(args.classes), "--runs", "5", "--warmup", "2"],
                                     check=True, capture_output=True, text=True).stdout
                lab.append(float(re.search(r'"medianMs":([0-9.]+)', out).group(1)))
                times = []
                for k in range(3):
                    start = time.perf_counter()
                    y_pred = pd.read_csv(p, header=None).to_numpy()
                    y_true = pd.read_csv(t, header=None).to_numpy()[:, 0]
                    clipped = np.clip(y_pred, 1e-7, 1 - 1e-7)
                    np.mean(-np.log(clipped[range(len(y_pred)), y_true]))
                    times.append((time.perf_counter() - start) * 1000)
                pandas.append(statistics.median(times))
            lm, pm = statistics.median(lab), statistics.median(pandas)
            print(f"{rows:,} x {args.classes}: read {lm:.0f} ms (rounds {[round(x) for x in lab]}), "
                  f"pandas + NumPy {pm:.0f} ms (rounds {[round(x) for x in pandas]}), "
                  f"pandas / read = {pm / lm:.1f}x, {rows / lm * 1000:,.0f} rows/s")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, nargs="*", default=[1_000_000, 3_000_000])
    ap.add_argument("--classes", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--table", action="store_true", help="also time the table output")
    ap.add_argument("--keep", help="make the files in this folder and keep them")
    ap.add_argument("--inprocess", action="store_true",
                    help="compare `./run.sh bench --only read` with pandas timed in-process")
    args = ap.parse_args()
    if args.inprocess:
        inprocess(args)
        return

    subprocess.run([os.path.join(ROOT, "run.sh"), "loss", "--help"], check=True, capture_output=True)
    folder = args.keep or tempfile.mkdtemp(prefix="celab-read-")
    os.makedirs(folder, exist_ok=True)
    script = os.path.join(folder, "pandas_side.py")
    with open(script, "w") as f:
        f.write(PANDAS_SIDE)
    try:
        print(f"| rows x classes | file | side | wall s (median of {args.runs}) | peak RSS MB | mean |")
        print("|---|---|---|---|---|---|")
        for rows in args.rows:
            p, t = make_files(folder, rows, args.classes)
            size = os.path.getsize(p) / 1e6
            sides = [("lab loss --json", [os.path.join(ROOT, "run.sh"), "loss", "--predictions", p,
                                          "--targets", t, "--json"]),
                     ("pandas + NumPy", ["/usr/bin/python3", script, p, t])]
            if args.table:
                sides.insert(1, ("lab loss (table)", [os.path.join(ROOT, "run.sh"), "loss",
                                                      "--predictions", p, "--targets", t]))
            results = {}
            for _ in range(args.runs):  # interleaved, so both sides see the same machine load
                for name, cmd in sides:
                    results.setdefault(name, []).append(timed(cmd))
            for name, _ in sides:
                runs = results[name]
                wall = statistics.median(r[0] for r in runs)
                rss = statistics.median(r[1] for r in runs)
                out = runs[0][2]
                m = re.search(r'"mean":([0-9.eE+-]+)', out) or re.search(r"mean loss\s+(\S+)", out) \
                    or re.search(r"^([0-9.]+)$", out.strip(), re.M)
                print(f"| {rows:,} x {args.classes} | {size:.0f} MB | {name} | {wall:.2f} | {rss:.0f} |"
                      f" {m.group(1) if m else '?'} |")
                results[name] = (wall, rss)
            lab = results["lab loss --json"]
            pd_ = results["pandas + NumPy"]
            print(f"| | | lab / pandas | {lab[0] / pd_[0]:.2f}x | {lab[1] / pd_[1]:.2f}x | |")
            os.remove(p)
            os.remove(t)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
