"""xPos (Sun et al., ACL 2023, arXiv 2212.10554): RoPE whose query channel pair m is also scaled by
zeta_m^(n/B) and key by zeta_m^(-n/B), zeta_m = (2m/d + gamma)/(1 + gamma), so q_i.k_j decays as
zeta^((i-j)/B). gamma = 0.4, B = 512 as in torchscale. Only the product matters, so positions are
not centred. Fills the rotary inputs (q and k differ)."""
import torch

from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "xpos"


class Encoding(PositionalEncoding):
    def defaults(self):
        return {"base": 10000.0, "gamma": 0.4, "scaleBase": 512.0}

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        dh, gamma = self.cfg.head_dim, self.config["gamma"]
        zeta = (torch.arange(0, dh, 2, dtype=torch.float64) / dh + gamma) / (1 + gamma)     # [dh/2]
        power = positions.to(torch.float64)[..., None] / self.config["scaleBase"]          # [L, 1]
        up, down = (zeta ** power).float(), (zeta ** -power).float()                      # [L, dh/2]
        rot = rotary(positions, rope_inv_freq(head_dim=dh, base=self.config["base"]))
        return {"rq_cos": rot["rq_cos"] * up, "rq_sin": rot["rq_sin"] * up,
                "rk_cos": rot["rk_cos"] * down, "rk_sin": rot["rk_sin"] * down}
