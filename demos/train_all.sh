#!/usr/bin/env bash
# Train every model of the benchmark: each from-scratch method with every seed, and each seed's
# fine-tunes of its own RoPE model. Run names: <method>-seed<k> and <fine-tune>-seed<k>.
# QUEUES one-thread workers (one thread each was as fast as two threads for one job on the 2-core
# machine) pull jobs from one list: each seed's RoPE model first, then the other from-scratch models,
# then the fine-tunes. A fine-tune waits for its base's final.pt. Resumable: a finished run
# (final.pt present) is skipped, an interrupted one resumes from its checkpoint. PREFIX puts the runs
# under demos/runs/<PREFIX> (e.g. PREFIX=next/ to retrain beside the committed models, then swap).
#
# Recipe (demos/README.md, "Protocol"): STEPS steps, the pass-key answer digits weighted PROBE_WEIGHT
# in the loss, and for from-scratch models copy drills (DRILL_FRACTION of the text windows become
# long-key probes during the first DRILL_STEPS steps). Without the drills, seeds of DAPE, FIRE, TUPE and
# sinusoidal stayed at chance on the probe inside the training window; with them but 10,000 steps,
# sinusoidal and KERPLE seed 1 did (demos/experiments/). A from-scratch run that never learned the probe (its
# training-batch digit accuracy never reached probe-format.json's learnedDigitAccuracy: demos/export.py
# probe_learned_at) is kept and reported, and the next seed of its method trains in its place, until the method has
# as many learned seeds as SEEDS names or has run twice as many seeds (scripts/eval.ts leaves such a run out of the
# means); a replaced RoPE seed brings its fine-tunes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
STEPS=${STEPS:-20000}
FT_STEPS=${FT_STEPS:-1000}
PROBE_WEIGHT=${PROBE_WEIGHT:-10}
DRILL_FRACTION=${DRILL_FRACTION:-0.5}
DRILL_STEPS=${DRILL_STEPS:-4000}
PREFIX=${PREFIX:-}
SEEDS=${SEEDS:-1 2 3}
QUEUES=${QUEUES:-2}
FROM_SCRATCH=${FROM_SCRATCH:-alibi t5-bias fire learned-ape shape randomized-pe nope sinusoidal kerple sandwich xpos pose cape tupe shaw transformer-xl deberta dape cope bipe floater complex-embedding}

