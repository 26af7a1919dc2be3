"""Llama 3.1 RoPE scaling (Grattafiori et al., 2024, arXiv 2407.21783; HF `llama3`): wavelengths
shorter than L/high_freq_factor kept, longer than L/low_freq_factor divided by s, smooth blend
between. Fills the rotary inputs."""
from .base import PositionalEncoding, rotary
from .rope_scaling import llama3

ID = "llama3-scaling"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 8.0, "lowFreqFactor": 1.0, "highFreqFactor": 4.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        c = self.config
        inv, attention = llama3(head_dim=self.cfg.head_dim, base=c["base"], factor=c["factor"],
                                train_length=self.train_length, low_freq_factor=c["lowFreqFactor"],
                                high_freq_factor=c["highFreqFactor"])
        return rotary(positions, inv, attention)
