"""LongRoPE per-dimension scaling (Ding et al., 2024, arXiv 2402.13753; HF `longrope`):
theta'_m = theta_m / lambda_m with one rescale factor per rotary pair and attention factor
sqrt(1 + ln s / ln L). The default factors are LongRoPE's evolutionary search on the RoPE model at s = 4
(demos/search_rescale.py, demos/search/longrope-rope-seed1.json), for inputs longer than the training length;
shorter ones take the short factors, 1 (none searched), as in HF `longrope`. Fills the rotary inputs."""
import json
import pathlib

from .base import PositionalEncoding, rope_inv_freq, rotary
from .rope_scaling import longrope

ID = "longrope"
SEARCHED = json.loads((pathlib.Path(__file__).resolve().parents[1] / "search" / "longrope-rope-seed1.json").read_text())


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 4.0, "rescale": None}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        inv, attention = longrope(head_dim=self.cfg.head_dim, base=c["base"], factor=c["factor"],
                                  train_length=self.train_length, rescale=c["rescale"] or SEARCHED["rescale"])
        if length <= self.train_length:
            inv = rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"])
        return rotary(positions, inv, attention)
