"""CREAM's training positions (demos/pe/cream.py) against the procedure of Wu et al. (2024) as the authors'
code builds position_ids (bigai-nlco/CREAM, src/train.py, `CREAM`): head / contiguous middle / tail, the
middle's scale drawn from a clipped Gaussian, plain (interpolated) positions at inference.

Run: cd demos && /usr/bin/python3 -m unittest tests.test_cream
"""
import math
import pathlib
import sys
import unittest

import numpy as np
import torch

DEMOS = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(DEMOS))
import pe  # noqa: E402
from model import ModelConfig  # noqa: E402

CFG = ModelConfig()
L, TARGET = 64, 256          # the fine-tune's window and the default targetLength (s = 4)
CONTINUITY, RELATIVITY = L // 3, 2   # head = tail length in the two modes (floor(L/3), relativityEnds)


def draw(n, seed=0, **config):
    encoding = pe.load("cream", CFG, L, **config)
    return encoding.train_positions(n, L, torch.Generator().manual_seed(seed)).numpy().astype(np.int64)


def split(row, target=TARGET, relativity=RELATIVITY):
    """(h, middle) if the row is head 0..h-1, a contiguous middle, tail target-h..target-1; else None."""
    for h in (L // 3, relativity):
        head, middle, tail = row[:h], row[h:L - h], row[L - h:]
        if (np.array_equal(head, np.arange(h)) and np.array_equal(tail, np.arange(target - h, target))
                and np.all(np.diff(middle) == 1)):
            return h, middle
    return None


def middle_centres(rows):
    return np.array([split(r)[1].mean() for r in rows])


def reference_middle_centres(n, sigma, rng, alpha_uniform=False, s=TARGET // L):
    """The same procedure restated in numpy, drawing the Gaussian as the reference does: inverse CDF on a
    grid of [2, 2s] by linear interpolation, which clips the draw to the grid's ends."""
    h = np.where(rng.random(n) < 0.5, CONTINUITY, RELATIVITY)
    m = L - 2 * h
    grid = np.linspace(2, 2 * s, 1000)
    cdf = np.array([0.5 * (1 + math.erf((x - (1 + s)) / (sigma * math.sqrt(2)))) for x in grid])
    alpha = rng.integers(2, 2 * s + 1, n) if alpha_uniform else np.interp(rng.random(n), cdf, grid).astype(int)
    low = h + np.floor((m - 1) * alpha / 2)
    high = np.floor(alpha * L / 2) - h - 1
    end = low + np.floor(rng.random(n) * (high - low + 1))
    return end - (m - 1) / 2


class Structure(unittest.TestCase):
    def test_every_window_is_head_contiguous_middle_and_tail_in_one_of_the_two_modes(self):
        rows = draw(4000)
        heads = []
        for row in rows:
            parts = split(row)
            self.assertIsNotNone(parts, row)
            heads.append(parts[0])
        continuity = np.mean(np.array(heads) == CONTINUITY)
        self.assertGreater(continuity, 0.45)   # each mode with probability 1/2
        self.assertLess(continuity, 0.55)

    def test_positions_are_strictly_increasing_integers_from_0_to_the_target_end(self):
        rows = draw(4000, seed=1)
        self.assertTrue(np.all(np.diff(rows, axis=1) > 0))
        self.assertTrue(np.all(rows[:, 0] == 0))
        self.assertTrue(np.all(rows[:, -1] == TARGET - 1))
        self.assertTrue(np.all((rows >= 0) & (rows < TARGET)))

    def test_the_middle_ends_within_the_bounds_of_some_scale_alpha_in_2_to_2s(self):
        s = TARGET // L
        for row in draw(2000, seed=2):
            h, middle = split(row)
            m, end = len(middle), middle[-1]
            fits = [a for a in range(2, 2 * s + 1) if h + math.floor((m - 1) * a / 2) <= end <= math.floor(a * L / 2) - h - 1]
            self.assertTrue(fits, row)

    def test_other_knobs_move_the_tail_and_the_relativity_ends(self):
        rows = draw(500, seed=3, targetLength=512, relativityEnds=5)
        for row in rows:
            self.assertIsNotNone(split(row, target=512, relativity=5), row)
        self.assertTrue(np.any(rows[:, 5] > 5))    # some windows are in relativity mode with h = 5

    def test_a_target_equal_to_the_window_gives_plain_positions_and_a_shorter_one_is_an_error(self):
        np.testing.assert_array_equal(draw(50, targetLength=L), np.tile(np.arange(L), (50, 1)))
        with self.assertRaises(ValueError):
            draw(1, targetLength=L - 1)

    def test_draws_are_determined_by_the_generator(self):
        np.testing.assert_array_equal(draw(64, seed=5), draw(64, seed=5))
        self.assertFalse(np.array_equal(draw(64, seed=5), draw(64, seed=6)))


class GaussianMiddle(unittest.TestCase):
    def test_the_middle_is_emphasised_over_a_flat_choice_of_scale(self):
        rng = np.random.default_rng(0)
        central = lambda c: np.mean((c >= TARGET / 4) & (c < 3 * TARGET / 4))  # noqa: E731
        ours = middle_centres(draw(20000, seed=7))
        flat = reference_middle_centres(20000, 1.5, rng, alpha_uniform=True)
        self.assertGreater(central(ours), central(flat) + 0.05)   # about 0.70 against 0.61
        self.assertLess(ours.std(), flat.std())
        narrow = middle_centres(draw(20000, seed=8, sigma=0.01))
        self.assertGreater(central(narrow), central(ours) + 0.1)  # sigma -> 0: scale 2 or 2.5, always central

    def test_the_middle_follows_the_reference_inverse_cdf_draw(self):
        rng = np.random.default_rng(1)
        for sigma in (1.5, 3.0):
            with self.subTest(sigma=sigma):
                ours = middle_centres(draw(20000, seed=9, sigma=sigma))
                ref = reference_middle_centres(20000, sigma, rng)
                bins = np.linspace(0, TARGET, 17)
                p, _ = np.histogram(ours, bins)
                q, _ = np.histogram(ref, bins)
                self.assertLess(0.5 * np.abs(p / p.sum() - q / q.sum()).sum(), 0.03)   # total variation


class Inference(unittest.TestCase):
    def test_inference_is_position_interpolation_by_the_factor(self):
        for factor in (4.0, 2.0, 1.0):
            cream = pe.load("cream", CFG, L, factor=factor)(70)
            pi = pe.load("pi", CFG, L, factor=factor)(70)
            for role in ("rq_cos", "rq_sin", "rk_cos", "rk_sin"):
                torch.testing.assert_close(cream[role], pi[role])
        rope = pe.load("rope", CFG, L)(70)
        torch.testing.assert_close(pe.load("cream", CFG, L, factor=1.0)(70)["rq_cos"], rope["rq_cos"])
        np.testing.assert_array_equal(pe.load("cream", CFG, L).eval_positions(70).numpy(), np.arange(70))


if __name__ == "__main__":
    unittest.main()
