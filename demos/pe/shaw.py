"""Shaw et al. (NAACL 2018, arXiv 1803.02155): relation-aware self-attention with clipped relative positions,
  e_ij = x_i W^Q (x_j W^K + a^K_ij)^T / sqrt(d_z),  z_i = sum_j alpha_ij (x_j W^V + a^V_ij),
  a_ij = w_clip(j - i, k), learned per layer for keys and values, shared across heads.
A causal model only has j <= i, so it learns w_-k .. w_0: k + 1 vectors each. The vectors live in the
relative-content graph (model.RelativeAttention); this module feeds `relative`, the one-hot of min(i - j, k)
per distance, which each layer's tables map to its vectors. k = `clip` = 16 < L = 64, so the shared vector
of distances >= k is trained and no unseen vector appears past the training length. Exports nothing."""
import torch
import torch.nn.functional as F

from .base import PositionalEncoding

ID = "shaw"


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.relative_content = {"features": self.config["clip"] + 1, "per_head": False, "values": True,
                                 "global_biases": False}

    def defaults(self):
        return {"clip": 16}

    def forward(self, length, positions=None):
        clip = self.config["clip"]
        return {"relative": F.one_hot(torch.arange(length).clamp(max=clip), clip + 1).float()}   # [L, k + 1]
