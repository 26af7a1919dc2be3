"""Trained run -> public/models/<run>.onnx (+ <run>.params.bin) + manifest entry + model fixture.

  /usr/bin/python3 demos/export.py            # every finished run in demos/runs/
  /usr/bin/python3 demos/export.py alibi pi-ft

The graph is the backbone only (opset 17, dynamic length); positional information enters
through its inputs, computed by src/pe/<method>.ts from the learned PE parameters written
beside it (float32, little-endian, concatenated; names/shapes/offsets in the manifest).
The model fixture (tests/fixtures/models/<run>.json) holds PyTorch logits on a short held-out
input so that a test can check onnxruntime against PyTorch.
"""
import base64
import hashlib
import json
import os
import platform
import pathlib
import subprocess
import sys

import onnx
import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import pe  # noqa: E402
from model import INPUT_NAMES, MULTI_BAND_INPUT_NAMES, ByteDecoder, ModelConfig, MultiBandDecoder, identity_inputs  # noqa: E402
from weights import committed_state  # noqa: E402

DEMOS = pathlib.Path(__file__).resolve().parent
ROOT = DEMOS.parent
MODELS = ROOT / "public" / "models"
# Runs also exported as the multi-band graph (same weights) that window and chunk methods need.
MULTI_BAND_RUNS = {"rope"}
FIXTURE_LENGTH = 32
FIXTURE_POSITIONS = [0, 7, 15, 31]


def train_seconds(run):
    """Wall time of the training loop, from the throughput it logged every `log_every` steps."""
    entries = [json.loads(line) for line in (DEMOS / "runs" / run / "log.jsonl").read_text().splitlines()]
    seconds, previous = 0.0, 0
    for e in entries:
        if e["step"] <= previous:      # a resumed run re-logs from its checkpoint
            previous = 0
        seconds += (e["step"] - previous) / e["steps_per_s"]
        previous = e["step"]
    return round(seconds)


def hardware():
    return f"{os.cpu_count()}-core {platform.machine()} CPU, {platform.system()}, PyTorch {torch.__version__}, 1 thread per run"


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def commit():
    try:
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except subprocess.CalledProcessError:
        return "uncommitted"
    return rev


def load_run(run):
    """The run's checkpoint where this machine trained it; else the committed model (its weights read
    back from the ONNX file, its settings from the manifest) — possible only where the PE learned no
    parameters, since params.bin holds derived values, not the module's state."""
    final_path = DEMOS / "runs" / run / "final.pt"
    if final_path.exists():
        final = torch.load(final_path)
        settings, cfg, weights, pe_state = final["settings"], ModelConfig(**final["model_config"]), final["model"], final["pe"]
    else:
        entries = json.loads((MODELS / "manifest.json").read_text())["models"]
        entry = next((m for m in entries if m["id"] == run and m["graph"] == "backbone"), None)
        if entry is None or entry["params"]:
            raise SystemExit(f"{run}: no {final_path.relative_to(ROOT)} and no committed parameter-free model to read back; train it first")
        settings = {"method": entry["method"], "config": json.dumps(entry["config"]), "base_length": entry["pretrainLength"],
                    "length": entry["trainLength"], "steps": entry["steps"], "batch": entry["batch"], "seed": entry["seed"],
                    "init_from": entry["initFrom"] or "", "probe_fraction": entry["probeFraction"], "lr": entry["lr"]}
        cfg, weights, pe_state = ModelConfig(), committed_state(run), {}
    model = ByteDecoder(cfg).eval()
    model.load_state_dict(weights)
    encoding = pe.load(settings["method"], cfg, settings["base_length"], **json.loads(settings["config"]))
    encoding.load_state_dict(pe_state)
    return settings, cfg, model, encoding.eval()


def inputs_for(encoding, cfg, length, multi_band=False):
    """The graph's whole feed: the encoding's inputs, and the identity for those it leaves out
    (the multi-band graph takes only its band inputs, which a window method gives in full)."""
    inputs = {} if multi_band else identity_inputs(cfg, length)
    with torch.no_grad():
        inputs.update(encoding(length))
    return inputs


def export_graph(model, cfg, path):
    L = 16
    multi_band = isinstance(model, MultiBandDecoder)
    names = MULTI_BAND_INPUT_NAMES if multi_band else INPUT_NAMES
    inputs = inputs_for(pe.load("rerope", cfg, L, window=8), cfg, L, multi_band=True) if multi_band else identity_inputs(cfg, L)
    args = (torch.zeros(1, L, dtype=torch.int64), *(inputs[name] for name in names[1:]))
    by_position = {"bq_cos": 1, "bq_sin": 1, "bk_cos": 1, "bk_sin": 1, "bq_coord": 1, "bk_coord": 1,
                   "ape": 0, "rq_cos": 0, "rq_sin": 0, "rk_cos": 0, "rk_sin": 0}
    dynamic = {"tokens": {1: "L"}, "logits": {1: "L"}, "bias": {1: "L", 2: "L"},
               **{name: {axis: "L"} for name, axis in by_position.items()}}
    dynamic = {name: axes for name, axes in dynamic.items() if name in names or name == "logits"}
    torch.onnx.export(model, args, str(path), input_names=names, output_names=["logits"],
                      dynamic_axes=dynamic, opset_version=17)
    onnx.checker.check_model(onnx.load(str(path)))
    return names


