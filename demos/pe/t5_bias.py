"""T5 relative bias (Raffel et al., 2020, arXiv 1910.10683): one learned scalar per head and
relative-position bucket; causal bucketing as in Hugging Face `_relative_position_bucket`
(bidirectional=False): exact buckets for n < B/2, then logarithmic up to `maxDistance`, then
the last bucket. Fills `distance_bias`; exports `table` [buckets, H]."""
import math

import torch
import torch.nn as nn

from .base import PositionalEncoding

ID = "t5-bias"


def bucket(n, buckets, max_distance):
    exact = buckets // 2
    if n < exact:
        return n
    large = exact + int(math.log(n / exact) / math.log(max_distance / exact) * (buckets - exact))
    return min(large, buckets - 1)


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.table = nn.Parameter(torch.zeros(self.config["buckets"], cfg.heads))

    def defaults(self):
        return {"buckets": 32, "maxDistance": 128}

    def buckets_for(self, length):
        return torch.tensor([bucket(n, self.config["buckets"], self.config["maxDistance"]) for n in range(length)])

    def forward(self, length, positions=None):
        return {"distance_bias": self.table[self.buckets_for(length)].T}   # [H, L]

    def exported_params(self):
        return {"table": self.table.detach()}
