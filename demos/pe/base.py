"""What every positional encoding provides, and the maths several of them share.

An encoding maps (length, positions) to a subset of the backbone's PE inputs (see model.py);
inputs it does not return are fed their identity value. `positions` is a float tensor [L] or
[B, L]; at inference it is 0..L-1 unless the method says otherwise (`eval_positions`).
An encoding whose positions depend on the text (`reads_tokens`: BiPE's segments) also takes the bytes,
`tokens` int64 [L] or [B, L], and returns inputs of the same leading shape; call `inputs` to pass them.
"""
import math

import torch
import torch.nn as nn


class PositionalEncoding(nn.Module):
    reads_tokens = False

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

    def inputs(self, length, positions=None, tokens=None):
        """forward, given the bytes if the encoding reads them (`reads_tokens`)."""
        return self(length, positions, tokens) if self.reads_tokens else self(length, positions)

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



MAX_BANDS = 3  # K of the multi-band graph (model.MultiBandDecoder); src/pe/lib/multi-band.ts has the same
UNBOUNDED = float(2 ** 30)  # an upper bound no coordinate difference reaches


def band(*, query_positions, key_positions, query_coord, key_coord, low, high=UNBOUNDED, query_scale=None):
    """One band of the multi-band graph: pairs with low <= query_coord[i] - key_coord[j] < high are
    rotated with queries at query_positions[i] and keys at key_positions[j]. [L] each. query_scale [L]
    (optional) multiplies the rotated query per position (Mesa-Extrapolation's log-n scale)."""
    return {"query_positions": query_positions, "key_positions": key_positions,
            "query_coord": query_coord, "key_coord": key_coord, "low": low, "high": high, "query_scale": query_scale}


def multi_band(*, inv_freq, bands):
    """The multi-band graph's inputs from up to MAX_BANDS bands (first match wins, no match is masked),
    padded with bands no pair matches. Every query must see itself, or its softmax would be empty.
    Twin of src/pe/lib/multi-band.ts."""
    if not 1 <= len(bands) <= MAX_BANDS:
        raise ValueError(f"the multi-band graph takes 1 to {MAX_BANDS} bands, not {len(bands)}")
    length = len(bands[0]["query_positions"])
    for b in bands:
        if any(b[key] is not None and len(b[key]) != length
               for key in ("query_positions", "key_positions", "query_coord", "key_coord", "query_scale")):
            raise ValueError(f"band positions and coordinates must all have length {length}")
    own = torch.zeros(length, dtype=torch.bool)
    for b in bands:
        diagonal = torch.as_tensor(b["query_coord"], dtype=torch.float64) - torch.as_tensor(b["key_coord"], dtype=torch.float64)
        own |= (diagonal >= b["low"]) & (diagonal < b["high"])
    if not bool(own.all()):
        raise ValueError(f"query {int((~own).nonzero()[0])} is in no band with itself")
    zeros = torch.zeros(length, dtype=torch.float64)
    padded = list(bands) + [band(query_positions=zeros, key_positions=zeros, query_coord=zeros, key_coord=zeros,
                                 low=0.0, high=0.0)] * (MAX_BANDS - len(bands))
    q = [rotary(torch.as_tensor(b["query_positions"]), inv_freq) for b in padded]
    for r, b in zip(q, padded):
        if b["query_scale"] is not None:
            scale = torch.as_tensor(b["query_scale"], dtype=torch.float64)[:, None]
            r["rq_cos"], r["rq_sin"] = (r["rq_cos"] * scale).to(torch.float32), (r["rq_sin"] * scale).to(torch.float32)
    k = [rotary(torch.as_tensor(b["key_positions"]), inv_freq) for b in padded]
    return {"bq_cos": torch.stack([r["rq_cos"] for r in q]), "bq_sin": torch.stack([r["rq_sin"] for r in q]),
            "bk_cos": torch.stack([r["rk_cos"] for r in k]), "bk_sin": torch.stack([r["rk_sin"] for r in k]),
            "bq_coord": torch.stack([torch.as_tensor(b["query_coord"], dtype=torch.float32) for b in padded]),
            "bk_coord": torch.stack([torch.as_tensor(b["key_coord"], dtype=torch.float32) for b in padded]),
            "band_bounds": torch.tensor([[b["low"], b["high"]] for b in padded], dtype=torch.float32)}


def window_bands(*, inv_freq, positions, far_query_positions, far_key_positions, window):
    """ReRoPE and Self-Extend: near pairs (i - j < window) at `positions`, the rest with queries at
    `far_query_positions` and keys at `far_key_positions`."""
    return multi_band(inv_freq=inv_freq, bands=[
        band(query_positions=positions, key_positions=positions, query_coord=positions, key_coord=positions,
             low=0.0, high=float(window)),
        band(query_positions=far_query_positions, key_positions=far_key_positions, query_coord=positions,
             key_coord=positions, low=float(window))])


def distances(length):
    """The causal distances 0 .. L-1 a distance_bias is indexed by. float32 [L]"""
    return torch.arange(length, dtype=torch.float32)


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
