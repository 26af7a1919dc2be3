"""CoPE, Contextual Position Encoding (Golovneva et al., 2024, arXiv 2405.18719), alone, with no other encoding,
as `--pos-emb cope` in the authors' code (facebookresearch/RAM, projects/cope). Positions are counted inside
attention from the content, so they live in the contextual graph (model.ContextualAttention), as the paper's
appendix code: gates g_ij = sigmoid(q_i . k_j / sqrt(dh)), positions p_ij = sum_{t=j..i} g_it clamped at P - 1, and
q_i . e[p_ij] interpolated between the integer positions floor(p) and ceil(p) of a table e of P rows per layer,
shared by the heads (the authors' `pos_emb` [1, head_dim, npos], zeros at start). This module feeds nothing.
P = 32: the authors' default is the block size + 1 (no count ever clamped in training); half the training length
instead makes the clamped row one that training reaches whenever a head counts most bytes, so a count past the
training length reads a trained row rather than one that only the longest counts of a window touched."""
from .base import PositionalEncoding

ID = "cope"
POSITIONS = 32


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.contextual = {"positions": POSITIONS}

    def forward(self, length, positions=None):
        return {}
