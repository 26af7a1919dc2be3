"""NTK-aware scaling (bloc97, 2023; survey Eq. 22): base' = base * s^(d/(d-2)). Fills the rotary inputs."""
from .base import PositionalEncoding, rotary
from .rope_scaling import ntk_aware

ID = "ntk-aware"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 4.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        inv, attention = ntk_aware(head_dim=self.cfg.head_dim, base=self.config["base"], factor=self.config["factor"])
        return rotary(positions, inv, attention)
