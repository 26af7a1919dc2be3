"""LongRoPE-style per-dimension scaling (Ding et al., 2024, arXiv 2402.13753; HF `longrope`):
theta'_m = theta_m / lambda_m with one rescale factor per rotary pair and attention factor
sqrt(1 + ln s / ln L). LongRoPE searches the factors; without a search, Longitude's default profile
is geometric from 1 (fastest pair) to s (slowest). Fills the rotary inputs."""
from .base import PositionalEncoding, rotary
from .rope_scaling import geometric_rescale, longrope

ID = "longrope"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 4.0, "rescale": None}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        rescale = c["rescale"] or geometric_rescale(head_dim=self.cfg.head_dim, factor=c["factor"])
        inv, attention = longrope(head_dim=self.cfg.head_dim, base=c["base"], factor=c["factor"],
                                  train_length=self.train_length, rescale=rescale)
        return rotary(positions, inv, attention)
