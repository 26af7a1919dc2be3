"""demos/search_rescale.py and LongRoPE2's mixed context windows in demos/train.py.

Run: /usr/bin/python3 -m unittest discover -s demos/tests
"""
import json
import math
import pathlib
import sys
import unittest

import numpy as np
import torch

DEMOS = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(DEMOS))
import pe  # noqa: E402
import search_rescale  # noqa: E402
from model import ModelConfig  # noqa: E402
from train import Settings, short_windows  # noqa: E402


class SearchTest(unittest.TestCase):
    def test_critical_pair_is_half_the_critical_dimension(self):
        # Liu et al.: d_extra = 2 ceil((d/2) log_10000(L / 2 pi)) = 6 for d = 16, L = 64
        self.assertEqual(search_rescale.critical_pair(head_dim=16, base=10000.0, train_length=64), 3)
        periods = [2 * math.pi * 10000 ** (2 * m / 16) for m in range(8)]
        self.assertEqual(sum(p <= 64 for p in periods), 3)

    def test_initial_factors_follow_yarns_ramp(self):
        factors = search_rescale.yarn_factors(head_dim=16, base=10000.0, factor=4.0, train_length=64)
        np.testing.assert_allclose(factors, [1, 2, 3, 4, 4, 4, 4, 4], atol=1e-12)

    def test_mutations_stay_monotone_on_the_grid_and_above_the_floor(self):
        search = search_rescale.Search("longrope2", {**search_rescale.SETTINGS, "samples": {"longrope2": 1}})
        factors = np.array([1.0, 2.0, 3.0, 4.0, 4.0, 4.0, 4.0, 4.0])
        for _ in range(50):
            factors = search.mutate(factors)
            self.assertTrue(np.all(np.diff(factors) >= 0))
            self.assertTrue(np.all(factors >= search.floor) and np.all(factors <= 5.0))
            np.testing.assert_allclose(factors, np.round(factors, 2), atol=1e-9)
        self.assertTrue(np.all(search.floor[search.critical:] == 4.0))

    def test_committed_results_are_the_defaults(self):
        for method in ("longrope", "longrope2"):
            result = json.loads((DEMOS / "search" / f"{method}-rope-seed1.json").read_text())
            self.assertEqual(pe.module_for(method).SEARCHED["rescale"], result["rescale"])
            self.assertLessEqual(result["bitsPerByte"]["searched"], result["bitsPerByte"]["initial"])


class MixedWindowsTest(unittest.TestCase):
    def test_longrope2_is_original_rope_up_to_the_training_length(self):
        cfg = ModelConfig()
        longrope2, rope = pe.load("longrope2", cfg, 64), pe.load("rope", cfg, 64)
        for name, value in longrope2(64).items():
            torch.testing.assert_close(value, rope(64)[name])
        self.assertFalse(torch.allclose(longrope2(65)["rq_cos"][:64], rope(64)["rq_cos"]))

    def test_short_windows_carry_half_the_bytes(self):
        s = Settings(length=256, base_length=64, batch=8, seed=1)
        data = np.arange(10_000, dtype=np.uint8)
        windows, is_probe = short_windows(data, s, 0)
        self.assertEqual(tuple(windows.shape), (16, 65))
        self.assertEqual(windows[:, :-1].numel(), (s.batch // 2) * s.length)
        self.assertEqual(len(is_probe), 16)


if __name__ == "__main__":
    unittest.main()
