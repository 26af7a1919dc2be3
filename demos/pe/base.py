"""What every positional encoding provides, and the maths several of them share.

An encoding maps (length, positions) to a subset of the backbone's PE inputs (see model.py);
inputs it does not return are fed their identity value. `positions` is a float tensor [L] or
[B, L]; at inference it is 0..L-1 unless the method says otherwise (`eval_positions`).
"""
import math

import torch
import torch.nn as nn


class PositionalEncoding(nn.Module):
    def __init__(self, cfg, train_length, **config):
        super().__init__()
        self.cfg = cfg
        self.train_length = train_length
        unknown = set(config) - set(self.defaults())
        if unknown:
            raise ValueError(f"{type(self).__module__}: unknown config keys {sorted(unknown)}")
        self.config = {**self.defaults(), **config}

    def defaults(self):
        return {}

    def train_positions(self, batch, length, generator):
        """Positions seen in training; methods that randomise positions override this."""
        return torch.arange(length, dtype=torch.float32)

    def eval_positions(self, length):
        return torch.arange(length, dtype=torch.float32)

    def forward(self, length, positions=None):
        raise NotImplementedError

    def exported_params(self):
        """Learned PE parameters written beside the model: name -> float32 tensor."""
        return {}


def sinusoid_table(positions, dim, base=10000.0):
    """Vaswani et al. (2017), Sec. 3.5: PE[p, 2i] = sin(p / base^(2i/dim)), PE[p, 2i+1] = cos(.)."""
    i = torch.arange(0, dim, 2, dtype=torch.float64)
    angles = positions.to(torch.float64)[..., None] / base ** (i / dim)   # [..., L, dim/2]
    table = torch.stack([angles.sin(), angles.cos()], dim=-1)             # [..., L, dim/2, 2]
    return table.flatten(-2).to(torch.float32)                            # [..., L, dim]


def rope_inv_freq(*, head_dim, base):
    """RoPE (Su et al.) theta_m = base^(-2m/d), m = 0..d/2-1 (HF `default`). Keyword-only."""
    return 1.0 / base ** (torch.arange(0, head_dim, 2, dtype=torch.float64) / head_dim)


def rotary(positions, inv_freq, attention_factor=1.0):
    """cos/sin of positions x inv_freq, [..., L, dh/2], scaled by the attention factor (YaRN)."""
    angles = positions.to(torch.float64)[..., None] * inv_freq               # [..., L, dh/2]
    cos = (angles.cos() * attention_factor).to(torch.float32)
    sin = (angles.sin() * attention_factor).to(torch.float32)
    return {"rq_cos": cos, "rq_sin": sin, "rk_cos": cos, "rk_sin": sin}



def two_band(*, inv_freq, positions, far_query_positions, far_key_positions, window):
    """The two-band inputs of the window methods (ReRoPE, Self-Extend): near band (i - j < window)
    rotated at `positions` for q and k alike, far band with queries at `far_query_positions` and
    keys at `far_key_positions`, same frequencies. Twin of src/pe/lib/two-band.ts. [L] each."""
    if not (len(far_query_positions) == len(far_key_positions) == len(positions)):
        raise ValueError(f"two-band positions must all have length {len(positions)}")
    near = rotary(positions, inv_freq)
    far_q = rotary(far_query_positions, inv_freq)
    far_k = rotary(far_key_positions, inv_freq)
    return {**near, "rq2_cos": far_q["rq_cos"], "rq2_sin": far_q["rq_sin"],
            "rk2_cos": far_k["rk_cos"], "rk2_sin": far_k["rk_sin"],
            "window": torch.tensor([float(window)])}

def causal_distance(length):
    """n[i, j] = i - j for j <= i, else 0 (those logits are masked anyway). [L, L]"""
    pos = torch.arange(length)
    return (pos[:, None] - pos[None, :]).clamp(min=0)


def alibi_slopes(heads):
    """Press et al. (2022): geometric sequence starting at 2^(-8/n); for n not a power of two,
    the slopes of the closest lower power of two followed by every other slope of 2n."""
    def power_of_two(n):
        start = 2 ** (-8 / n)
        return [start ** (k + 1) for k in range(n)]
    if math.log2(heads).is_integer():
        return power_of_two(heads)
    lower = 2 ** math.floor(math.log2(heads))
    return power_of_two(lower) + power_of_two(2 * lower)[0::2][: heads - lower]
