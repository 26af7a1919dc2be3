"""Train one positional encoding's model: same backbone, data order, seed, steps and training
length for every method; only the PE differs.

  /usr/bin/python3 demos/train.py --method alibi            # train (or resume) demos/runs/alibi/
  /usr/bin/python3 demos/train.py --method pi --init-from rope --length 256 --batch 8 \
        --steps 600 --lr 1e-3 --warmup 50 --run pi-ft --config '{"factor": 4}'   # fine-tune

Data: windows of `length`+1 bytes drawn from demos/data/train.bin by a generator seeded from
(seed, step), so every method sees the same bytes in the same order and a resumed run continues
exactly. A fraction `probe_fraction` of the windows are replaced by pass-key probes
("...{48213}...{48213": the last 5 bytes can only be predicted by copying) so that the models
learn to retrieve; the same windows are probes for every method.
An encoding with `mixed_context_windows` (LongRoPE2) trains on half the batch's rows and, for the other half of
the bytes, on windows of `base_length` drawn from their own stream (`short_windows`).
Checkpoints every `checkpoint_every` steps to demos/runs/<run>/checkpoint.pt; log lines to
demos/runs/<run>/log.jsonl; at the end demos/runs/<run>/final.pt and summary.json.
"""
import argparse
import json
import math
import pathlib
import sys
import time
from dataclasses import asdict, dataclass, replace

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import pe  # noqa: E402
from model import ByteDecoder, ModelConfig, decoder_for, has_own_graph, identity_inputs  # noqa: E402
from weights import committed_state  # noqa: E402

DEMOS = pathlib.Path(__file__).resolve().parent
ROOT = DEMOS.parent
PROBE = json.loads((ROOT / "src" / "demo" / "probe-format.json").read_text())   # shared with src/demo/probe.ts
PROBE_OPEN, PROBE_CLOSE, KEY_DIGITS = ord(PROBE["open"]), ord(PROBE["close"]), PROBE["keyDigits"]


@dataclass
class Settings:
    method: str = "nope"
    run: str = ""               # output folder name; defaults to the method id
    length: int = 64            # training length L (bytes) of this run
    base_length: int = 64       # training length of the base model (YaRN's and dynamic NTK's L)
    batch: int = 32
    steps: int = 6000
    lr: float = 3e-3            # peak; linear warm-up then cosine to lr * min_lr_ratio
    warmup: int = 200
    min_lr_ratio: float = 0.1
    weight_decay: float = 0.1
    grad_clip: float = 1.0
    probe_fraction: float = PROBE["trainingFraction"]
    probe_loss_weight: float = 1.0   # weight of a probe's answer digits in the loss (text bytes weigh 1)
    drill_fraction: float = 0.0      # copy drills: this fraction of the text windows become long-key probes...
    drill_steps: int = 0             # ...during the first drill_steps steps (a probe curriculum)
    drill_max_digits: int = 24       # drill keys have KEY_DIGITS+1..drill_max_digits digits
    seed: int = 1337
    threads: int = 2
    checkpoint_every: int = 500
    log_every: int = 100
    init_from: str = ""         # run whose final weights start this one (fine-tuning)
    config: str = "{}"          # JSON config for the PE module
    data: str = "demos/data/train.bin"   # training bytes (demos/data/prepare.py), relative to the repo root


def step_generator(seed, step, stream):
    return torch.Generator().manual_seed((seed * 1_000_003 + step) * 7 + stream)


def make_batch(data, s, step, stream=0):
    """[B, L+1] int64 windows for this step, some replaced by pass-key probes; and which rows are probes."""
    g = step_generator(s.seed, step, stream)
    starts = torch.randint(0, len(data) - s.length - 1, (s.batch,), generator=g)
    windows = torch.stack([torch.from_numpy(data[i:i + s.length + 1].astype(np.int64)) for i in starts.tolist()])
    is_probe = torch.rand(s.batch, generator=g) < s.probe_fraction
    for row in is_probe.nonzero().flatten().tolist():
        digits = torch.randint(0, 10, (KEY_DIGITS,), generator=g) + ord("0")
        key = torch.cat([torch.tensor([PROBE_OPEN]), digits, torch.tensor([PROBE_CLOSE])])
        query = torch.cat([torch.tensor([PROBE_OPEN]), digits])
        last_key_start = s.length + 1 - len(query) - len(key)
        at = int(torch.randint(0, last_key_start + 1, (1,), generator=g))
        windows[row, at:at + len(key)] = key
        windows[row, -len(query):] = query
    return windows, is_probe


