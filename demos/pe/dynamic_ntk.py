"""Dynamic NTK (emozilla, 2023; survey Eq. 23): NTK-aware scaling whose factor follows the current
length, HF `dynamic` form. Whole-sequence evaluation uses the scale for the full length.
Fills the rotary inputs."""
from .base import PositionalEncoding, rotary
from .rope_scaling import dynamic_ntk

ID = "dynamic-ntk"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 1.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        inv, attention = dynamic_ntk(head_dim=self.cfg.head_dim, base=self.config["base"],
                                     factor=self.config["factor"], length=length,
                                     train_length=self.train_length)
        return rotary(positions, inv, attention)
