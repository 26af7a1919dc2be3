"""LM-Infinite (Han et al., NAACL 2024, arXiv 2308.16137): a Λ-shaped mask — each query sees the keys
at distance below `localWindow` and the first `globalTokens` tokens — with the distance to a starting
token beyond the window set to the ceiling `distanceCap` (the code rotates the query at the ceiling and
the key at 0; its default ceiling is the window, one past the largest trained distance). Multi-band
graph, training-free."""
import torch

from .base import PositionalEncoding, band, multi_band, rope_inv_freq

ID = "lm-infinite"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "localWindow": 64, "globalTokens": 10, "distanceCap": 64}

    def forward(self, length, positions=None):
        c = self.config
        pos = torch.arange(length, dtype=torch.float64)
        zeros = torch.zeros(length, dtype=torch.float64)
        return multi_band(inv_freq=rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]), bands=[
            band(query_positions=pos, key_positions=pos, query_coord=pos, key_coord=pos, low=0.0, high=float(c["localWindow"])),
            band(query_positions=torch.full_like(pos, float(c["distanceCap"])), key_positions=zeros, query_coord=zeros,
                 key_coord=-pos, low=0.0, high=float(c["globalTokens"])),
        ])
