"""CAPE (Likhomanenko et al., NeurIPS 2021, arXiv 2106.03143): the sinusoidal table at continuous
positions that are augmented in training only, as the reference CAPE1d module does. Positions 0..L-1
are mean-centred (`normalize`, in training and at inference), then each training sequence gets
  x_i' = (x_i + delta + eps_i) * lambda,   delta ~ U[-maxGlobalShift, maxGlobalShift] per sequence,
  eps_i ~ U[-maxLocalShift, maxLocalShift] per position,  log lambda ~ U[-log maxGlobalScaling, +log maxGlobalScaling].
Inference uses the centred positions unaugmented. Fills `ape`."""
import math

import torch

from .base import PositionalEncoding, sinusoid_table

ID = "cape"


class Encoding(PositionalEncoding):
    def defaults(self):
        # maxGlobalShift 992: shifted, centred 64-byte windows cover the ±1023.5 a 2,048-byte window has at inference
        return {"base": 10000.0, "normalize": True, "maxGlobalShift": 992.0, "maxLocalShift": 0.5, "maxGlobalScaling": 1.03}

    def eval_positions(self, length):
        positions = torch.arange(length, dtype=torch.float64)
        return (positions - positions.mean() if self.config["normalize"] else positions).float()

    def train_positions(self, batch, length, generator):
        def uniform(shape, bound):
            return (torch.rand(shape, generator=generator, dtype=torch.float64) * 2 - 1) * bound
        shift = uniform((batch, 1), self.config["maxGlobalShift"])
        jitter = uniform((batch, length), self.config["maxLocalShift"])
        scale = torch.exp(uniform((batch, 1), math.log(self.config["maxGlobalScaling"])))
        return ((self.eval_positions(length) + shift + jitter) * scale).float()    # [B, L]

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return {"ape": sinusoid_table(positions, self.cfg.d, self.config["base"])}
