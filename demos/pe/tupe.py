"""TUPE-A (Ke et al., ICLR 2021, arXiv 2006.15595): the untied positional correlation
  bias[h, i, j] = (p_i U^Q_h) . (p_j U^K_h) / sqrt(2 dh)
of learned absolute position embeddings p with their own query/key projections, computed once and added to
every layer's logits; nothing is added to the input. As in the authors' code (guolinke/TUPE,
fairseq/modules/transformer_sentence_encoder.py): the table rows pass through a LayerNorm before the biased
linear projections, split by head, and the parameters start from BERT's N(0, 0.02) with zero biases.
The table has `tableRows` rows; a position past it reads the last row (positions clamped).
Fills `bias`; exports the table, the LayerNorm and the two projections."""
import math

import torch
import torch.nn as nn

from .base import PositionalEncoding

ID = "tupe"


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.table = nn.Parameter(torch.randn(self.config["tableRows"], cfg.d) * 0.02)
        self.norm = nn.LayerNorm(cfg.d)
        self.query = nn.Linear(cfg.d, cfg.d)
        self.key = nn.Linear(cfg.d, cfg.d)
        for projection in (self.query, self.key):
            nn.init.normal_(projection.weight, std=0.02)
            nn.init.zeros_(projection.bias)

    def defaults(self):
        return {"tableRows": 64}

    def forward(self, length, positions=None):
        rows = min(length, self.config["tableRows"])
        embedded = self.norm(self.table[:rows])                                   # [N, d]
        H, dh = self.cfg.heads, self.cfg.head_dim
        q = self.query(embedded).view(rows, H, dh).transpose(0, 1) / math.sqrt(2 * dh)   # [H, N, dh]
        k = self.key(embedded).view(rows, H, dh).transpose(0, 1)
        row_bias = q @ k.transpose(1, 2)                                          # [H, N, N]
        row = torch.arange(length).clamp(max=rows - 1)
        return {"bias": row_bias[:, row][:, :, row]}                              # [H, L, L]

    def exported_params(self):
        return {"table": self.table.detach(), "norm_weight": self.norm.weight.detach(), "norm_bias": self.norm.bias.detach(),
                "query_weight": self.query.weight.detach(), "query_bias": self.query.bias.detach(),
                "key_weight": self.key.weight.detach(), "key_bias": self.key.bias.detach()}
