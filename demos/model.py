"""The Longitude backbone: a tiny byte-level decoder whose positional information enters ONLY
through inputs, so that one exported graph serves every positional encoding (PE).

Notation: B batch, L length, d width, H heads, dh = d/H head width, i/j query/key positions.

Inputs (identity values when a PE does not use them):
  tokens  int64   [B, L]                 bytes 0..255
  ape     float32 [L, d] or [B, L, d]    added to the token embeddings      (0)
  bias    float32 [H, L, L]              added to every layer's attention logits (0)
  rq_cos, rq_sin, rk_cos, rk_sin
          float32 [L, dh/2] or [B, L, dh/2]  rotation of queries / keys, Hugging Face
                                             "rotate_half" pairing (channel m with m + dh/2)  (1, 0)
Output:
  logits  float32 [B, L, 256]            next-byte logits

The two-band graph (`TwoBandDecoder`, same weights) adds a second rotation for distant pairs,
for window methods such as ReRoPE and Self-Extend:
  rq2_cos, rq2_sin, rk2_cos, rk2_sin  float32 [L, dh/2]   rotation used where i - j >= window
  window  float32 [1]                                       width of the near band

Pre-LayerNorm blocks, GELU MLP, tied input/output embeddings, causal mask built in the graph.
"""
import math
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB = 256


@dataclass
class ModelConfig:
    d: int = 64
    heads: int = 4
    layers: int = 2
    mlp_ratio: int = 4

    @property
    def head_dim(self):
        return self.d // self.heads


def rotate(x, cos, sin):
    """x [B, H, L, dh]; cos/sin [L, dh/2] or [B, L, dh/2]."""
    if cos.dim() == 3:
        cos, sin = cos[:, None], sin[:, None]          # [B, 1, L, dh/2]
    x1, x2 = x.chunk(2, dim=-1)                         # [B, H, L, dh/2] each
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


class Attention(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.qkv = nn.Linear(cfg.d, 3 * cfg.d)
        self.out = nn.Linear(cfg.d, cfg.d)

    def forward(self, x, bias, rq_cos, rq_sin, rk_cos, rk_sin, far=None):
        B, L, _ = x.shape
        H, dh = self.cfg.heads, self.cfg.head_dim
        q, k, v = self.qkv(x).view(B, L, 3, H, dh).permute(2, 0, 3, 1, 4)  # 3 x [B, H, L, dh]
        scores = rotate(q, rq_cos, rq_sin) @ rotate(k, rk_cos, rk_sin).transpose(-1, -2)  # [B, H, L, L]
        pos = torch.arange(L, device=x.device)
        distance = pos[:, None] - pos[None, :]                             # [L, L] i - j
        if far is not None:
            rq2_cos, rq2_sin, rk2_cos, rk2_sin, window = far
            far_scores = rotate(q, rq2_cos, rq2_sin) @ rotate(k, rk2_cos, rk2_sin).transpose(-1, -2)
            scores = torch.where(distance.float() < window, scores, far_scores)
        scores = scores / math.sqrt(dh) + bias
        scores = scores.masked_fill(distance < 0, float("-inf"))
        y = scores.softmax(-1) @ v                                         # [B, H, L, dh]
        return self.out(y.transpose(1, 2).reshape(B, L, H * dh))


class Block(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.ln1 = nn.LayerNorm(cfg.d)
        self.attn = Attention(cfg)
        self.ln2 = nn.LayerNorm(cfg.d)
        self.mlp = nn.Sequential(nn.Linear(cfg.d, cfg.mlp_ratio * cfg.d), nn.GELU(),
                                 nn.Linear(cfg.mlp_ratio * cfg.d, cfg.d))

    def forward(self, x, *pe, far=None):
        x = x + self.attn(self.ln1(x), *pe, far=far)
        return x + self.mlp(self.ln2(x))


class ByteDecoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(VOCAB, cfg.d)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.layers))
        self.ln_f = nn.LayerNorm(cfg.d)
        nn.init.normal_(self.embed.weight, std=0.02)

    def forward(self, tokens, ape, bias, rq_cos, rq_sin, rk_cos, rk_sin, far=None):
        x = self.embed(tokens) + ape                                       # [B, L, d]
        for block in self.blocks:
            x = block(x, bias, rq_cos, rq_sin, rk_cos, rk_sin, far=far)
        return self.ln_f(x) @ self.embed.weight.T                          # [B, L, 256]


class TwoBandDecoder(ByteDecoder):
    """The same backbone; attention pairs with i - j >= window use the second rotation."""

    def forward(self, tokens, ape, bias, rq_cos, rq_sin, rk_cos, rk_sin, rq2_cos, rq2_sin, rk2_cos, rk2_sin, window):
        return super().forward(tokens, ape, bias, rq_cos, rq_sin, rk_cos, rk_sin,
                               far=(rq2_cos, rq2_sin, rk2_cos, rk2_sin, window))


def identity_inputs(cfg, length):
    """The neutral value of every PE input: what NoPE feeds."""
    half = cfg.head_dim // 2
    ones, zeros = torch.ones(length, half), torch.zeros(length, half)
    return {"ape": torch.zeros(length, cfg.d), "bias": torch.zeros(cfg.heads, length, length),
            "rq_cos": ones, "rq_sin": zeros, "rk_cos": ones, "rk_sin": zeros}


INPUT_NAMES = ["tokens", "ape", "bias", "rq_cos", "rq_sin", "rk_cos", "rk_sin"]
TWO_BAND_INPUT_NAMES = INPUT_NAMES + ["rq2_cos", "rq2_sin", "rk2_cos", "rk2_sin", "window"]
