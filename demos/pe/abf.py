"""RoPE ABF, adjusted base frequency (Xiong et al. 2023, arXiv 2309.16039, Sec. 4.1): RoPE with
the base raised from 10,000 to 500,000, theta'_i = b'^(-2i/d), then continual training on longer
sequences. Fills the rotary inputs."""
from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "abf"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 500000.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return rotary(positions, rope_inv_freq(head_dim=self.cfg.head_dim, base=self.config["base"]))
