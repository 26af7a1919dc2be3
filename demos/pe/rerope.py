"""ReRoPE (Su, 2023, "Rectified Rotary Position Embeddings", blog post): RoPE with the relative
position clipped at the window w: pairs with i - j < w use i - j, farther pairs use w (Leaky
ReRoPE: w + (i - j - w) / k). Multi-band graph: near band = plain RoPE, far band = queries at
position w + (i - w)/k and keys at j/k (1/k = `inverseLeak`; 0 is ReRoPE)."""
import torch

from .base import PositionalEncoding, rope_inv_freq, window_bands

ID = "rerope"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "window": 32, "inverseLeak": 0.0}

    def forward(self, length, positions=None):
        c = self.config
        pos = torch.arange(length, dtype=torch.float64)
        return window_bands(inv_freq=rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]), positions=pos,
                            far_query_positions=c["window"] + (pos - c["window"]) * c["inverseLeak"],
                            far_key_positions=pos * c["inverseLeak"], window=c["window"])
