"""Trained runs -> ONNX graphs (+ learned PE parameters) + manifest entries + model fixtures.

  /usr/bin/python3 demos/export.py                # the site's models: run <model>-seed1 -> public/models/<model>.onnx
  /usr/bin/python3 demos/export.py alibi pi-ft    # only these models
  /usr/bin/python3 demos/export.py --seeds        # every seed's run <model>-seed<k> -> demos/exports/<model>-seed<k>.onnx

The site runs seed 1 of every model; the benchmark (scripts/eval.ts) reads every seed from
demos/exports/, which is not committed: a few seconds rebuild it from the committed demos/runs/*/final.pt.

The graph is the backbone (opset 17, dynamic length; model.py lists its inputs and outputs): the
shared one, or the dense-bias one for an encoding whose bias depends on absolute positions (TUPE), or the mlp-bias one
for an encoding whose learned MLP makes the bias in the graph (`bias_mlp`: FIRE), plus the
multi-band one for MULTI_BAND_MODELS, or the relative-content one (its own weights) for an encoding whose
position term multiplies the content (`relative_content`: Shaw, Transformer-XL), or the adaptive-bias one (its own
weights) for an encoding whose bias depends on the logits (`adaptive_bias`: DAPE), or the contextual one (its own
weights, no PE input) for an encoding whose positions are counted from the content (`contextual`: CoPE), or the complex-embedding
one (its own weights) for an embedding of byte and position together (`complex_embedding`: Wang et al.). Positional
information enters through its inputs, computed by src/pe/<method>.ts from the learned PE parameters written beside
it (float32, little-endian, concatenated; names/shapes/offsets in the manifest).
The model fixture (tests/fixtures/models/<run>.json) holds PyTorch logits and attention outputs on a
short held-out input so that a test can check onnxruntime against PyTorch.
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
from optional_outputs import gate_outputs  # noqa: E402
from model import (ADAPTIVE_BIAS_INPUT_NAMES, COMPLEX_EMBEDDING_INPUT_NAMES, CONTEXTUAL_INPUT_NAMES,  # noqa: E402
                   DENSE_BIAS_INPUT_NAMES, INPUT_NAMES, MLP_BIAS_INPUT_NAMES, MULTI_BAND_INPUT_NAMES, OUTPUT_NAMES,
                   RELATIVE_CONTENT_INPUT_NAMES, AdaptiveBiasDecoder, ByteDecoder, ComplexEmbeddingDecoder,
                   ContextualDecoder, DenseBiasDecoder, MlpBiasDecoder, ModelConfig, MultiBandDecoder,
                   RelativeContentDecoder, decoder_for, identity_inputs)

DEMOS = pathlib.Path(__file__).resolve().parent
ROOT = DEMOS.parent
MODELS = ROOT / "public" / "models"
EXPORTS = DEMOS / "exports"
SITE_SEED = 1
LEARNED = json.loads((ROOT / "src" / "demo" / "probe-format.json").read_text())["learnedDigitAccuracy"]
# Models also exported as the multi-band graph (same weights) that window and chunk methods need.
MULTI_BAND_MODELS = {"rope"}
FIXTURE_LENGTH = 32
FIXTURE_POSITIONS = [0, 7, 15, 31]
FIXTURE_PICK = [1, 2]  # the (layer, head) whose attention the model fixture records
GRAPHS = {"backbone": (ByteDecoder, INPUT_NAMES), "dense-bias": (DenseBiasDecoder, DENSE_BIAS_INPUT_NAMES),
          "multi-band": (MultiBandDecoder, MULTI_BAND_INPUT_NAMES),
          "relative-content": (RelativeContentDecoder, RELATIVE_CONTENT_INPUT_NAMES),
          "adaptive-bias": (AdaptiveBiasDecoder, ADAPTIVE_BIAS_INPUT_NAMES),
          "contextual": (ContextualDecoder, CONTEXTUAL_INPUT_NAMES),
          "complex-embedding": (ComplexEmbeddingDecoder, COMPLEX_EMBEDDING_INPUT_NAMES),
          "mlp-bias": (MlpBiasDecoder, MLP_BIAS_INPUT_NAMES)}
# Graphs built by decoder_for from the encoding (its own attention, embedding or bias MLP), fed only its inputs.
OWN_GRAPHS = {"relative-content", "adaptive-bias", "contextual", "complex-embedding", "mlp-bias"}
DYNAMIC_AXES = {"tokens": {1: "L"}, "ape": {0: "L"}, "distance_bias": {1: "L"}, "bias": {1: "L", 2: "L"}, "relative": {0: "L"},
                "positions": {0: "L"}, "distance_feature": {0: "L"}, "query_normaliser": {0: "L"},
                **{name: {0: "L"} for name in ("rq_cos", "rq_sin", "rk_cos", "rk_sin")},
                **{name: {1: "L"} for name in ("bq_cos", "bq_sin", "bk_cos", "bk_sin", "bq_coord", "bk_coord")},
                "logits": {1: "L"}, "attention_entropy": {3: "L"}, "attention_distance": {3: "L"},
                "attention": {1: "L", 2: "L"}}


def train_seconds(entries, checkpoint_every):
    """Wall time of the training loop, from the throughput logged every `log_every` steps. A resumed run logs again from
    its last checkpoint (a multiple of `checkpoint_every`), so its first entry after the resume counts from there."""
    seconds, previous = 0.0, 0
    for e in entries:
        if e["step"] <= previous:
            previous = (e["step"] - 1) // checkpoint_every * checkpoint_every
        seconds += (e["step"] - previous) / e["steps_per_s"]
        previous = e["step"]
    return round(seconds)


def probe_learned_at(entries, threshold=LEARNED):
    """The first logged step whose training-batch probe digit accuracy reached the learned threshold, or None: a run
    that never reached it did not learn the probe (scripts/eval.ts leaves it out of the means, and
    demos/train_all.sh trains the next seed in its place)."""
    return next((e["step"] for e in entries if e.get("probe_digit_accuracy", 0) >= threshold), None)


def run_log(run):
    return [json.loads(line) for line in (DEMOS / "runs" / run / "log.jsonl").read_text().splitlines()]


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
    final_path = DEMOS / "runs" / run / "final.pt"
    if not final_path.exists():
        raise SystemExit(f"{run}: no {final_path.relative_to(ROOT)}; train it first (demos/train_all.sh)")
    final = torch.load(final_path)
    settings, cfg = final["settings"], ModelConfig(**final["model_config"])
    encoding = pe.load(settings["method"], cfg, settings["base_length"], **json.loads(settings["config"]))
    model = decoder_for(cfg, encoding).eval()
    model.load_state_dict(final["model"])
    encoding.load_state_dict(final["pe"])
    return settings, cfg, model, encoding.eval()


def graph_for(encoding):
    """The graph of an encoding with its own (relative-content, adaptive-bias, contextual, complex-embedding, mlp-bias),
    the dense-bias graph for one whose bias is not a function of i - j alone, else the backbone."""
    for kind, graph in (("relative_content", "relative-content"), ("adaptive_bias", "adaptive-bias"),
                        ("contextual", "contextual"), ("complex_embedding", "complex-embedding"), ("bias_mlp", "mlp-bias")):
        if hasattr(encoding, kind):
            return graph
    with torch.no_grad():
        return "dense-bias" if "bias" in encoding.inputs(2, tokens=torch.zeros(2, dtype=torch.int64)) else "backbone"


def inputs_for(encoding, cfg, tokens, graph):
    """The graph's whole feed but the tokens [L] it is for: the encoding's inputs, the identity for those it leaves
    out (the multi-band graph and OWN_GRAPHS take only their own inputs, which their methods give in full), and the pick."""
    length = len(tokens)
    inputs = {} if graph == "multi-band" or graph in OWN_GRAPHS else identity_inputs(cfg, length)
    if graph == "dense-bias":
        inputs["bias"] = torch.zeros(cfg.heads, length, length)
    with torch.no_grad():
        inputs.update(encoding.inputs(length, tokens=tokens))
    inputs["attention_pick"] = torch.tensor(FIXTURE_PICK)
    return {name: inputs[name] for name in GRAPHS[graph][1][1:]}


def export_graph(model, cfg, graph, path, encoding):
    L = 16
    if graph not in OWN_GRAPHS:
        encoding = pe.load("rerope", cfg, L, window=8) if graph == "multi-band" else pe.load("nope", cfg, L)
    names = GRAPHS[graph][1]
    encoding.requires_grad_(False)   # the mlp-bias graph holds the encoding's MLP as constants, which tracing refuses with gradients
    tokens = torch.zeros(L, dtype=torch.int64)
    args = (tokens[None], *inputs_for(encoding, cfg, tokens, graph).values())
    dynamic = {name: axes for name, axes in DYNAMIC_AXES.items() if name in names or name in OUTPUT_NAMES}
    torch.onnx.export(model, args, str(path), input_names=names, output_names=OUTPUT_NAMES,
                      dynamic_axes=dynamic, opset_version=17)
    graph = gate_outputs(onnx.load(str(path)), OUTPUT_NAMES[1:])
    onnx.checker.check_model(graph, full_check=True)
    onnx.save(graph, str(path))
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


def model_fixture(model_id, model, encoding, cfg, graph):
    text = json.loads((ROOT / "public" / "data" / "heldout.json").read_text())["excerpts"][0]["text"]
    tokens = torch.tensor(list(text.encode()[:FIXTURE_LENGTH]))
    with torch.no_grad():
        logits, entropy, distance, attention = model(tokens[None], *inputs_for(encoding, cfg, tokens, graph).values())
    at = FIXTURE_POSITIONS

    def encoded(t):
        t = t.contiguous()
        return {"dims": list(t.shape), "data": base64.b64encode(t.numpy().astype("<f4").tobytes()).decode()}
    return {"model": model_id, "length": FIXTURE_LENGTH, "positions": at, "logits": encoded(logits[0, at]),
            "attention": {"pick": FIXTURE_PICK, "entropy": encoded(entropy[:, 0][..., at]),
                          "distance": encoded(distance[:, 0][..., at]), "rows": encoded(attention[0, at])}}


def export(run, manifest, multi_band=False, models_dir=MODELS, fixture_dir=ROOT / "tests" / "fixtures" / "models", model_id=None):
    """Export `run` as `model_id` (default: the run's name); model ids also name the initFrom model."""
    settings, cfg, model, encoding = load_run(run)
    graph = "multi-band" if multi_band else graph_for(encoding)
    summary = json.loads((DEMOS / "runs" / run / "summary.json").read_text())
    model_id, fixture_pe = model_id or run, {"method": settings["method"], "config": json.loads(settings["config"])}
    fixture_encoding = encoding
    if multi_band:
        model_id, fixture_pe = f"{model_id}-multiband", {"method": "rerope", "config": {"window": 8}}
        fixture_encoding = pe.load("rerope", cfg, settings["base_length"], window=8)
    if graph not in OWN_GRAPHS:   # the same weights in the graph's class
        weights = model.state_dict()
        model = GRAPHS[graph][0](cfg).eval()
        model.load_state_dict(weights)
    onnx_path = models_dir / f"{model_id}.onnx"
    input_names = export_graph(model, cfg, graph, onnx_path, encoding)
    params_path = models_dir / f"{model_id}.params.bin"
    layout = write_params(encoding, params_path)
    fixture_dir.mkdir(parents=True, exist_ok=True)
    fixture = model_fixture(model_id, model, fixture_encoding, cfg, graph)
    (fixture_dir / f"{model_id}.json").write_text(json.dumps(fixture) + "\n")
    entry = {
        "id": model_id, "method": settings["method"], "config": json.loads(settings["config"]), "fixture": fixture_pe,
        "file": onnx_path.name, "sha256": sha256(onnx_path), "bytes": onnx_path.stat().st_size,
        "params": None if layout is None else {"file": params_path.name, "sha256": sha256(params_path),
                                               "bytes": params_path.stat().st_size, "tensors": layout},
        "parameterCount": sum(p.numel() for p in model.parameters()) + sum(p.numel() for p in encoding.parameters()),
        "modelConfig": {"d": cfg.d, "heads": cfg.heads, "layers": cfg.layers, "headDim": cfg.head_dim, "vocab": 256},
        "trainLength": settings["length"], "pretrainLength": settings["base_length"], "steps": settings["steps"],
        "batch": settings["batch"], "seed": settings["seed"], "run": run,
        "initFrom": renamed(settings["init_from"], run, model_id.removesuffix("-multiband")) or None,
        "probeFraction": settings["probe_fraction"], "lr": settings["lr"],
        "trainLossBpb": round(summary["train_loss_bpb"], 4),
        "probeLearnedAtStep": probe_learned_at(run_log(run)),
        "trainSeconds": train_seconds(run_log(run), settings["checkpoint_every"]), "hardware": hardware(),
        "commit": commit(),
        "graph": graph, "inputs": input_names, "outputs": OUTPUT_NAMES,
    }
    manifest["models"] = [m for m in manifest["models"] if m["id"] != model_id] + [entry]
    print(f"{model_id}: {entry['bytes'] / 1024:.0f} KB, trained at L={entry['trainLength']}")


def renamed(init_from, run, model_id):
    """initFrom under the export's naming: the base run's name without the directory it was trained under
    (next/rope-seed1 -> rope-seed1), and for a site export without the run's "-seed<k>" (rope-seed1 -> rope)."""
    init_from = init_from.rpartition("/")[2]
    suffix = run[len(model_id):]   # "" when the model keeps the run's name
    return init_from[:-len(suffix)] if suffix and init_from.endswith(suffix) else init_from


def seed_runs(seed=None):
    """{run: (model, seed)} of every finished run named <model>-seed<k> (k = seed if given)."""
    found = {}
    for path in sorted((DEMOS / "runs").iterdir()):
        model, _, k = path.name.rpartition("-seed")
        if model and k.isdigit() and (path / "final.pt").exists() and (seed is None or int(k) == seed):
            found[path.name] = (model, int(k))
    return found


def export_all(runs, models_dir, fixture_dir, site):
    models_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = models_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"models": []}
    for run, (model, _seed) in runs.items():
        model_id = model if site else run
        export(run, manifest, models_dir=models_dir, fixture_dir=fixture_dir, model_id=model_id)
        if model in MULTI_BAND_MODELS:
            export(run, manifest, multi_band=True, models_dir=models_dir, fixture_dir=fixture_dir, model_id=model_id)
    manifest["models"].sort(key=lambda m: m["id"])
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")


def main():
    args = sys.argv[1:]
    if args == ["--seeds"]:
        export_all(seed_runs(), EXPORTS, EXPORTS / "fixtures", site=False)
        return
    runs = {run: found for run, found in seed_runs(SITE_SEED).items() if not args or found[0] in args}
    unknown = set(args) - {model for model, _ in runs.values()}
    if unknown:
        raise SystemExit(f"no finished run {', '.join(f'{m}-seed{SITE_SEED}' for m in sorted(unknown))}")
    export_all(runs, MODELS, ROOT / "tests" / "fixtures" / "models", site=True)


if __name__ == "__main__":
    main()
