"""Scaling laws of RoPE-based extrapolation (Liu et al. 2023, arXiv 2310.05209): RoPE whose base is
changed (smaller, e.g. 500, or larger, e.g. 1e6) and fine-tuned at the ORIGINAL training length.
The encoding is plain RoPE at that base; the default is the pre-training base. Fills the rotary inputs."""
from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "rope-scaling-laws"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return rotary(positions, rope_inv_freq(head_dim=self.cfg.head_dim, base=self.config["base"]))
