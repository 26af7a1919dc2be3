"""Randomized positional encodings (Ruoss et al., 2023, arXiv 2305.16843), sinusoidal flavour:
positions are a random ordered subset of [0, N) with N >= the longest test length, in training
and (as in the reference implementation's noisy encodings) at inference, where Longitude draws
the subset from a fixed seed so numbers are reproducible. Fills `ape`."""
import torch

from .base import PositionalEncoding, sinusoid_table
from .prng import ordered_subset

ID = "randomized-pe"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "maxPosition": 2048, "seed": 1234}

    def train_positions(self, batch, length, generator):
        pool = self.config["maxPosition"]
        scores = torch.rand(batch, pool, generator=generator)
        picked = scores.topk(length, dim=-1).indices                       # [B, L] distinct
        return picked.sort(dim=-1).values.float()

    def eval_positions(self, length):
        picked = ordered_subset(length, self.config["maxPosition"], self.config["seed"])
        return torch.tensor(picked, dtype=torch.float32)

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return {"ape": sinusoid_table(positions, self.cfg.d, self.config["base"])}