def write_params(encoding, path):
    layout, blobs, offset = [], [], 0
    for name, tensor in encoding.exported_params().items():
        data = tensor.detach().to(torch.float32).contiguous().numpy().astype("<f4").tobytes()
        layout.append({"name": name, "dims": list(tensor.shape), "offset": offset})
        blobs.append(data)
        offset += len(data)
    if not layout:
        return None
    path.write_bytes(b"".join(blobs))
    return layout


def model_fixture(model_id, model, encoding, cfg, multi_band=False):
    text = json.loads((ROOT / "public" / "data" / "heldout.json").read_text())["excerpts"][0]["text"]
    tokens = torch.tensor([list(text.encode()[:FIXTURE_LENGTH])])
    with torch.no_grad():
        logits = model(tokens, **inputs_for(encoding, cfg, FIXTURE_LENGTH, multi_band))[0]   # [L, 256]
    picked = logits[FIXTURE_POSITIONS].contiguous().numpy().astype("<f4").tobytes()
    return {"model": model_id, "length": FIXTURE_LENGTH, "positions": FIXTURE_POSITIONS,
            "logits": {"dims": [len(FIXTURE_POSITIONS), 256], "data": base64.b64encode(picked).decode()}}


def export(run, manifest, multi_band=False, models_dir=MODELS, fixture_dir=ROOT / "tests" / "fixtures" / "models"):
    settings, cfg, model, encoding = load_run(run)
    summary = json.loads((DEMOS / "runs" / run / "summary.json").read_text())
    model_id, fixture_pe = run, {"method": settings["method"], "config": json.loads(settings["config"])}
    if multi_band:
        model_id, fixture_pe = f"{run}-multiband", {"method": "rerope", "config": {"window": 8}}
        weights = model.state_dict()
        model = MultiBandDecoder(cfg).eval()
        model.load_state_dict(weights)
        fixture_encoding = pe.load("rerope", cfg, settings["base_length"], window=8)
    onnx_path = models_dir / f"{model_id}.onnx"
    input_names = export_graph(model, cfg, onnx_path)
    params_path = models_dir / f"{model_id}.params.bin"
    layout = write_params(encoding, params_path)
    fixture_dir.mkdir(parents=True, exist_ok=True)
    fixture = model_fixture(model_id, model, fixture_encoding if multi_band else encoding, cfg, multi_band)
    (fixture_dir / f"{model_id}.json").write_text(json.dumps(fixture) + "\n")
    entry = {
        "id": model_id, "method": settings["method"], "config": json.loads(settings["config"]), "fixture": fixture_pe,
        "file": onnx_path.name, "sha256": sha256(onnx_path), "bytes": onnx_path.stat().st_size,
        "params": None if layout is None else {"file": params_path.name, "sha256": sha256(params_path),
                                               "bytes": params_path.stat().st_size, "tensors": layout},
        "parameterCount": sum(p.numel() for p in model.parameters()) + sum(p.numel() for p in encoding.parameters()),
        "modelConfig": {"d": cfg.d, "heads": cfg.heads, "layers": cfg.layers, "headDim": cfg.head_dim, "vocab": 256},
        "trainLength": settings["length"], "pretrainLength": settings["base_length"], "steps": settings["steps"],
        "batch": settings["batch"], "seed": settings["seed"], "initFrom": settings["init_from"] or None,
        "probeFraction": settings["probe_fraction"], "lr": settings["lr"],
        "trainLossBpb": round(summary["train_loss_bpb"], 4),
        "trainSeconds": train_seconds(run), "hardware": hardware(),
        "commit": commit(),
        "graph": "multi-band" if multi_band else "backbone", "inputs": input_names, "outputs": ["logits"],
    }
    manifest["models"] = [m for m in manifest["models"] if m["id"] != model_id] + [entry]
    print(f"{model_id}: {entry['bytes'] / 1024:.0f} KB, trained at L={entry['trainLength']}")


def main():
    MODELS.mkdir(parents=True, exist_ok=True)
    manifest_path = MODELS / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"models": []}
    runs = sys.argv[1:] or sorted(p.name for p in (DEMOS / "runs").iterdir() if (p / "final.pt").exists())
    for run in runs:
        export(run, manifest)
        if run in MULTI_BAND_RUNS:
            export(run, manifest, multi_band=True)
    manifest["models"].sort(key=lambda m: m["id"])
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
