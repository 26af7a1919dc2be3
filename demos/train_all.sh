#!/usr/bin/env bash
# Train every model of the benchmark: each from-scratch method with every seed, then each seed's
# fine-tunes of its own RoPE model. Run names: <method>-seed<k> and <fine-tune>-seed<k>.
# Seed by seed (every method and fine-tune at seed 1, then seed 2, ...), in QUEUES parallel one-thread queues (one
# thread each was as fast as two threads for one job on the 2-core machine). Resumable: a finished
# run (final.pt present) is skipped, an interrupted one resumes from its checkpoint.
#
# Recipe (demos/README.md, "Protocol"): STEPS steps, the pass-key answer digits weighted PROBE_WEIGHT
# in the loss — with weight 1 and 8,000 steps, 8 of the 13 from-scratch models stayed at chance on the probe
# inside the training window (demos/experiments/).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
STEPS=${STEPS:-10000}
FT_STEPS=${FT_STEPS:-1000}
PROBE_WEIGHT=${PROBE_WEIGHT:-10}
SEEDS=${SEEDS:-1 2 3}
QUEUES=${QUEUES:-2}
FROM_SCRATCH=${FROM_SCRATCH:-rope alibi t5-bias fire learned-ape shape randomized-pe nope sinusoidal kerple sandwich xpos pose cape tupe}

run() {  # run <run-name> <args...>
  local name=$1; shift
  [ -f "demos/runs/$name/final.pt" ] && { echo "skip $name"; return; }
  mkdir -p "demos/runs/$name"
  $PY demos/train.py --run "$name" --threads 1 --probe-loss-weight "$PROBE_WEIGHT" "$@" > "demos/runs/$name/stdout.txt" 2>&1
  tail -1 "demos/runs/$name/stdout.txt"
}

finetune() {  # finetune <seed> <run> <method> <length> <batch> <config>: 1,000 steps from that seed's RoPE model
  run "$2-seed$1" --method "$3" --seed "$1" --init-from "rope-seed$1" --length "$4" --batch "$5" --steps "$FT_STEPS" \
      --lr 1e-3 --warmup 50 --config "$6"
}

finetunes() {  # finetunes <seed>: the same bytes per step as pre-training (batch x length = 2,048)
  finetune "$1" pi-ft pi 256 8 '{"factor": 4}'
  finetune "$1" yarn-ft yarn 256 8 '{"factor": 4}'
  finetune "$1" resonance-rope-ft resonance-rope 256 8 '{"factor": 4}'          # Resonance YaRN, s = 4
  finetune "$1" abf-ft abf 256 8 '{"base": 500000}'
  finetune "$1" giraffe-ft giraffe 256 8 '{"power": 0.5}'
  finetune "$1" rope-base500-ft rope-scaling-laws 64 32 '{"base": 500}'       # at the training length
  finetune "$1" rope-base1m-ft rope-scaling-laws 64 32 '{"base": 1000000}'
  finetune "$1" pose-ft pose 64 32 '{"targetLength": 256}'                    # positions skipped up to 4x
  finetune "$1" cream-ft cream 64 32 '{}'                                     # CREAM's head/middle/tail, 4x
}

queue() {  # queue <seed> <index>: every QUEUES-th from-scratch method of that seed
  local i=0
  for m in $FROM_SCRATCH; do
    if [ $((i % QUEUES)) -eq "$2" ]; then run "$m-seed$1" --method "$m" --seed "$1" --steps "$STEPS"; fi
    i=$((i + 1))
  done
}

for seed in $SEEDS; do  # a seed is complete (from-scratch models and fine-tunes) before the next starts
  pids=()
  for ((q = 0; q < QUEUES; q++)); do queue "$seed" "$q" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p"; done
  finetunes "$seed"
done
