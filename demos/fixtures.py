"""Golden PE tensors for the TypeScript parity tests: tests/fixtures/pe/<id>.json.

For every method in demos/pe: its tensors at a few lengths (including one past the training
length of 64), computed by the PyTorch twin with default config. Learned methods get seeded,
perturbed parameters, written into the fixture in the same layout export.py writes beside a model,
so the TS side computes from exactly those. Tensors are base64 little-endian float32.
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


def encode(tensor):
    t = tensor.detach().to(torch.float32).contiguous()
    return {"dims": list(t.shape), "data": base64.b64encode(t.numpy().astype("<f4").tobytes()).decode()}


def main():
    cfg = ModelConfig()
    out_dir = ROOT / "tests" / "fixtures" / "pe"
    out_dir.mkdir(parents=True, exist_ok=True)
    for method_id in pe.all_ids():
        torch.manual_seed(0)
        encoding = pe.load(method_id, cfg, TRAIN_LENGTH, **FIXTURE_CONFIG.get(method_id, {}))
        with torch.no_grad():
            for p in encoding.parameters():
                p.add_(torch.randn_like(p) * 0.3)
        fixture = {
            "id": method_id, "dims": {"d": cfg.d, "heads": cfg.heads, "headDim": cfg.head_dim},
            "trainLength": TRAIN_LENGTH, "config": encoding.config,
            "params": {k: encode(v) for k, v in encoding.exported_params().items()},
            "cases": [{"length": n, "positions": encode(encoding.eval_positions(n)),
                       "tensors": {k: encode(v) for k, v in encoding(n).items()}} for n in LENGTHS],
        }
        (out_dir / f"{method_id}.json").write_text(json.dumps(fixture) + "\n")
        print(f"{method_id}: {sorted(fixture['cases'][0]['tensors'])}")


if __name__ == "__main__":
    main()
