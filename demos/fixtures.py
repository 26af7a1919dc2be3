"""Golden PE tensors for the TypeScript parity tests: tests/fixtures/pe/<id>.json.

  /usr/bin/python3 demos/fixtures.py          # every method
  /usr/bin/python3 demos/fixtures.py fire     # only these methods

For every method in demos/pe: its tensors at a few lengths (including one past the training
length of 64), computed by the PyTorch twin with default config. A method whose positions depend on
the text (`reads_tokens`) reads the first `length` bytes of FIXTURE_TEXT, written into the case as `tokens`.
Learned methods get seeded, perturbed parameters, written into the fixture in the same layout export.py
writes beside a model, so the TS side computes from exactly those. Tensors are base64 little-endian float32.

Every method with config knobs also gets tests/fixtures/pe/nondefault/<id>.json: the same cases at
NONDEFAULT_CONFIG[id], where every knob differs from its default (a knob that is ignored, mis-wired or
swapped on either side then shows up in tests/unit/pe/parity.test.ts).
"""
import base64
import json
import pathlib
import sys

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import pe  # noqa: E402
from model import ModelConfig  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
LENGTHS = [1, 5, 20, 70]
TRAIN_LENGTH = 64
FIXTURE_CONFIG = {"learned-ape": {"maxPosition": 80}}  # a small table keeps the fixture small
# segment ends ('.', '\n') alone and in a row, and segments of 1 to 33 bytes (longer than bipe's non-default table)
FIXTURE_TEXT = b"We met. It rained!\nThe State of the Union is strong.\n.. Yes? Mr. Speaker"
# FLOATER integrates its ODE past 4x the training length; weights perturbed by 0.3 make that ODE blow up there.
EXTRA_LENGTHS = {"floater": [4 * 64]}
PERTURBATION, PERTURBATION_OF = 0.3, {"floater": 0.05}
# Every knob away from its default, chosen so that it changes the tensors at d=64, H=4, dh=16, L=64
# (e.g. yarn: the ramp becomes [0, 2] instead of [0, 3]; llama3: pair 1 is in the blended band;
# rerope: leaky; self-extend: w - floor(w/G) = 6; tupe: positions 48 on read the last row; clex: L = 70 read at
# t = 1, not 2). targetLength (pose), maxShift (shape) and CAPE's three augmentation bounds only act in training, so
# they cannot change these tensors.
NONDEFAULT_CONFIG = {
    "abf": {"base": 1000000.0},
    "attention-sinks": {"base": 20000.0, "sinks": 2, "recentTokens": 9},
    "bipe": {"base": 20000.0, "tableRows": 16},
    "cape": {"base": 20000.0, "normalize": False, "maxGlobalShift": 100.0, "maxLocalShift": 0.25, "maxGlobalScaling": 1.1},
    "clex": {"maxFactor": 1},
    "cream": {"base": 20000.0, "factor": 2.0, "targetLength": 512, "sigma": 3.0, "relativityEnds": 4},
    "deberta": {"clip": 8},
    "dca": {"base": 20000.0, "chunkSize": 20, "positionCap": 30},
    "lm-infinite": {"base": 20000.0, "localWindow": 16, "globalTokens": 3, "distanceCap": 15},
    "mesa-extrapolation": {"base": 20000.0, "firstChunk": 4, "chunkWidth": 12, "stairWidth": 3},
    "dynamic-ntk": {"base": 20000.0, "factor": 2.0},
    "giraffe": {"base": 20000.0, "power": 1.0, "truncate": 32},
    "fire": {"mlpWidth": 8, "initL": 24.0},
    "floater": {"timeStep": 0.005, "substeps": 3},
    "learned-ape": {"maxPosition": 72},
    "llama3-scaling": {"base": 20000.0, "factor": 16.0, "lowFreqFactor": 2.0, "highFreqFactor": 8.0},
    "longrope": {"base": 20000.0, "factor": 8.0, "rescale": [1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0]},
    "longrope2": {"base": 20000.0, "factor": 8.0, "rescale": [1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0]},
    "ntk-aware": {"base": 20000.0, "factor": 2.5},
    "ntk-by-parts": {"base": 20000.0, "factor": 8.0, "betaFast": 16.0, "betaSlow": 2.0},
    "pi": {"base": 20000.0, "factor": 3.0},
    "pose": {"base": 20000.0, "targetLength": 512},
    "randomized-pe": {"base": 20000.0, "maxPosition": 256, "seed": 7},
    "rerope": {"base": 20000.0, "window": 8, "inverseLeak": 0.25},
    "resonance-rope": {"base": 20000.0, "factor": 8.0, "betaFast": 16.0, "betaSlow": 2.0},
    "rope": {"base": 20000.0},
    "rope-scaling-laws": {"base": 500.0},
    "sandwich": {"dim": 32, "base": 1000.0},
    "shaw": {"clip": 8},
    "self-extend": {"base": 20000.0, "window": 8, "groupSize": 3},
    "shape": {"base": 20000.0, "maxShift": 100},
    "sinusoidal": {"base": 20000.0},
    "t5-bias": {"buckets": 16, "maxDistance": 48},
    "tupe": {"tableRows": 48},
    "xpos": {"base": 20000.0, "gamma": 0.2, "scaleBase": 128.0},
    "yarn": {"base": 20000.0, "factor": 8.0, "betaFast": 16.0, "betaSlow": 2.0},
}


