"""Per-dimension RoPE rescale factors for the site's RoPE model, searched the LongRoPE way, at toy budget.

  /usr/bin/python3 demos/search_rescale.py          # both searches -> demos/search/<objective>-rope-seed1.json
  /usr/bin/python3 demos/search_rescale.py --prefix next/   # on demos/runs/next/rope-seed1 (train_all.sh's PREFIX)

The evolutionary search follows LongRoPE's reference code (microsoft/LongRoPE, evolution/algorithms/dim_mono.py):
the initial population is the YaRN-ramp factors and mutations of them; each generation keeps the best parents,
mutates (each pair with probability 0.3, to a value on a 0.01 grid between its neighbours, so the factors stay
monotone non-decreasing, within [1, 1 + s]) and crosses parents (each pair taken from the second parent with
probability 0.3 * 0.5). Two objectives, both at the target length s * L = 256 bytes:
  longrope  -- LongRoPE (Ding et al. 2024): bits/byte on every byte of training-distribution windows;
  longrope2 -- LongRoPE2 (Shang et al. 2025): "needle-driven" -- bits/byte on the answer digits of pass-key probe
               documents only (demos/train.py's probes), with the factors of the pairs past the critical dimension
               held at >= s.
Samples come from demos/data/train.bin through demos/train.py's seeded batches, so the run is deterministic.
"""
import argparse
import json
import math
import pathlib
import sys
from dataclasses import replace

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from model import ByteDecoder, ModelConfig, identity_inputs  # noqa: E402
from pe.base import rope_inv_freq, rotary  # noqa: E402
from pe.rope_scaling import geometric_rescale, longrope, yarn  # noqa: E402
from train import KEY_DIGITS, Settings, make_batch  # noqa: E402

DEMOS = pathlib.Path(__file__).resolve().parent
ROOT = DEMOS.parent
SETTINGS = {"run": "rope-seed1", "seed": 1, "factor": 4.0, "base": 10000.0, "population": 16, "parents": 8,
            "mutations": 8, "crossovers": 8, "generations": 10, "step": 0.01, "max_crossover_try": 20,
            "samples": {"longrope": 32, "longrope2": 128}}


def critical_pair(*, head_dim, base, train_length):
    """First rotary pair whose period 2 pi / theta_m exceeds the training length: it never saw a full turn.
    Liu et al. (2023)'s critical dimension d_extra = 2 ceil((d/2) log_base(L / 2 pi)), in pairs."""
    return math.ceil(head_dim / 2 * math.log(train_length / (2 * math.pi)) / math.log(base))


def yarn_factors(*, head_dim, base, factor, train_length):
    """LongRoPE's initial individual (search.py): YaRN's ramp r_m (0 keep .. 1 interpolate) applied to the factors,
    lambda_m = s r_m + (1 - r_m). The ramp is read back from YaRN's inverse frequencies, theta_m (r_m / s + 1 - r_m)."""
    inv, _ = yarn(head_dim=head_dim, base=base, factor=factor, train_length=train_length)
    ramp = (1 - inv / rope_inv_freq(head_dim=head_dim, base=base)) / (1 - 1 / factor)
    return (factor * ramp + 1 - ramp).numpy()


