"""How each run learned the pass-key probe, from its training log; and its held-out bits per byte at L.

  /usr/bin/python3 demos/recipe_report.py                          # every run demos/runs/<model>-seed<k>/
  /usr/bin/python3 demos/recipe_report.py 'next/*' --against HEAD~5  # held-out also from the same runs at a commit

Prints a Markdown table: the step at which the training-batch probe accuracy (`probe_digit_accuracy`, the mean
over the last `log_every` steps) first reached the learned threshold of src/demo/probe-format.json, its lowest
value after that, its final value, the held-out bits per byte at the training length (summary.json), and the run's
training time (export.train_seconds). With --against, the held-out bits per byte of the run of the same name at
that commit, for comparing recipes. Fine-tunes (runs with init_from) are left out: they start from a model that has
learned the probe.
"""
import argparse
import json
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from export import train_seconds  # noqa: E402

DEMOS = pathlib.Path(__file__).resolve().parent
RUNS = DEMOS / "runs"
LEARNED = json.loads((DEMOS.parent / "src" / "demo" / "probe-format.json").read_text())["learnedDigitAccuracy"]


def probe_course(entries):
    """(first step at or above LEARNED or None, lowest accuracy from then on, final accuracy)."""
    accuracy = [(e["step"], e["probe_digit_accuracy"]) for e in entries]
    first = next((step for step, a in accuracy if a >= LEARNED), None)
    lowest = None if first is None else min(a for step, a in accuracy if step >= first)
    return first, lowest, accuracy[-1][1]


def heldout_at(commit, run):
    name = run.split("/")[-1]
    shown = subprocess.run(["git", "show", f"{commit}:demos/runs/{name}/summary.json"], cwd=DEMOS.parent,
                           capture_output=True, text=True)
    return json.loads(shown.stdout)["heldout_bpb_at_train_length"] if shown.returncode == 0 else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", nargs="?", default="*-seed*", help="runs under demos/runs/ (a glob)")
    ap.add_argument("--against", help="a commit whose runs of the same names to compare held-out bits per byte with")
    args = ap.parse_args()
    fmt = lambda x, f="{:.3f}": "—" if x is None else f.format(x)  # noqa: E731
    header = ["run", f"probe ≥ {LEARNED} from step", "lowest after", "final", "held-out bits/byte", "minutes"]
    print("| " + " | ".join(header + ([f"held-out at {args.against}"] if args.against else [])) + " |")
    print("|" + "---|" * (len(header) + bool(args.against)))
    for summary_path in sorted(RUNS.glob(f"{args.pattern}/summary.json")):
        summary = json.loads(summary_path.read_text())
        settings = summary["settings"]
        if settings["init_from"]:
            continue
        log = summary_path.parent / "log.jsonl"
        first, lowest, final = probe_course([json.loads(line) for line in log.read_text().splitlines()])
        run = summary_path.parent.relative_to(RUNS).as_posix()
        row = [run, fmt(first, "{:,}"), fmt(lowest), fmt(final), fmt(summary["heldout_bpb_at_train_length"]),
               str(round(train_seconds(log, settings["checkpoint_every"]) / 60))]
        if args.against:
            row.append(fmt(heldout_at(args.against, run)))
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
