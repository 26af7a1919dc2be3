"""FIRE (Li et al., ICLR 2024, arXiv 2310.04418): bias[h, i, j] = f_theta(psi(i - j) / psi(max(L, i)))_h
with psi(x) = log(c x + 1), f_theta an MLP 1 -> 32 -> H (ReLU), learned c and threshold L =
|multiplier x initL|, following the reference module (eps 1e-6 added to the normaliser).
One FIRE module shared by all layers here. The MLP runs inside the mlp-bias graph (model.MlpBiasDecoder, which
holds `bias_mlp` by reference); this module feeds its two O(L) inputs, psi of every causal distance and each
query's normaliser psi(max(L, i)) + eps. Exports the MLP (for figures; the graph holds it too), c and L."""
import torch
import torch.nn as nn

from .base import PositionalEncoding, distances

ID = "fire"
EPS = 1e-6


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        width = self.config["mlpWidth"]
        self.hidden = nn.Linear(1, width)
        self.head = nn.Linear(width, cfg.heads)
        self.c = nn.Parameter(torch.tensor(0.1))
        self.threshold_multiplier = nn.Parameter(torch.tensor(1.0))
        self.bias_mlp = (self.hidden, self.head)

    def defaults(self):
        return {"mlpWidth": 32, "initL": 16.0}

    def threshold(self):
        return (self.threshold_multiplier * self.config["initL"]).abs()

    def psi(self, x):
        return torch.log(torch.abs(self.c * x) + 1)

    def forward(self, length, positions=None):
        query = torch.arange(length, dtype=torch.float32)
        return {"distance_feature": self.psi(distances(length)),                            # [L] by i - j
                "query_normaliser": self.psi(torch.maximum(query, self.threshold())) + EPS}  # [L] by i

    def exported_params(self):
        return {"hidden_weight": self.hidden.weight.detach()[:, 0], "hidden_bias": self.hidden.bias.detach(),
                "head_weight": self.head.weight.detach(), "head_bias": self.head.bias.detach(),
                "c": self.c.detach().reshape(1), "threshold": self.threshold().detach().reshape(1)}