class Search:
    def __init__(self, objective, s=SETTINGS, prefix=""):
        self.objective, self.s = objective, s
        final = torch.load(DEMOS / "runs" / f"{prefix}{s['run']}" / "final.pt")
        self.cfg = ModelConfig(**final["model_config"])
        self.model = ByteDecoder(self.cfg).eval()
        self.model.load_state_dict(final["model"])
        self.train_length = final["settings"]["length"]
        self.length = int(s["factor"] * self.train_length)
        self.rng = np.random.RandomState(s["seed"])
        self.half = self.cfg.head_dim // 2
        self.floor = np.ones(self.half)   # lower bound of each factor
        if objective == "longrope2":
            self.critical = critical_pair(head_dim=self.cfg.head_dim, base=s["base"], train_length=self.train_length)
            self.floor[self.critical:] = s["factor"]
        data = np.memmap(ROOT / "demos" / "data" / "train.bin", dtype=np.uint8, mode="r")
        probes = 1.0 if objective == "longrope2" else 0.0
        batch = replace(Settings(), length=self.length, batch=s["samples"][objective], seed=s["seed"], probe_fraction=probes)
        windows, _ = make_batch(data, batch, 0)
        self.tokens, self.targets = windows[:, :-1], windows[:, 1:]
        self.history = {}

    def score(self, factors):
        """bits/byte of the objective's bytes with these factors (memoised on the 0.01 grid)."""
        key = tuple(np.round(factors, 6))
        if key not in self.history:
            inv, attention = longrope(head_dim=self.cfg.head_dim, base=self.s["base"], factor=self.s["factor"],
                                      train_length=self.train_length, rescale=list(key))
            inputs = {**identity_inputs(self.cfg, self.length), **rotary(torch.arange(self.length), inv, attention)}
            with torch.no_grad():
                logits = self.model(self.tokens, **inputs)
            if self.objective == "longrope2":   # the needle's answer: the key's digits after the query
                logits, targets = logits[:, -KEY_DIGITS:], self.targets[:, -KEY_DIGITS:]
            else:
                targets = self.targets
            self.history[key] = F.cross_entropy(logits.reshape(-1, 256), targets.reshape(-1)).item() / math.log(2)
        return self.history[key]

    def grid(self, low, high):
        return np.round(np.arange(low, high + 1e-9, self.s["step"]), 2)

    def mutate(self, factors):
        top = 1.0 + self.s["factor"]
        for _ in range(1000):
            new = factors.copy()
            for m in range(self.half):
                if self.rng.rand() < 0.3:
                    low = max(self.floor[m], new[m - 1] if m > 0 else 1.0)
                    high = new[m + 1] if m < self.half - 1 else top
                    choices = self.grid(low, high)
                    if len(choices):
                        new[m] = choices[self.rng.randint(len(choices))]
            if tuple(np.round(new, 6)) not in self.history:
                return new
        return new

    def crossover(self, a, b):
        if np.allclose(a, b):
            return None
        new = a.copy()
        for _ in range(self.s["max_crossover_try"]):
            for m in range(self.half):
                if self.rng.rand() < 0.3:
                    new = new.copy()
                    if self.rng.rand() < 0.5:
                        new[m] = b[m]
                    if tuple(np.round(new, 6)) in self.history or np.any(np.diff(new) < 0):
                        continue
                    return new
        return None

    def run(self):
        s = self.s
        init = np.maximum(np.round(yarn_factors(head_dim=self.cfg.head_dim, base=s["base"], factor=s["factor"],
                                                train_length=self.train_length), 2), self.floor)
        population = [init] + [self.mutate(init) for _ in range(s["population"] - 1)]
        for f in population:
            self.score(f)
        best_per_generation = []
        for _ in range(s["generations"]):
            parents = sorted(population, key=self.score)[:s["parents"]]
            best_per_generation.append(self.score(parents[0]))
            population = list(parents)
            for _ in range(s["mutations"]):
                child = self.mutate(parents[self.rng.randint(len(parents))])
                self.score(child)
                population.append(child)
            for _ in range(s["crossovers"]):
                i, j = sorted(self.rng.choice(len(parents), 2, replace=False))
                child = self.crossover(parents[i], parents[j])
                child = self.mutate(parents[i]) if child is None else child
                self.score(child)
                population.append(child)
        best = sorted(population, key=self.score)[0]
        geometric = geometric_rescale(head_dim=self.cfg.head_dim, factor=s["factor"])
        return {
            "objective": self.objective, "model": s["run"], "trainLength": self.train_length, "length": self.length,
            "settings": {k: v for k, v in s.items() if k != "samples"}, "samples": s["samples"][self.objective],
            **({"criticalPair": self.critical} if self.objective == "longrope2" else {}),
            "rescale": [round(float(x), 2) for x in best],
            "bitsPerByte": {"searched": round(self.score(best), 5), "initial": round(self.score(init), 5),
                            "geometric": round(self.score(np.array(geometric)), 5)},
            "bestPerGeneration": [round(x, 5) for x in best_per_generation],
            "evaluated": len(self.history),
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("objectives", nargs="*", default=["longrope", "longrope2"])
    ap.add_argument("--prefix", default="", help="the RoPE run is demos/runs/<prefix>rope-seed1")
    args = ap.parse_args()
    torch.set_num_threads(1)
    out = DEMOS / "search"
    out.mkdir(exist_ok=True)
    for objective in args.objectives:
        result = Search(objective, prefix=args.prefix).run()
        (out / f"{objective}-{SETTINGS['run']}.json").write_text(json.dumps(result, indent=1) + "\n")
        print(json.dumps({k: result[k] for k in ("objective", "rescale", "bitsPerByte", "evaluated")}), flush=True)


if __name__ == "__main__":
    main()
