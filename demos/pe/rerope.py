"""ReRoPE (Su, 2023, "Rectified Rotary Position Embeddings", blog post): RoPE with the relative
position clipped at the window w: pairs with i - j < w use i - j, farther pairs use w (Leaky
ReRoPE: w + (i - j - w) / k). Two-band graph: near band = plain RoPE, far band = queries at
position w + (i - w)/k and keys at j/k (1/k = `inverseLeak`; 0 is ReRoPE)."""
import torch

from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "rerope"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "window": 32, "inverseLeak": 0.0}

    def forward(self, length, positions=None):
        c = self.config
        inv = rope_inv_freq(self.cfg.head_dim, c["base"])
        pos = torch.arange(length, dtype=torch.float64)
        near = rotary(pos, inv)
        far_q = rotary(c["window"] + (pos - c["window"]) * c["inverseLeak"], inv)
        far_k = rotary(pos * c["inverseLeak"], inv)
        return {**near, "rq2_cos": far_q["rq_cos"], "rq2_sin": far_q["rq_sin"],
                "rk2_cos": far_k["rk_cos"], "rk2_sin": far_k["rk_sin"],
                "window": torch.tensor([float(c["window"])])}
