"""Dynamic NTK (emozilla, 2023; survey Eq. 23): NTK-aware scaling whose base follows the current
length, HF `dynamic` form, as it runs in generation with a KV cache (Hugging Face issue #25104): the
token at position p is processed when the sequence is p + 1 long, so its query and cached key are
rotated with the base for length max(p + 1, L). Fills the rotary inputs."""
import torch

from .base import PositionalEncoding
from .rope_scaling import dynamic_ntk

ID = "dynamic-ntk"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "factor": 1.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        inv = torch.stack([dynamic_ntk(head_dim=self.cfg.head_dim, base=self.config["base"], factor=self.config["factor"],
                                       length=p + 1, train_length=self.train_length)[0] for p in range(length)])  # [L, dh/2]
        angles = positions.to(torch.float64)[:, None] * inv
        cos, sin = angles.cos().to(torch.float32), angles.sin().to(torch.float32)
        return {"rq_cos": cos, "rq_sin": sin, "rk_cos": cos, "rk_sin": sin}
