"""Transformer-XL relative attention (Dai et al., ACL 2019, arXiv 1901.02860, Sec. 3.3):
  A_ij = q_i . k_j + q_i . W_{k,R} R_{i-j} + u . k_j + v . W_{k,R} R_{i-j}   (scaled by 1 / sqrt(dh) as in its code)
with R the sinusoid table of Vaswani et al. (no learned parameters), W_{k,R} learned per layer, and u, v
learned per head and shared by all layers (the paper writes them without a layer index; the authors' code
shares one [heads, d_head] pair unless `untie_r`). W_{k,R}, u and v live in the relative-content graph
(model.RelativeAttention); this module feeds `relative`, R_n for the causal distances n = 0..L-1. No
segment-level recurrence: each window is scored from scratch, as every other model here. Exports nothing."""
import torch

from .base import PositionalEncoding, sinusoid_table

ID = "transformer-xl"


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.relative_content = {"features": cfg.d, "per_head": True, "values": False, "global_biases": True}

    def forward(self, length, positions=None):
        return {"relative": sinusoid_table(torch.arange(length, dtype=torch.float32), self.cfg.d)}   # [L, d]
