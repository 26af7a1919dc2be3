"""Dual Chunk Attention (An et al., ICML 2024, arXiv 2402.17463; ChunkLlama). Chunks of size s; keys at
j mod s; queries at i mod s for keys in the same chunk (intra), at min(s + i mod s, C) for keys in the
previous chunk (successive), at C for older chunks (inter). The paper's §3.3 sets s = 3c/4 and C = c - 1
(the released code caps at its chunk_size instead). Multi-band graph, training-free."""
import torch

from .base import UNBOUNDED, PositionalEncoding, band, multi_band, rope_inv_freq

ID = "dca"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "chunkSize": 48, "positionCap": 63}

    def forward(self, length, positions=None):
        c = self.config
        size, cap = c["chunkSize"], float(c["positionCap"])
        pos = torch.arange(length, dtype=torch.float64)
        inner, chunk = pos % size, torch.floor(pos / size)

        def chunk_band(query_positions, low, high):
            return band(query_positions=query_positions, key_positions=inner, query_coord=chunk, key_coord=chunk, low=low, high=high)

        return multi_band(inv_freq=rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]), bands=[
            chunk_band(inner, 0.0, 1.0),
            chunk_band(torch.clamp(inner + size, max=cap), 1.0, 2.0),
            chunk_band(torch.full_like(pos, cap), 2.0, UNBOUNDED),
        ])
