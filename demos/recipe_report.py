"""What the training recipe did to each from-scratch run: its probe course, held-out bits per byte and training time.

  /usr/bin/python3 demos/recipe_report.py                          # every from-scratch run in demos/runs/
  /usr/bin/python3 demos/recipe_report.py 'next/*'                 # the runs matching a pattern (under demos/runs/)
  /usr/bin/python3 demos/recipe_report.py 'next/*' --against main  # and the same runs' held-out bits per byte at a commit

Per run, from its log.jsonl (the training-batch probe, logged every `log_every` steps) and summary.json: the first step
whose probe digit accuracy reaches the learned threshold (src/demo/probe-format.json), the lowest accuracy logged after
it, the final accuracy, the held-out bits per byte at the training length and the training time (export.py's
train_seconds). `--against` adds the held-out bits per byte of the run of the same name at that commit (under
demos/runs/, without the pattern's directory), e.g. the previous recipe's model of the same seed.
"""
import argparse
import json
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from export import LEARNED, probe_learned_at, train_seconds  # noqa: E402

DEMOS = pathlib.Path(__file__).resolve().parent
ROOT = DEMOS.parent


def probe_course(entries, threshold=LEARNED):
    """(first step at >= the learned threshold, lowest accuracy logged after it, final accuracy); None for a step never reached."""
    course = [(e["step"], e["probe_digit_accuracy"]) for e in entries if "probe_digit_accuracy" in e]
    first = probe_learned_at(entries, threshold)
    after = [accuracy for step, accuracy in course if first is not None and step > first]
    return first, min(after) if after else None, course[-1][1] if course else None


def heldout_at(commit, name):
    shown = subprocess.run(["git", "show", f"{commit}:demos/runs/{name}/summary.json"], cwd=ROOT, capture_output=True, text=True)
    return json.loads(shown.stdout)["heldout_bpb_at_train_length"] if shown.returncode == 0 else None


def report(pattern, against=None):
    rows = []
    for run_dir in sorted((DEMOS / "runs").glob(pattern)):
        summary_path, log_path = run_dir / "summary.json", run_dir / "log.jsonl"
        if not summary_path.exists():
            continue
        summary = json.loads(summary_path.read_text())
        settings = summary["settings"]
        if settings["init_from"]:
            continue
        entries = [json.loads(line) for line in log_path.read_text().splitlines()]
        first, lowest, final = probe_course(entries)
        row = {"run": str(run_dir.relative_to(DEMOS / "runs")), "learned_from_step": first, "lowest_after": lowest,
               "final": final, "heldout_bpb": round(summary["heldout_bpb_at_train_length"], 3),
               "minutes": round(train_seconds(entries, settings["checkpoint_every"]) / 60)}
        if against:
            before = heldout_at(against, run_dir.name)
            row["heldout_bpb_at_" + against] = None if before is None else round(before, 3)
        rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", nargs="?", default="*")
    ap.add_argument("--against", help="a commit whose runs of the same names to compare held-out bits per byte with")
    args = ap.parse_args()
    rows = report(args.pattern, args.against)
    if not rows:
        raise SystemExit(f"no finished from-scratch run matches demos/runs/{args.pattern}")
    print(f"learned: training-batch probe digit accuracy >= {LEARNED}")
    columns = list(rows[0])
    print("\t".join(columns))
    for row in rows:
        print("\t".join("-" if row[c] is None else str(row[c]) for c in columns))


if __name__ == "__main__":
    main()
