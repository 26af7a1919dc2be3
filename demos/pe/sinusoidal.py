"""Sinusoidal APE (Vaswani et al., 2017, arXiv 1706.03762, Sec. 3.5): fills `ape`."""
from .base import PositionalEncoding, sinusoid_table

ID = "sinusoidal"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return {"ape": sinusoid_table(positions, self.cfg.d, self.config["base"])}
