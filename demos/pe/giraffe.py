"""Giraffe (Pal et al. 2023, arXiv 2308.10882; code abacusai/Long-Context, models/interpolate.py):
power scaling of the RoPE basis, theta*_i = theta_i (1 - 2i/d)^k, optionally followed by the
truncated basis (truncate > 0: frequencies below 2 pi / truncate set to a small rho, those below an
eighth of it to 0). Fills the rotary inputs."""
from .base import PositionalEncoding, rope_inv_freq, rotary
from .rope_scaling import power_basis, truncate_basis

ID = "giraffe"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "power": 0.5, "truncate": 0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        inv = power_basis(rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]), power=c["power"])
        return rotary(positions, truncate_basis(inv, truncate_length=c["truncate"]))
