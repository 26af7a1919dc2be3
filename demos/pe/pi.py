"""Position Interpolation (Chen et al., 2023, arXiv 2306.15595): f'(x, m) = f(x, m L / L'),
i.e. theta'_m = theta_m / s with s = L'/L. Fills the rotary inputs."""
from .base import PositionalEncoding, rotary
from .rope_scaling import linear

ID = "pi"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 4.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        inv, attention = linear(head_dim=self.cfg.head_dim, base=self.config["base"], factor=self.config["factor"])
        return rotary(positions, inv, attention)
