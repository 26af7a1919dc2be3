"""CLEX (demos/pe/clex.py) against the authors' code (DAMO-NLP-SG/CLEX, CLEX/clex_layer.py): the untrained ODE is
NTK-aware scaling at alpha = 2t - 1, the coarse RK4 grid agrees with the reference's step of 0.01, training windows
carry the sampled factor in their last position, inference reads t = ceil(L'/L) capped at maxFactor.

Run: cd demos && /usr/bin/python3 -m unittest tests.test_clex
"""
import pathlib
import sys
import unittest
from unittest import mock

import torch

DEMOS = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(DEMOS))
import pe  # noqa: E402
from model import ModelConfig  # noqa: E402
from pe import clex  # noqa: E402
from pe.base import rope_inv_freq  # noqa: E402

CFG = ModelConfig()
L = 64


def perturbed(scale=0.1):
    torch.manual_seed(0)
    encoding = pe.load("clex", CFG, L)
    with torch.no_grad():
        for p in encoding.parameters():
            p.add_(torch.randn_like(p) * scale)
    return encoding


class Ode(unittest.TestCase):
    def test_untrained_ode_is_ntk_aware_scaling_at_alpha_2t_minus_1(self):
        encoding = pe.load("clex", CFG, L)
        for t in (1, 2, 5, 16):
            alpha = 2 * t - 1
            ntk = rope_inv_freq(head_dim=CFG.head_dim, base=10000.0 * alpha ** (CFG.head_dim / (CFG.head_dim - 2)))
            torch.testing.assert_close(encoding.inv_freq(t).detach(), ntk, rtol=1e-5, atol=0)   # RK4 error ~1e-6

    def test_ten_steps_per_unit_match_the_reference_step_of_a_hundredth(self):
        encoding = perturbed()
        with torch.no_grad():
            coarse = encoding.inv_freq(16)
            with mock.patch.object(clex, "STEPS_PER_UNIT", 100):
                fine = encoding.inv_freq(16)
        torch.testing.assert_close(coarse, fine, rtol=1e-5, atol=0)

    def test_the_loss_reaches_both_projections(self):
        encoding = perturbed()
        encoding.inv_freq(3).sum().backward()
        self.assertGreater(encoding.up.grad.abs().sum().item(), 0)
        self.assertGreater(encoding.down.grad.abs().sum().item(), 0)


class Positions(unittest.TestCase):
    def test_training_windows_span_L_t_and_encode_their_factor(self):
        encoding = pe.load("clex", CFG, L)
        seen = set()
        for step in range(300):
            pos = encoding.train_positions(8, 4 * L, torch.Generator().manual_seed(step))
            t = encoding.scale_factor(pos)
            seen.add(t)
            inner = pos[1:-1] * 4                       # 4 = L' / L: the reference divides by it
            self.assertEqual(pos.shape, (4 * L,))
            self.assertEqual((pos[0].item(), pos[-1].item()), (0.0, L * t - 1.0))
            self.assertTrue(torch.equal(inner, inner.round()) and bool((inner[1:] > inner[:-1]).all()))
            self.assertTrue(1 <= inner.min().item() and inner.max().item() <= 4 * L * t - 2)
        self.assertEqual(seen, set(range(1, 17)))

    def test_inference_reads_the_ceiling_of_the_length_ratio_capped_at_max_factor(self):
        encoding = pe.load("clex", CFG, L, maxFactor=16)
        factors = [encoding.scale_factor(encoding.eval_positions(n)) for n in (1, 64, 65, 128, 129, 256, 1024, 2048)]
        self.assertEqual(factors, [1, 1, 2, 2, 3, 4, 16, 16])

    def test_a_window_that_is_not_a_multiple_of_L_is_refused(self):
        with self.assertRaises(ValueError):
            pe.load("clex", CFG, L).train_positions(8, 100, torch.Generator().manual_seed(0))


if __name__ == "__main__":
    unittest.main()