def add_drills(windows, is_probe, s, step):
    """Copy drills (the probe curriculum): during the first `drill_steps` steps, `drill_fraction` of the text
    windows become probes with longer keys, whose whole answer is copied and weighted like a probe's. Drawn
    from their own stream, so the text and probe windows are those of every other recipe. Returns the windows
    and each row's number of answer bytes (KEY_DIGITS for a probe, 0 for text)."""
    answers = is_probe.long() * KEY_DIGITS
    if step >= s.drill_steps or s.drill_fraction <= 0:
        return windows, answers
    g = step_generator(s.seed, step, 3)
    chosen = (torch.rand(len(windows), generator=g) < s.drill_fraction) & ~is_probe
    windows = windows.clone()
    for row in chosen.nonzero().flatten().tolist():
        n = int(torch.randint(KEY_DIGITS + 1, s.drill_max_digits + 1, (1,), generator=g))
        digits = torch.randint(0, 10, (n,), generator=g) + ord("0")
        key = torch.cat([torch.tensor([PROBE_OPEN]), digits, torch.tensor([PROBE_CLOSE])])
        query = torch.cat([torch.tensor([PROBE_OPEN]), digits])
        at = int(torch.randint(0, windows.shape[1] - len(query) - len(key) + 1, (1,), generator=g))
        windows[row, at:at + len(key)] = key
        windows[row, -len(query):] = query
        answers[row] = n
    return windows, answers


def pe_inputs(encoding, cfg, length, positions, tokens):
    """The model's PE inputs for `tokens` [B, L]: the backbone's, with identities for those the encoding leaves out,
    or those of the encoding's own graph (relative-content, adaptive-bias, contextual,
    complex-embedding, mlp-bias), all of which it gives. An encoding that
    reads the tokens (BiPE) gives per-row inputs ([B, L, ...]), which the backbone broadcasts like the others' [L, ...]."""
    inputs = {} if has_own_graph(encoding) else identity_inputs(cfg, length)
    inputs.update(encoding.inputs(length, positions, tokens))
    return inputs


def window_loss(model, encoding, cfg, s, batch, answers, positions):
    """Per-byte cross-entropy [B, L] of a batch of windows, the loss weights, and the logits."""
    length = batch.shape[1] - 1
    tokens = batch[:, :-1]
    logits = model(tokens, **pe_inputs(encoding, cfg, length, positions, tokens))            # [B, L, 256]
    per_byte = F.cross_entropy(logits.reshape(-1, 256), batch[:, 1:].reshape(-1), reduction="none").view(-1, length)
    weights = torch.ones_like(per_byte)
    answer = torch.arange(length).flip(0) < answers[:, None]       # the last `answers` bytes of each row
    weights[answer] = s.probe_loss_weight
    return per_byte, weights, logits


