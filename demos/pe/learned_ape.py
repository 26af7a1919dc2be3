"""Learned absolute position embeddings (a trained table, as in Gehring et al., 2017 and GPT/BERT):
row p is added to the token at position p. The table has `maxPosition` rows; rows past the
training length are never trained and keep their N(0, 0.02) initialisation. Fills `ape`."""
import torch
import torch.nn as nn

from .base import PositionalEncoding

ID = "learned-ape"


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.table = nn.Parameter(torch.randn(self.config["maxPosition"], cfg.d) * 0.02)

    def defaults(self):
        return {"maxPosition": 2048}

    def forward(self, length, positions=None):
        if length > self.config["maxPosition"]:
            raise ValueError(f"learned-ape has {self.config['maxPosition']} rows, asked for {length}")
        return {"ape": self.table[:length]}

    def exported_params(self):
        return {"table": self.table.detach()}