# name | method | length | batch | config — 1,000 steps from the seed's RoPE model, the same bytes per
# step as pre-training (batch x length = 2,048)
FINETUNES="pi-ft|pi|256|8|{\"factor\": 4}
yarn-ft|yarn|256|8|{\"factor\": 4}
resonance-rope-ft|resonance-rope|256|8|{\"factor\": 4}
abf-ft|abf|256|8|{\"base\": 500000}
giraffe-ft|giraffe|256|8|{\"power\": 0.5}
rope-base500-ft|rope-scaling-laws|64|32|{\"base\": 500}
rope-base1m-ft|rope-scaling-laws|64|32|{\"base\": 1000000}
pose-ft|pose|64|32|{\"targetLength\": 256}
cream-ft|cream|64|32|{}
longrope2-ft|longrope2|256|8|{\"factor\": 4}
clex-ft|clex|256|8|{\"maxFactor\": 16}"
# rope-base500/1m: at the training length; pose-ft: positions skipped up to 4x; cream-ft: head/middle/tail, 4x;
# longrope2-ft: searched factors on 256-byte windows mixed with original RoPE on 64-byte ones (demos/pe/longrope2.py)
# clex-ft: a scale t in 1..16 drawn per step, as in CLEX's code (demos/pe/clex.py)

jobs() {  # one line per run: <run-name> <train.py args...>
  local drills="--drill-fraction $DRILL_FRACTION --drill-steps $DRILL_STEPS"
  for seed in $SEEDS; do echo "${PREFIX}rope-seed$seed --method rope --seed $seed --steps $STEPS $drills"; done
  for seed in $SEEDS; do for m in $FROM_SCRATCH; do
    echo "${PREFIX}$m-seed$seed --method $m --seed $seed --steps $STEPS $drills"
  done; done
  for seed in $SEEDS; do
    while IFS='|' read -r name method length batch config; do
      printf '%s\n' "${PREFIX}$name-seed$seed --method $method --seed $seed --init-from ${PREFIX}rope-seed$seed \
--length $length --batch $batch --steps $FT_STEPS --lr 1e-3 --warmup 50 --config $config"
    done <<< "$FINETUNES"
  done
}

# LongRoPE's and LongRoPE2's factors are searched on the seed-1 RoPE model (search_rescale.py, ~6 min), and the
# LongRoPE2 fine-tunes train with them: search once that model is trained, unless demos/search is newer than it.
search_factors() {
  local base="demos/runs/${PREFIX}rope-seed1/final.pt"
  while [ ! -f "$base" ]; do sleep 20; done
  flock demos/search bash -c '[ demos/search/longrope2-rope-seed1.json -nt "$1" ] || "$2" demos/search_rescale.py --prefix "$3"' \
    _ "$base" "$PY" "$PREFIX"
}

run() {  # run <run-name> <args...>
  local name=$1; shift
  [ -f "demos/runs/$name/final.pt" ] && return
  local base; base=$(sed -n 's/.*--init-from \([^ ]*\).*/\1/p' <<< "$*")
  while [ -n "$base" ] && [ ! -f "demos/runs/$base/final.pt" ]; do sleep 20; done
  if [[ " $* " == *" --method longrope2 "* ]]; then search_factors; fi
  mkdir -p "demos/runs/$name"
  local line="$*" args=("$@") config=()
  if [[ "$line" == *"--config "* ]]; then config=(--config "${line#*--config }"); read -ra args <<< "${line%%--config *}"; fi
  $PY demos/train.py --run "$name" --threads 1 --probe-loss-weight "$PROBE_WEIGHT" "${args[@]}" "${config[@]}" \
    > "demos/runs/$name/stdout.txt" 2>&1 || { echo "$name: FAILED (see its stdout.txt)"; return; }
  echo "$name: $(tail -1 "demos/runs/$name/stdout.txt")"
}

# "<method> <next seed>" for each from-scratch method whose runs have all finished with fewer learned seeds than
# SEEDS names, and fewer than twice as many seeds.
replacements() {
  $PY - "$PREFIX" "$(wc -w <<< "$SEEDS")" rope $FROM_SCRATCH <<'EOF'
import json, pathlib, sys
sys.path.insert(0, "demos")
from export import probe_learned_at
prefix, wanted, methods = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
runs = pathlib.Path("demos/runs") / prefix
for method in methods:
    seeds = sorted(int(k) for _, _, k in (p.name.rpartition("-seed") for p in runs.glob(f"{method}-seed*")) if k.isdigit())
    finished = [runs / f"{method}-seed{k}" for k in seeds]
    if not seeds or len(seeds) >= 2 * wanted or not all((run / "final.pt").exists() for run in finished):
        continue
    logs = [[json.loads(line) for line in (run / "log.jsonl").read_text().splitlines()] for run in finished]
    if sum(probe_learned_at(log) is not None for log in logs) < wanted:
        print(method, seeds[-1] + 1)
EOF
}

list=$(mktemp) next=$(mktemp)
jobs > "$list"; echo 1 > "$next"
worker() {
  while :; do
    local line
    line=$(flock "$next" bash -c 'n=$(cat "$1"); echo $((n + 1)) > "$1"; sed -n "${n}p" "$2"' _ "$next" "$list")
    [ -z "$line" ] && return
    run $line
  done
}
for ((q = 0; q < QUEUES; q++)); do worker & done
wait
while replacing=$(replacements) && [ -n "$replacing" ]; do
  while read -r method seed; do
    echo "replacing a run that did not learn the probe: $method seed $seed" >&2
    if [ "$method" = rope ]; then SEEDS=$seed FROM_SCRATCH="" jobs; else SEEDS=$seed FROM_SCRATCH=$method jobs | grep "^$PREFIX$method-seed$seed "; fi
  done <<< "$replacing" > "$list"
  echo 1 > "$next"
  for ((q = 0; q < QUEUES; q++)); do worker & done
  wait
done
rm -f "$list" "$next"