def short_windows(data, s, step):
    """LongRoPE2's mixed context windows: windows of the base length, as many bytes as half the batch, drawn
    from their own stream; the encoding gives them the original RoPE (they are not longer than base_length)."""
    short = replace(s, length=s.base_length, batch=(s.batch - s.batch // 2) * s.length // s.base_length)
    return make_batch(data, short, step, stream=2)


def learning_rate(s, step):
    if step < s.warmup:
        return s.lr * (step + 1) / s.warmup
    progress = (step - s.warmup) / max(1, s.steps - s.warmup)
    return s.lr * (s.min_lr_ratio + (1 - s.min_lr_ratio) * 0.5 * (1 + math.cos(math.pi * progress)))


@torch.no_grad()
def heldout_bpb(model, encoding, cfg, length):
    """Mean bits/byte over every non-overlapping window of `length` bytes in the held-out excerpts."""
    excerpts = json.loads((ROOT / "public" / "data" / "heldout.json").read_text())["excerpts"]
    windows = [e["text"].encode()[i:i + length] for e in excerpts for i in range(0, len(e["text"]) - length + 1, length)]
    tokens = torch.tensor([list(w) for w in windows])
    logits = model(tokens, **pe_inputs(encoding, cfg, length, None, tokens))
    nll = F.cross_entropy(logits[:, :-1].reshape(-1, 256), tokens[:, 1:].reshape(-1))
    return nll.item() / math.log(2)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for field, value in asdict(Settings()).items():
        ap.add_argument(f"--{field.replace('_', '-')}", type=type(value), default=value)
    s = Settings(**vars(ap.parse_args()))
    s.run = s.run or s.method
    torch.set_num_threads(s.threads)
    torch.manual_seed(s.seed)

    cfg = ModelConfig()
    model = ByteDecoder(cfg)   # before the encoding: the committed runs drew their initial weights in this order
    encoding = pe.load(s.method, cfg, s.base_length, **json.loads(s.config))
    if has_own_graph(encoding):
        model = decoder_for(cfg, encoding, backbone=model)
    run_dir = DEMOS / "runs" / s.run
    run_dir.mkdir(parents=True, exist_ok=True)
    if s.init_from:   # the base run's checkpoint where this machine trained it, else the committed model
        final = DEMOS / "runs" / s.init_from / "final.pt"
        if final.exists():
            start = torch.load(final)
            model.load_state_dict(start["model"])
            encoding.load_state_dict(start["pe"], strict=False)
        else:
            model.load_state_dict(committed_state(s.init_from))
    params = list(model.parameters()) + list(encoding.parameters())
    decay = [p for p in params if p.dim() >= 2]
    no_decay = [p for p in params if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": s.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=s.lr, betas=(0.9, 0.95))

    step = 0
    checkpoint = run_dir / "checkpoint.pt"
    if checkpoint.exists():
        state = torch.load(checkpoint)
        model.load_state_dict(state["model"])
        encoding.load_state_dict(state["pe"])
        opt.load_state_dict(state["opt"])
        step = state["step"]
        print(f"resuming {s.run} at step {step}")

    data = np.memmap(ROOT / s.data, dtype=np.uint8, mode="r")
    log = open(run_dir / "log.jsonl", "a")
    tic, losses, probe_hits = time.time(), [], []
    while step < s.steps:
        batch, is_probe = make_batch(data, s, step)                        # [B, L+1], [B]
        batch, answers = add_drills(batch, is_probe, s, step)
        positions = encoding.train_positions(s.batch, s.length, step_generator(s.seed, step, 1))
        parts = [(batch, answers, positions)]
        if getattr(encoding, "mixed_context_windows", False):   # long rows: first half; short windows: the rest
            short, short_probes = short_windows(data, s, step)
            parts = [(batch[:s.batch // 2], answers[:s.batch // 2], positions),
                     (short, short_probes.long() * KEY_DIGITS, None)]
        results = [window_loss(model, encoding, cfg, s, *part) for part in parts]   # (per_byte, weights, logits)
        loss = sum((pb * w).sum() for pb, w, _ in results) / sum(w.sum() for _, w, _ in results)
        for group in opt.param_groups:
            group["lr"] = learning_rate(s, step)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, s.grad_clip)
        opt.step()
        losses.append(torch.cat([pb.flatten() for pb, _, _ in results]).mean().item())
        digits = [(logits[a == KEY_DIGITS, -KEY_DIGITS:].argmax(-1) == b[a == KEY_DIGITS, -KEY_DIGITS:]).flatten()
                  for (_, _, logits), (b, a, _) in zip(results, parts)]
        if any(len(d) for d in digits):  # the key's digits under teacher forcing: did this batch's probes copy?
            probe_hits.append(torch.cat(digits).float().mean().item())
        step += 1
        if step % s.log_every == 0 or step == s.steps:
            rate = len(losses) / (time.time() - tic)
            entry = {"step": step, "loss": sum(losses) / len(losses), "bpb": sum(losses) / len(losses) / math.log(2),
                     "lr": learning_rate(s, step - 1), "steps_per_s": round(rate, 2),
                     "probe_digit_accuracy": round(sum(probe_hits) / max(1, len(probe_hits)), 4)}
            log.write(json.dumps(entry) + "\n")
            log.flush()
            print(json.dumps(entry), flush=True)
            tic, losses, probe_hits = time.time(), [], []
        if step % s.checkpoint_every == 0 or step == s.steps:
            torch.save({"model": model.state_dict(), "pe": encoding.state_dict(), "opt": opt.state_dict(),
                        "step": step}, checkpoint)

    model.eval()
    bpb = heldout_bpb(model, encoding, cfg, s.length)
    torch.save({"model": model.state_dict(), "pe": encoding.state_dict(), "settings": asdict(s),
                "model_config": asdict(cfg)}, run_dir / "final.pt")
    last = [json.loads(line) for line in (run_dir / "log.jsonl").read_text().splitlines()][-1]
    summary = {"run": s.run, "method": s.method, "settings": asdict(s), "model_config": asdict(cfg),
               "train_loss_bpb": last["bpb"], "heldout_bpb_at_train_length": bpb}
    (run_dir / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
    print(f"{s.run}: held-out {bpb:.3f} bits/byte at L={s.length} (unigram baseline ~4.5)")


if __name__ == "__main__":
    main()
