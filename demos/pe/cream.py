"""CREAM (Wu et al., NeurIPS 2024, arXiv 2406.07138) on RoPE, as in the authors' code
(github.com/bigai-nlco/CREAM, src/train.py, `CREAM`). A training window of L tokens keeps a head and a
tail of h tokens each and a middle of m = L - 2h; with s = L'/L (L' = targetLength):
  h = floor(L/3) ("continuity") or a small h ("relativity", relativityEnds), each with probability 1/2;
  head at 0..h-1, tail at L'-h..L'-1;
  alpha = floor(clip(X, 2, 2s)), X ~ N(1 + s, sigma^2) (a Gaussian clipped, not renormalised, to [2, 2s]);
  the middle ends at e ~ U{h + floor((m-1) alpha/2) .. floor(alpha L/2) - h - 1} and is contiguous.
Positions are linearly interpolated by `factor` (the reference trains and evaluates with HF linear
scaling, factor = L'/L; factor 1 is plain RoPE). At inference: positions 0..L-1, i.e. PI."""
import torch

from .base import PositionalEncoding, rotary
from .rope_scaling import linear

ID = "cream"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 4.0, "targetLength": 256, "sigma": 1.5, "relativityEnds": 2}

    def train_positions(self, batch, length, generator):
        target = self.config["targetLength"]
        if target < length:
            raise ValueError(f"cream: targetLength {target} is shorter than the training window {length}")
        s = target / length
        continuity = torch.rand(batch, 1, generator=generator) < 0.5
        ends = torch.where(continuity, torch.tensor(length // 3),
                           torch.tensor(min(self.config["relativityEnds"], (length - 1) // 2)))  # h, [B, 1]
        middle = length - 2 * ends                                                               # m
        x = 1 + s + self.config["sigma"] * torch.randn(batch, 1, generator=generator, dtype=torch.float64)
        alpha = x.clamp(2.0, 2 * s).floor()                                                      # {2 .. 2s}
        low = ends + ((middle - 1) * alpha / 2).floor()
        high = (alpha * length / 2).floor() - ends - 1
        end = low + (torch.rand(batch, 1, generator=generator, dtype=torch.float64) * (high - low + 1)).floor()
        i = torch.arange(length)[None, :]
        pos = torch.where(i < ends, i, torch.where(i < length - ends, end - (middle - 1) + (i - ends), target - length + i))
        return pos.float()                                                                       # [B, L]

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        inv, attention = linear(head_dim=self.cfg.head_dim, base=self.config["base"], factor=self.config["factor"])
        return rotary(positions, inv, attention)
