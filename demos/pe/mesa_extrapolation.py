"""Mesa-Extrapolation (Ma et al., NeurIPS 2024, arXiv 2410.15859), as the authors' code
(soacker/Mesa-Extrapolation, methods/mesa_extrapolation.py) runs a prompt: a first chunk of F tokens,
then chunks of W that each see the first chunk and themselves at positions 0 .. F + W - 1, and a last
chunk that sees every key. Past the training length T the last pass uses Stair PE: with
u = n - ((n - 1) mod W), positions x >= u stay x and earlier ones become u - 1 - floor((u - 1 - x) / E); its
queries are scaled by max(1, ln(x + 1) / ln T). Defaults: the code's (T = 2048, F = 100, first-chunk cache
100, so W = T - 200; E = 50) with the lengths scaled to T = 64: F = 3, W = 58. Multi-band graph, training-free."""
import math

import torch

from .base import UNBOUNDED, PositionalEncoding, band, multi_band, rope_inv_freq

ID = "mesa-extrapolation"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "firstChunk": 3, "chunkWidth": 58, "stairWidth": 50}

    def forward(self, length, positions=None):
        c = self.config
        first, width, step, train = c["firstChunk"], c["chunkWidth"], c["stairWidth"], self.train_length
        if first + width >= train:
            raise ValueError("firstChunk + chunkWidth must be below the training length (the code asserts it)")
        pos = torch.arange(length, dtype=torch.float64)
        chunk = torch.where(pos < first, 0.0, 1 + torch.floor((pos - first) / width))
        local = torch.where(chunk == 0, pos, first + (pos - first) % width)
        start = length - (length - 1) % width
        stair = torch.where(pos >= start, pos, start - 1 - torch.floor((start - 1 - pos) / step)) if length > train else pos
        scale = torch.clamp(torch.log(pos + 1) / math.log(train), min=1.0)
        return multi_band(inv_freq=rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]), bands=[
            band(query_positions=stair, key_positions=stair, query_coord=chunk, key_coord=torch.zeros_like(pos),
                 low=float(chunk[-1]), query_scale=scale),
            band(query_positions=local, key_positions=local, query_coord=chunk, key_coord=chunk, low=0.0, high=1.0),
            band(query_positions=local, key_positions=local, query_coord=chunk,
                 key_coord=torch.where(chunk == 0, 0.0, UNBOUNDED), low=1.0),
        ])
