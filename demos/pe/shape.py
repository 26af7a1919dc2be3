"""SHAPE (Kiyono et al., 2021, arXiv 2109.05644): sinusoidal APE whose positions are shifted by
a random offset k ~ U{0..K} per training sequence; no shift at inference. Fills `ape`."""
import torch

from .base import PositionalEncoding, sinusoid_table

ID = "shape"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "maxShift": 1984}

    def train_positions(self, batch, length, generator):
        shift = torch.randint(0, self.config["maxShift"] + 1, (batch, 1), generator=generator)
        return (torch.arange(length)[None, :] + shift).float()            # [B, L]

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return {"ape": sinusoid_table(positions, self.cfg.d, self.config["base"])}