def encode(tensor):
    t = tensor.detach().to(torch.float32).contiguous()
    return {"dims": list(t.shape), "data": base64.b64encode(t.numpy().astype("<f4").tobytes()).decode()}


def fixture(method_id, cfg, config):
    torch.manual_seed(0)
    encoding = pe.load(method_id, cfg, TRAIN_LENGTH, **config)
    perturbation = PERTURBATION_OF.get(method_id, PERTURBATION)
    with torch.no_grad():
        for p in encoding.parameters():
            p.add_(torch.randn_like(p) * perturbation)
    return {
        "id": method_id, "dims": {"d": cfg.d, "heads": cfg.heads, "headDim": cfg.head_dim},
        "trainLength": TRAIN_LENGTH, "config": encoding.config,
        **({"perturbation": perturbation} if perturbation != PERTURBATION else {}),
        "params": {k: encode(v) for k, v in encoding.exported_params().items()},
        "cases": [case(encoding, n) for n in LENGTHS + EXTRA_LENGTHS.get(method_id, [])],
    }


def case(encoding, length):
    tokens = torch.tensor(list(FIXTURE_TEXT[:length])) if encoding.reads_tokens else None
    return {"length": length, "positions": encode(encoding.eval_positions(length)),
            **({"tokens": tokens.tolist()} if tokens is not None else {}),
            "tensors": {k: encode(v) for k, v in encoding.inputs(length, tokens=tokens).items()}}


def main():
    """Every method's fixtures, or only those of the method ids given as arguments."""
    cfg = ModelConfig()
    out_dir = ROOT / "tests" / "fixtures" / "pe"
    (out_dir / "nondefault").mkdir(parents=True, exist_ok=True)
    unknown = set(sys.argv[1:]) - set(pe.all_ids())
    if unknown:
        raise SystemExit(f"no PyTorch twin for {', '.join(sorted(unknown))}")
    for method_id in sys.argv[1:] or pe.all_ids():
        default = fixture(method_id, cfg, FIXTURE_CONFIG.get(method_id, {}))
        (out_dir / f"{method_id}.json").write_text(json.dumps(default) + "\n")
        print(f"{method_id}: {sorted(default['cases'][0]['tensors'])}")
        if default["config"]:
            if method_id not in NONDEFAULT_CONFIG:
                raise SystemExit(f"{method_id} has config knobs but no NONDEFAULT_CONFIG entry")
            other = fixture(method_id, cfg, NONDEFAULT_CONFIG[method_id])
            (out_dir / "nondefault" / f"{method_id}.json").write_text(json.dumps(other) + "\n")
            print(f"{method_id} (non-default): {other['config']}")

if __name__ == "__main__":
    main()
