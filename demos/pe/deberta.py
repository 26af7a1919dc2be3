"""DeBERTa's disentangled attention (He et al., ICLR 2021, arXiv 2006.03654, Sec. 3.1), the paper's version:
  A_ij = Q^c_i K^c_j^T + Q^c_i K^r_{d(i,j)}^T + K^c_j Q^r_{d(j,i)}^T,   H_o = softmax(A / sqrt(3 dh)) V^c,
  K^r = P W_{k,r},  Q^r = P W_{q,r},  d(i,j) = clamp(i - j + k, 0, 2k - 1),
with P [2k, d] the relative embeddings shared by all layers and W_{k,r}, W_{q,r} learned per layer and split by head
(dh: the head width, as the authors' code scales). The clipped d of the paper, not the log buckets of the
DeBERTa-v2/v3 code. A causal model only has j <= i, n = i - j >= 0: the content-to-position term reads row
d(i,j) = min(n, k - 1) + k and the position-to-content term row d(j,i) = max(k - n, 0), so the two ends of the table
(rows k..2k-1 and 0..k) are both trained. This module owns P (exported as `table`) and feeds `relative` [L, 2d]: per
distance n, P[d(i,j)] then P[d(j,i)]; the relative-content graph (model.RelativeAttention) projects them per layer
and moves each term from distance to pair with copies. k = `clip` = 16 < L = 64, as Shaw's."""
import torch
import torch.nn as nn

from .base import PositionalEncoding

ID = "deberta"


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.table = nn.Parameter(torch.randn(2 * self.config["clip"], cfg.d) * 0.02)   # P
        self.relative_content = {"features": cfg.d, "per_head": True, "values": False, "global_biases": False,
                                 "position_to_content": True, "scaled_terms": 3}

    def defaults(self):
        return {"clip": 16}

    def forward(self, length, positions=None):
        k, n = self.config["clip"], torch.arange(length)
        key_rows, query_rows = (n + k).clamp(max=2 * k - 1), (k - n).clamp(min=0)   # d(i, j), d(j, i)
        return {"relative": torch.cat([self.table[key_rows], self.table[query_rows]], dim=-1)}   # [L, 2d]

    def exported_params(self):
        return {"table": self.table.detach()}
