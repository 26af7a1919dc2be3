"""Resonance RoPE (Wang et al. 2024, arXiv 2403.00071, Eq. 3 / Alg. 1; code sheryc/resonance_rope):
every wavelength rounded to an integer, theta~ = 2 pi / round(2 pi / theta). factor > 1 gives
Resonance YaRN: YaRN's frequencies rounded the same way, with YaRN's attention factor. Fills the
rotary inputs."""
from . import yarn
from .base import rotary
from .rope_scaling import resonance
from .rope_scaling import yarn as yarn_frequencies

ID = "resonance-rope"


class Encoding(yarn.Encoding):
    def defaults(self):
        return {**super().defaults(), "factor": 1.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        # factor 1: YaRN's frequencies are theta_m exactly and its attention factor is 1
        inv, attention = yarn_frequencies(head_dim=self.cfg.head_dim, base=c["base"], factor=c["factor"],
                                          train_length=self.train_length, beta_fast=c["betaFast"],
                                          beta_slow=c["betaSlow"])
        return rotary(positions, resonance(inv), attention)
