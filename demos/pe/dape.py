"""DAPE (Zheng et al., NeurIPS 2024, arXiv 2405.14722) on its ALiBi base, as the authors' code has it
(chuanyang-Zheng/DAPE, `AliBi_C` in megatron/model/positional_embeddings.py): in every layer
  logits = S + B + f(S, B),  S = q k^T / sqrt(dh),  B the ALiBi bias -m_h (i - j),
f = Linear(2H, D), LeakyReLU, Linear(D, H), applied to the 2H values of S and B at each (query, key) pair,
learned per layer. The MLPs live in the adaptive-bias graph (model.AdaptiveBiasAttention); this module feeds B
by distance, `distance_bias` [H, L], exactly as ALiBi does. D: the authors' 125M configuration uses
mlp_width 32 with 12 heads (8/3 per head); at our 4 heads that is 10.7, rounded up to 12 (3 per head).
Exports nothing."""
from .alibi import Encoding as Alibi

ID = "dape"
MLP_WIDTH = 12


class Encoding(Alibi):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.adaptive_bias = {"width": MLP_WIDTH}
