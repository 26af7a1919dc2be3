"""RoPE (Su et al., RoFormer, arXiv 2104.09864): rotate query/key channel pairs by p * theta_m,
theta_m = base^(-2m/d). Fills the rotary inputs; q and k get the same rotation."""
from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "rope"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return rotary(positions, rope_inv_freq(head_dim=self.cfg.head_dim, base=self.config["base"]))
