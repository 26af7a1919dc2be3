"""CLEX (Chen et al., ICLR 2024, arXiv 2310.16450) on RoPE, as the authors' code (github.com/DAMO-NLP-SG/CLEX,
CLEX/clex_layer.py). The log inverse frequencies z(t) follow a learned ODE over the length scaling factor t,
  dz/dt = W_down tanh(W_up^T (z + log theta_ntk(t))) + d/dt log theta_ntk(t),   z(1) = log theta,
theta_ntk(t) being NTK-aware frequencies at alpha = 2t - 1 (the reference's `get_time_embedding`; W_down starts
at zero, so the untrained ODE is exactly that NTK-aware trajectory). Integrated from 1 to t with torchdiffeq's
`rk4` (the 3/8 rule) in steps of 1/STEPS_PER_UNIT: 0.1, where the reference's `time_dt` is 0.01, because training
backpropagates through every step (the two agree to 1e-5, tests/test_clex.py).
Training (`train_positions`): one t ~ U{1..maxFactor} per step; a window of L' = k L tokens gets 0, an ordered
random subset of [1, L' t - 1) divided by k, and L t - 1. Inference: positions 0..L'-1. Either way the frequencies
are the ODE's at t = ceil((last position + 1) / L), at least 1 and at most maxFactor: at inference the reference's
t = ceil(L'/L), in training the sampled t, which the last position encodes. Fills the rotary inputs; exports
W_up and W_down."""
import math

import torch
import torch.nn as nn

from .base import PositionalEncoding, rope_inv_freq, rotary

ID = "clex"
BASE = 10000.0        # the RoPE model's
STEPS_PER_UNIT = 10   # RK4 steps per unit of t (the reference's: 100)


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        half = cfg.head_dim // 2
        self.up = nn.Parameter(torch.empty(half, cfg.head_dim))    # the reference's ode_up_proj (param_factor 1)
        self.down = nn.Parameter(torch.zeros(cfg.head_dim, half))  # ode_down_proj
        nn.init.kaiming_uniform_(self.up, a=math.sqrt(5))

    def defaults(self):
        return {"maxFactor": 16}

    def train_positions(self, batch, length, generator):
        if length % self.train_length:
            raise ValueError(f"clex: the training window {length} is not a multiple of L = {self.train_length}")
        k = length // self.train_length
        t = int(torch.randint(1, self.config["maxFactor"] + 1, (1,), generator=generator))
        inner = torch.randperm(length * t - 2, generator=generator)[:length - 2].sort().values
        return torch.cat([torch.zeros(1), (inner + 1) / k, torch.tensor([length * t // k - 1.0])]).float()   # [L']

    def scale_factor(self, positions):
        span = float(positions[..., -1].max()) + 1
        return min(self.config["maxFactor"], max(1, math.ceil(span / self.train_length)))

    def inv_freq(self, t):
        """exp z(t) at an integer t >= 1."""
        d = self.cfg.head_dim
        theta = rope_inv_freq(head_dim=d, base=BASE)
        if t == 1:
            return theta
        steps, dt = (t - 1) * STEPS_PER_UNIT, 1 / STEPS_PER_UNIT
        start = 1 + torch.arange(steps, dtype=torch.float64)[:, None] * dt
        stages = torch.cat([start, start + dt / 3, start + dt * 2 / 3, start + dt], 1)   # RK4's times, [steps, 4]
        alpha = 2 * stages[..., None] - 1
        index = torch.arange(0, d, 2, dtype=torch.float64)
        shift = -index / d * math.log(BASE) - index / (d - 2) * alpha.log()   # log theta_ntk(t) at each stage
        drift = -2 * index / ((d - 2) * alpha)                                 # its derivative in t
        up, down = self.up.double(), self.down.double()

        def velocity(z, n, stage):
            return torch.tanh((z + shift[n, stage]) @ up) @ down + drift[n, stage]
        z = theta.log()
        for n in range(steps):
            k1 = velocity(z, n, 0)
            k2 = velocity(z + dt * k1 / 3, n, 1)
            k3 = velocity(z + dt * (k2 - k1 / 3), n, 2)
            k4 = velocity(z + dt * (k1 - k2 + k3), n, 3)
            z = z + (k1 + 3 * (k2 + k3) + k4) * dt / 8
        return z.exp()

    def forward(self, length, positions=None):
        positions = self.eval_positions(length) if positions is None else positions
        return rotary(positions, self.inv_freq(self.scale_factor(positions)))

    def exported_params(self):
        return {"up": self.up.detach(), "down": self.down.detach()}
