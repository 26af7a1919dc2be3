"""BiPE-RoPE (He et al., ICML 2024, arXiv 2401.16421): the text is cut into segments, a new one starting after every
full stop or newline byte; each byte gets
  ape      = table[min(o, tableRows - 1)],   o its offset within its segment (learned, as the authors' nn.Embedding)
  rotation = RoPE at its segment index s (the number of segment ends before it), base `base`,
as the authors' code does (zhenyuhe00/BiPE, my_modeling_llama_bipe_rope.py: get_bilevel_ids, get_ape_embeddings),
which cuts after Llama's "▁." and newline tokens. Positions depend on the bytes (`reads_tokens`). Fills `ape` and
the rotary inputs; exports the table."""
import torch
import torch.nn as nn

from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "bipe"
SEGMENT_ENDS = (ord("."), ord("\n"))   # src/pe/bipe.ts has the same


def bilevel_positions(tokens):
    """(offset within its segment, segment index) of every byte: int64 [..., L] each. A segment end belongs to the
    segment it ends; the first byte of the text starts a segment."""
    ends = torch.zeros_like(tokens, dtype=torch.bool)
    for byte in SEGMENT_ENDS:
        ends |= tokens == byte
    segments = torch.cumsum(ends.long(), -1) - ends.long()                  # ends strictly before t
    t = torch.arange(tokens.shape[-1]).expand_as(tokens)
    last_end = torch.where(ends, t, torch.full_like(t, -1)).cummax(-1).values   # last end at or before t
    start = torch.cat([torch.zeros_like(t[..., :1]), last_end[..., :-1] + 1], -1)  # first byte of t's segment
    return t - start, segments


class Encoding(PositionalEncoding):
    reads_tokens = True

    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.table = nn.Parameter(torch.randn(self.config["tableRows"], cfg.d) * 0.02)

    def defaults(self):
        return {"base": 10000.0, "tableRows": 64}

    def forward(self, length, positions=None, tokens=None):
        if tokens is None or tokens.shape[-1] != length:
            raise ValueError(f"bipe computes its positions from the {length} bytes they are for; pass tokens")
        offsets, segments = bilevel_positions(tokens)
        ape = self.table[offsets.clamp(max=self.config["tableRows"] - 1)]     # [..., L, d]
        return {"ape": ape, **rotary(segments, rope_inv_freq(head_dim=self.cfg.head_dim, base=self.config["base"]))}

    def exported_params(self):
        return {"table": self.table.detach()}
