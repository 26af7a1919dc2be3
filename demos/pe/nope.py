"""NoPE (Kazemnejad et al., 2023, arXiv 2305.19466): no positional input at all; a causal
decoder can still infer position from the mask. Every input keeps its identity value."""
from .base import PositionalEncoding

ID = "nope"


class Encoding(PositionalEncoding):
    def forward(self, length, positions=None):
        return {}
