"""FIRE (Li et al., ICLR 2024, arXiv 2310.04418): bias[h, i, j] = f_theta(psi(i - j) / psi(max(L, i)))_h
with psi(x) = log(c x + 1), f_theta an MLP 1 -> 32 -> H (ReLU), learned c and threshold L =
|multiplier x initL|, following the reference module (eps 1e-6 added to the normaliser).
One FIRE module shared by all layers here. Fills `bias`; exports the MLP, c and L."""
import torch
import torch.nn as nn

from .base import PositionalEncoding, causal_distance

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

    def defaults(self):
        return {"mlpWidth": 32, "initL": 16.0}

    def threshold(self):
        return (self.threshold_multiplier * self.config["initL"]).abs()

    def forward(self, length, positions=None):
        n = causal_distance(length).float()                                  # [L, L]
        query = torch.arange(length, dtype=torch.float32)
        normaliser = torch.maximum(query, self.threshold())[:, None]        # [L, 1]
        x = torch.log(torch.abs(self.c * n) + 1) / (torch.log(torch.abs(self.c * normaliser) + 1) + EPS)
        bias = self.head(torch.relu(self.hidden(x[..., None])))               # [L, L, H]
        return {"bias": bias.permute(2, 0, 1)}                                # [H, L, L]

    def exported_params(self):
        return {"hidden_weight": self.hidden.weight.detach()[:, 0], "hidden_bias": self.hidden.bias.detach(),
                "head_weight": self.head.weight.detach(), "head_bias": self.head.bias.detach(),
                "c": self.c.detach().reshape(1), "threshold": self.threshold().detach().reshape(1)}
