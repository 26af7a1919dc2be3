"""NTK-by-parts (bloc97 2023; Peng et al., YaRN, arXiv 2309.00071, Sec. 3.2, Eqs. 17-20): YaRN's
per-pair ramp between theta_m (pairs turning > betaFast times within L) and theta_m / s (fewer than
betaSlow turns), with NO attention temperature. Fills the rotary inputs."""
from . import yarn
from .base import rotary
from .rope_scaling import ntk_by_parts

ID = "ntk-by-parts"


class Encoding(yarn.Encoding):
    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        inv, attention = ntk_by_parts(head_dim=self.cfg.head_dim, base=c["base"], factor=c["factor"],
                                      train_length=self.train_length, beta_fast=c["betaFast"],
                                      beta_slow=c["betaSlow"])
        return rotary(positions, inv, attention)
