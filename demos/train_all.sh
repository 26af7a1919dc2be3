#!/usr/bin/env bash
# Train every model in two parallel one-thread queues (one thread each was as fast as two threads
# for one job on the 2-core machine), then the fine-tunes of the RoPE model. Resumable: a
# finished run (final.pt present) is skipped, an interrupted one resumes from its checkpoint.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
STEPS=${STEPS:-8000}
FT_STEPS=${FT_STEPS:-1000}

run() {  # run <run-name> <args...>
  local name=$1; shift
  [ -f "demos/runs/$name/final.pt" ] && { echo "skip $name"; return; }
  mkdir -p "demos/runs/$name"
  $PY demos/train.py --run "$name" --threads 1 "$@" > "demos/runs/$name/stdout.txt" 2>&1
  tail -1 "demos/runs/$name/stdout.txt"
}

finetune() {  # finetune <method>: 4x the length, batch 8 (same bytes per step), from the RoPE model
  run "$1-ft" --method "$1" --init-from rope --length 256 --batch 8 --steps "$FT_STEPS" \
      --lr 1e-3 --warmup 50 --config '{"factor": 4}'
}

finetune_as() {  # finetune_as <run> <method> <length> <batch> <config>: same budget, other length/config
  run "$1" --method "$2" --init-from rope --length "$3" --batch "$4" --steps "$FT_STEPS" \
      --lr 1e-3 --warmup 50 --config "$5"
}

queue_a() {
  for m in ${QUEUE_A:-rope alibi t5-bias fire learned-ape shape randomized-pe}; do run "$m" --method "$m" --steps "$STEPS"; done
  finetune pi
  finetune yarn
  finetune resonance-rope                                           # Resonance YaRN, s = 4
  finetune_as abf-ft abf 256 8 '{"base": 500000}'
  finetune_as giraffe-ft giraffe 256 8 '{"power": 0.5}'
  finetune_as rope-base500-ft rope-scaling-laws 64 32 '{"base": 500}'    # at the training length
  finetune_as rope-base1m-ft rope-scaling-laws 64 32 '{"base": 1000000}'
}
queue_b() {
  for m in ${QUEUE_B:-nope sinusoidal kerple sandwich xpos pose}; do run "$m" --method "$m" --steps "$STEPS"; done
}

queue_a & a=$!
queue_b & b=$!
wait $a; wait $b
