"""YaRN (Peng et al., ICLR 2024, arXiv 2309.00071): NTK-by-parts frequencies and attention
temperature sqrt(1/t) = 0.1 ln s + 1 folded into both q and k rotations. Fills the rotary inputs."""
from .base import PositionalEncoding, rotary
from .rope_scaling import yarn

ID = "yarn"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 4.0, "betaFast": 32.0, "betaSlow": 1.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        inv, attention = yarn(head_dim=self.cfg.head_dim, base=c["base"], factor=c["factor"],
                              train_length=self.train_length, beta_fast=c["betaFast"],
                              beta_slow=c["betaSlow"])
        return rotary(positions, inv, attention)
