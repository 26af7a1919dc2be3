"""FLOATER (Liu et al., ICML 2020, arXiv 2003.09229): the position table is the solution of a learned ODE
  dp/dt = h(t, p(t)),  p(0) learned,  ape[i] = p(i dt),
with h as in the authors' code (xuanqing94/FLOATER, `flow_func_linear` in fairseq/modules/flow_funcs.py): two
linear layers, each fed its input with t appended, a ReLU between them, Xavier-normal weights and zero biases; and
their dt = 0.01 (`time_dt` in fairseq/models/flow_transformer.py). Solved by the classical fixed-step RK4 with
`substeps` steps per position (the authors: torchdiffeq's rk4 with step dt/5), in float64, and differentiated through
the solver (the authors use the adjoint method). The authors add the solution to every layer's query, key and value
biases; here one p(t) is added to the input, as `ape`. p(0) starts from N(0, 0.02), like the backbone's embeddings.
Fills `ape`; exports p(0) and h's two layers. Twin of src/pe/floater.ts."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from .base import PositionalEncoding

ID = "floater"


class Encoding(PositionalEncoding):
    def __init__(self, cfg, train_length, **config):
        super().__init__(cfg, train_length, **config)
        self.initial = nn.Parameter(torch.randn(cfg.d) * 0.02)
        self.hidden = nn.Linear(cfg.d + 1, cfg.d)
        self.output = nn.Linear(cfg.d + 1, cfg.d)
        for layer in (self.hidden, self.output):
            nn.init.xavier_normal_(layer.weight)
            nn.init.zeros_(layer.bias)

    def defaults(self):
        return {"timeStep": 0.01, "substeps": 1}

    def forward(self, length, positions=None):
        substeps = self.config["substeps"]
        step = self.config["timeStep"] / substeps
        steps = substeps * (length - 1)
        # A layer fed [x; t] is W_x x + (b + t W_t): its bias at every half step of the grid, computed at once.
        half_steps = torch.arange(2 * steps + 1, dtype=torch.float64) * (step / 2)
        w1, w2 = (layer.weight.double() for layer in (self.hidden, self.output))
        b1, b2 = (layer.bias.double() for layer in (self.hidden, self.output))
        bias1 = (b1 + half_steps[:, None] * w1[:, -1]).unbind(0)
        bias2 = (b2 + half_steps[:, None] * w2[:, -1]).unbind(0)

        def h(k, p):   # at t = k step / 2
            return torch.addmv(bias2[k], w2[:, :-1], F.relu(torch.addmv(bias1[k], w1[:, :-1], p)))

        p = self.initial.double()
        table = [p]
        for n in range(steps):
            k1 = h(2 * n, p)
            k2 = h(2 * n + 1, p + step / 2 * k1)
            k3 = h(2 * n + 1, p + step / 2 * k2)
            k4 = h(2 * n + 2, p + step * k3)
            p = p + step / 6 * (k1 + 2 * (k2 + k3) + k4)
            if (n + 1) % substeps == 0:
                table.append(p)
        return {"ape": torch.stack(table).float()}

    def exported_params(self):
        return {"initial": self.initial.detach(), "hidden_weight": self.hidden.weight.detach(),
                "hidden_bias": self.hidden.bias.detach(), "output_weight": self.output.weight.detach(),
                "output_bias": self.output.bias.detach()}
