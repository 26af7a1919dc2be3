"""PoSE (Zhu et al., ICLR 2024, arXiv 2309.10400) on RoPE: each training window is cut into two
chunks at a random point and the second chunk's position ids skip ahead by u ~ U{0..Lc - L}, so
a window of L tokens covers relative distances up to the target length Lc. Plain RoPE at inference."""
import torch

from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "pose"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "targetLength": 2048}

    def train_positions(self, batch, length, generator):
        cut = torch.randint(1, length, (batch, 1), generator=generator)
        skip = torch.randint(0, self.config["targetLength"] - length + 1, (batch, 1), generator=generator)
        pos = torch.arange(length)[None, :]
        return (pos + (pos >= cut) * skip).float()                                # [B, L]

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return rotary(positions, rope_inv_freq(head_dim=self.cfg.head_dim, base=self.config["base"]))
