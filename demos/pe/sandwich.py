"""Sandwich (Chi et al., ACL 2023, arXiv 2212.10356): the position-position term of sinusoidal
APE kept as an attention bias, p_i . p_j = sum_k cos((i - j) / 10000^(2k/d')), shifted so that
bias[i, i] = 0 (a constant per row does not change the softmax) and compressed per head like ALiBi:
head n = 1..H divides it by n * 8/H, as NVIDIA NeMo's implementation does. Fills `distance_bias`."""
import torch

from .base import PositionalEncoding, distances

ID = "sandwich"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"dim": 128, "base": 10000.0}

    def forward(self, length, positions=None):
        dim, heads = self.config["dim"], self.cfg.heads
        inv = self.config["base"] ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)   # [d'/2]
        n = distances(length).to(torch.float64)
        bias = torch.cos(n[..., None] * inv).sum(-1) - dim / 2                # [L]
        compression = torch.arange(1, heads + 1, dtype=torch.float64) * 8 / heads   # [H]
        return {"distance_bias": (bias[None] / compression[:, None]).to(torch.float32)}
