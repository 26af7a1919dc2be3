"""Self-Extend (Jin et al., ICML 2024, arXiv 2401.01325): neighbour attention (i - j < w) keeps RoPE
positions; grouped attention maps positions to floor(p / G), with queries shifted by
w - floor(w / G) so the two bands meet at distance w. Two-band graph."""
import torch

from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "self-extend"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "window": 32, "groupSize": 4}

    def forward(self, length, positions=None):
        c = self.config
        w, g = c["window"], c["groupSize"]
        inv = rope_inv_freq(self.cfg.head_dim, c["base"])
        pos = torch.arange(length, dtype=torch.float64)
        near = rotary(pos, inv)
        far_q = rotary(torch.floor(pos / g) + w - w // g, inv)
        far_k = rotary(torch.floor(pos / g), inv)
        return {**near, "rq2_cos": far_q["rq_cos"], "rq2_sin": far_q["rq_sin"],
                "rk2_cos": far_k["rk_cos"], "rk2_sin": far_k["rk_sin"],
                "window": torch.tensor([float(w)])}
