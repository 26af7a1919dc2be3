"""KERPLE, logarithmic variant (Chi et al., NeurIPS 2022, arXiv 2205.09921):
bias[h, i, j] = -r1_h log(1 + r2_h |i - j|) with learned r1, r2 > 0 per head (kept positive by
clamping, as in the reference code). Fills `distance_bias`; exports `r1`, `r2` [H]."""
import torch
import torch.nn as nn

from .base import PositionalEncoding, distances

ID = "kerple"
EPS = 1e-2


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.raw_r1 = nn.Parameter(torch.full((cfg.heads,), 1.0))
        self.raw_r2 = nn.Parameter(torch.linspace(0.5, 2.0, cfg.heads))

    def positive(self):
        return self.raw_r1.clamp(min=EPS), self.raw_r2.clamp(min=EPS)

    def forward(self, length, positions=None):
        r1, r2 = self.positive()
        return {"distance_bias": -r1[:, None] * torch.log1p(r2[:, None] * distances(length))}   # [H, L]

    def exported_params(self):
        r1, r2 = self.positive()
        return {"r1": r1.detach(), "r2": r2.detach()}
