"""ALiBi (Press et al., ICLR 2022, arXiv 2108.12409): bias[h, i, j] = -m_h (i - j), j <= i, with
head slopes m_h from `alibi_slopes` (1/4, 1/16, 1/64, 1/256 for 4 heads). Fills `distance_bias`."""
import torch

from .base import PositionalEncoding, alibi_slopes, distances

ID = "alibi"


class Encoding(PositionalEncoding):
    def forward(self, length, positions=None):
        slopes = torch.tensor(alibi_slopes(self.cfg.heads), dtype=torch.float32)
        return {"distance_bias": -slopes[:, None] * distances(length)}   # [H, L]
