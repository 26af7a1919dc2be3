"""StreamingLLM, attention sinks (Xiao et al., ICLR 2024, arXiv 2309.17453): each query sees the first
`sinks` tokens, the `recentTokens` tokens before it and itself, with positions given by place in the cache
(keys cached before rotation, the code's pos-shift): recent keys keep their true distance (0..recentTokens),
a sink j sits at distance min(i, sinks + recentTokens) - j. Evaluated in one pass this is exact, since each
token's keys are computed once, as in streaming. Multi-band graph, training-free."""
import torch

from .base import PositionalEncoding, band, multi_band, rope_inv_freq

ID = "attention-sinks"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "sinks": 4, "recentTokens": 28}

    def forward(self, length, positions=None):
        c = self.config
        pos = torch.arange(length, dtype=torch.float64)
        zeros = torch.zeros(length, dtype=torch.float64)
        return multi_band(inv_freq=rope_inv_freq(head_dim=self.cfg.head_dim, base=c["base"]), bands=[
            band(query_positions=pos, key_positions=pos, query_coord=pos, key_coord=pos, low=0.0, high=float(c["recentTokens"] + 1)),
            band(query_positions=torch.clamp(pos, max=c["sinks"] + c["recentTokens"]), key_positions=pos, query_coord=zeros,
                 key_coord=-pos, low=0.0, high=float(c["sinks"])),
        ])
