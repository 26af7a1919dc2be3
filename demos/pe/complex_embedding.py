"""Complex embedding (Wang et al., ICLR 2020, arXiv 1912.12333): byte j at position pos is embedded as
  f_j(pos) = r_j e^{i (w_j pos + theta_j)},  amplitude r, frequency w and initial phase theta learned per byte and
  complex dimension (d/2 of them),
entered into the real backbone as its real and imaginary parts side by side. The embedding depends on the byte and
the position together, so it lives in the complex-embedding graph (model.ComplexEmbeddingDecoder), which also reads
the logits off the modulus of the final state, as the authors' language model does; this module feeds that graph
the positions, `positions` [L] = 0 .. L-1. Exports nothing."""
from .base import PositionalEncoding

ID = "complex-embedding"


class Encoding(PositionalEncoding):
    complex_embedding = {"base": 10000.0}   # the initial frequencies: the sinusoid's, base^(-2k/(d/2))

    def forward(self, length, positions=None):
        return {"positions": self.eval_positions(length) if positions is None else positions}
