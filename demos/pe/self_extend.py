"""Self-Extend (Jin et al., ICML 2024, arXiv 2401.01325): neighbour attention (i - j < w) keeps RoPE
positions; grouped attention maps positions to floor(p / G), with queries shifted by
w - floor(w / G) so the two bands meet at distance w. Multi-band graph."""
import torch

from .base import PositionalEncoding, rope_inv_freq, window_bands

ID = "self-extend"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "window": 32, "groupSize": 4}

    def forward(self, length, positions=None):
        c = self.config
        w, g = c["window"], c["groupSize"]
        pos = torch.arange(length, dtype=torch.float64)
        grouped = torch.floor(pos / g)
        return window_bands(inv_freq=rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]), positions=pos,
                            far_query_positions=grouped + w - w // g, far_key_positions=grouped, window=w)
