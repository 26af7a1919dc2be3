"""LongRoPE2 (Shang et al. 2025, arXiv 2502.20082): LongRoPE's per-pair rescale theta'_m = theta_m / lambda_m
(attention factor sqrt(1 + ln s / ln L)) for inputs longer than the training length, the original RoPE
otherwise. The default factors are those of the needle-driven search (demos/search_rescale.py,
demos/search/longrope2-rope-seed1.json). Its fine-tune mixes context windows (demos/train.py): half of each
batch's bytes in long windows with the rescaled frequencies, half in windows of the training length with the
original ones. Fills the rotary inputs."""
import json
import pathlib

from .base import PositionalEncoding, rope_inv_freq, rotary
from .rope_scaling import longrope

ID = "longrope2"
SEARCHED = json.loads((pathlib.Path(__file__).resolve().parents[1] / "search" / "longrope2-rope-seed1.json").read_text())


class Encoding(PositionalEncoding):
    mixed_context_windows = True

    def defaults(self):
        return {"base": 10000.0, "factor": 4.0, "rescale": None}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        if length <= self.train_length:
            return rotary(positions, rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]))
        inv, attention = longrope(head_dim=self.cfg.head_dim, base=c["base"], factor=c["factor"],
                                  train_length=self.train_length, rescale=c["rescale"] or SEARCHED["rescale"])
        return rotary(positions, inv, attention)
