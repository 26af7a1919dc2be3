"""PyTorch twins: shapes, the papers' identities, and agreement with the committed fixtures.

Run: /usr/bin/python3 -m unittest discover -s demos/tests
"""
import base64
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
from pe import rope_scaling  # noqa: E402
from pe.base import MAX_BANDS, UNBOUNDED, alibi_slopes, band, multi_band, rope_inv_freq, rotary, window_bands  # noqa: E402
from model import MULTI_BAND_INPUT_NAMES, ByteDecoder, ModelConfig, MultiBandDecoder, banded_scores, identity_inputs  # noqa: E402
from pe.bipe import bilevel_positions  # noqa: E402
from pe.prng import ordered_subset  # noqa: E402

CFG = ModelConfig()
FIXTURES = DEMOS.parent / "tests" / "fixtures" / "pe"
NONDEFAULT = FIXTURES / "nondefault"
HF_DIR = FIXTURES / "hf"
sys.path.insert(0, str(HF_DIR))
import hf_reference  # noqa: E402  (numpy transcription of HF modeling_rope_utils)
EXPECTED_SHAPES = {"ape": lambda n: (n, CFG.d), "bias": lambda n: (CFG.heads, n, n),
                   "distance_bias": lambda n: (CFG.heads, n), "positions": lambda n: (n,),
                   "band_bounds": lambda n: (MAX_BANDS, 2),
                   **{r: (lambda n: (n, CFG.head_dim // 2)) for r in ("rq_cos", "rq_sin", "rk_cos", "rk_sin")},
                   **{r: (lambda n: (MAX_BANDS, n, CFG.head_dim // 2)) for r in ("bq_cos", "bq_sin", "bk_cos", "bk_sin")},
                   **{r: (lambda n: (MAX_BANDS, n)) for r in ("bq_coord", "bk_coord")},
                   **{r: (lambda n: (n,)) for r in ("distance_feature", "query_normaliser")}}


def decode(t):
    return np.frombuffer(base64.b64decode(t["data"]), dtype="<f4").reshape(t["dims"])


class Shapes(unittest.TestCase):
    def test_every_method_returns_known_inputs_with_the_right_shapes(self):
        for method_id in pe.all_ids():
            with self.subTest(method_id):
                encoding = pe.load(method_id, CFG, 64)
                for role, tensor in encoding.inputs(9, tokens=torch.tensor(list(b"Yes. No.\n"))).items():
                    if role == "relative":   # its width is the encoding's (twice with the position-to-content term)
                        relative = encoding.relative_content
                        width = relative["features"] * (2 if relative.get("position_to_content") else 1)
                        self.assertEqual(tuple(tensor.shape), (9, width))
                        continue
                    self.assertIn(role, EXPECTED_SHAPES)
                    self.assertEqual(tuple(tensor.shape), EXPECTED_SHAPES[role](9))
                    self.assertTrue(torch.isfinite(tensor).all())

    def test_unknown_config_key_is_an_error(self):
        with self.assertRaises(ValueError):
            pe.load("alibi", CFG, 64, slope=1)


class Identities(unittest.TestCase):
    def test_alibi_slopes_follow_the_geometric_rule(self):
        self.assertEqual(alibi_slopes(8), [2 ** -(k + 1) for k in range(8)])
        self.assertEqual(alibi_slopes(4), [2 ** (-2 * (k + 1)) for k in range(4)])
        # 6 heads: the 4 slopes of 4 heads, then slopes 1 and 3 of 8 heads (every other one)
        self.assertEqual(alibi_slopes(6), alibi_slopes(4) + [2 ** -1, 2 ** -3])

    def test_pi_is_rope_divided_by_the_factor(self):
        inv, attention = rope_scaling.linear(head_dim=16, base=10000.0, factor=4.0)
        torch.testing.assert_close(inv, rope_inv_freq(head_dim=16, base=10000.0) / 4)
        self.assertEqual(attention, 1.0)

    def test_dynamic_ntk_is_rope_within_the_training_length(self):
        inv, _ = rope_scaling.dynamic_ntk(head_dim=16, base=10000.0, factor=1.0, length=50, train_length=64)
        torch.testing.assert_close(inv, rope_inv_freq(head_dim=16, base=10000.0))

    def test_yarn_lies_between_pi_and_rope_and_keeps_the_fastest_dimension(self):
        inv, attention = rope_scaling.yarn(head_dim=16, base=10000.0, factor=4.0, train_length=64)
        rope = rope_inv_freq(head_dim=16, base=10000.0)
        self.assertTrue(((inv <= rope + 1e-15) & (inv >= rope / 4 - 1e-15)).all())
        self.assertEqual(inv[0].item(), rope[0].item())
        self.assertAlmostEqual(attention, 0.1 * math.log(4) + 1)

    def test_rotary_helpers_are_keyword_only(self):
        with self.assertRaises(TypeError):
            rope_scaling.llama3(16, 10000.0, 8.0, 64, 1.0, 4.0)
        with self.assertRaises(TypeError):
            rope_scaling.yarn(16, 10000.0, 4.0, 64, 32.0, 1.0)
        with self.assertRaises(TypeError):
            rope_inv_freq(16, 10000.0)

    def test_window_bands_near_band_is_rope_and_far_band_uses_the_given_positions(self):
        inv = rope_inv_freq(head_dim=16, base=10000.0)
        pos = torch.arange(9, dtype=torch.float64)
        out = window_bands(inv_freq=inv, positions=pos, far_query_positions=pos + 3, far_key_positions=pos / 2, window=4)
        torch.testing.assert_close(out["bq_cos"][0], rotary(pos, inv)["rq_cos"])
        torch.testing.assert_close(out["bq_sin"][1], rotary(pos + 3, inv)["rq_sin"])
        torch.testing.assert_close(out["bk_cos"][1], rotary(pos / 2, inv)["rk_cos"])
        self.assertEqual(out["band_bounds"].tolist(), [[0.0, 4.0], [4.0, UNBOUNDED], [0.0, 0.0]])
        with self.assertRaises(ValueError):
            window_bands(inv_freq=inv, positions=pos, far_query_positions=pos[:3], far_key_positions=pos, window=4)

    def test_multi_band_refuses_a_query_that_cannot_see_itself_and_too_many_bands(self):
        inv = rope_inv_freq(head_dim=16, base=10000.0)
        pos = torch.arange(6, dtype=torch.float64)
        far_only = band(query_positions=pos, key_positions=pos, query_coord=pos, key_coord=pos, low=1.0)
        with self.assertRaisesRegex(ValueError, "query 0 is in no band with itself"):
            multi_band(inv_freq=inv, bands=[far_only])
        with self.assertRaises(ValueError):
            multi_band(inv_freq=inv, bands=[far_only] * (MAX_BANDS + 1))

    def test_banded_scores_equal_each_pair_rotated_by_its_first_matching_band(self):
        """The graph's pairwise expansion against a per-pair loop, on three overlapping bands with a masked gap."""
        torch.manual_seed(0)
        inv = rope_inv_freq(head_dim=16, base=10000.0)
        n = 12
        pos = torch.arange(n, dtype=torch.float64)
        chunk = torch.floor(pos / 4)
        bands = [band(query_positions=pos % 4, key_positions=pos % 4, query_coord=chunk, key_coord=chunk, low=0.0, high=1.0),
                 band(query_positions=pos + 1, key_positions=pos, query_coord=pos, key_coord=pos, low=0.0, high=6.0),
                 band(query_positions=torch.full((n,), 7.0), key_positions=pos % 4, query_coord=torch.zeros(n),
                      key_coord=-pos, low=0.0, high=2.0)]
        inputs = multi_band(inv_freq=inv, bands=bands)
        q, k = torch.randn(1, 1, n, 16), torch.randn(1, 1, n, 16)
        scores = banded_scores(q, k, *(inputs[name] for name in MULTI_BAND_INPUT_NAMES[1:-1]))[0, 0]

        def rotated(x, p):
            angles = p * inv
            x1, x2 = x.double().chunk(2)
            return torch.cat([x1 * angles.cos() - x2 * angles.sin(), x2 * angles.cos() + x1 * angles.sin()])

        for i in range(n):
            for j in range(i + 1):
                hit = next((b for b in bands if b["low"] <= float(b["query_coord"][i] - b["key_coord"][j]) < b["high"]), None)
                if hit is None:
                    self.assertEqual(scores[i, j].item(), float("-inf"), (i, j))
                    continue
                want = rotated(q[0, 0, i], hit["query_positions"][i]) @ rotated(k[0, 0, j], hit["key_positions"][j])
                self.assertAlmostEqual(scores[i, j].item(), want.item(), places=4, msg=(i, j))
        self.assertTrue(torch.isinf(scores[11, 5]))  # chunk 2 vs 1, distance 6, key past the first two: the gap

    def test_the_multi_band_graph_with_one_unbounded_band_is_the_backbone(self):
        torch.manual_seed(1)
        cfg = ModelConfig()
        weights = ByteDecoder(cfg).state_dict()
        backbone, multi = ByteDecoder(cfg).eval(), MultiBandDecoder(cfg).eval()
        backbone.load_state_dict(weights)
        multi.load_state_dict(weights)
        n = 20
        pos = torch.arange(n, dtype=torch.float64)
        inv = rope_inv_freq(head_dim=cfg.head_dim, base=10000.0)
        tokens = torch.randint(0, 256, (1, n))
        inputs = identity_inputs(cfg, n)
        inputs.update(rotary(pos, inv))
        bands = multi_band(inv_freq=inv, bands=[band(query_positions=pos, key_positions=pos, query_coord=pos, key_coord=pos, low=0.0)])
        with torch.no_grad():
            torch.testing.assert_close(multi(tokens, **bands), backbone(tokens, **inputs), rtol=1e-5, atol=1e-5)

    def test_rope_scores_depend_only_on_the_offset(self):
        out = pe.load("rope", CFG, 64)(40)
        q, k = torch.randn(CFG.head_dim), torch.randn(CFG.head_dim)
        def rot(x, i, which):
            c, s = out[f"r{which}_cos"][i], out[f"r{which}_sin"][i]
            x1, x2 = x.chunk(2)
            return torch.cat([x1 * c - x2 * s, x2 * c + x1 * s])
        self.assertAlmostEqual((rot(q, 10, "q") @ rot(k, 3, "k")).item(), (rot(q, 37, "q") @ rot(k, 30, "k")).item(), places=4)

    def test_bias_methods_are_zero_on_the_diagonal(self):
        for method_id in ("alibi", "kerple", "sandwich"):
            bias = pe.load(method_id, CFG, 64)(12)["distance_bias"]
            self.assertTrue(torch.allclose(bias[:, 0], torch.zeros(CFG.heads), atol=1e-5), method_id)

    def test_bipe_offsets_restart_after_each_segment_end_and_a_batch_is_encoded_row_by_row(self):
        texts = [b"Yes. No.\n..Maybe", b"\nOne, two. Three"]
        for text in texts:
            offsets, segments, offset, segment = [], [], 0, 0
            for byte in text:                      # a segment end belongs to the segment it ends
                offsets.append(offset)
                segments.append(segment)
                offset, segment = (0, segment + 1) if byte in b".\n" else (offset + 1, segment)
            got = bilevel_positions(torch.tensor(list(text)))
            self.assertEqual((got[0].tolist(), got[1].tolist()), (offsets, segments))
        encoding = pe.load("bipe", CFG, 64)
        batch = torch.tensor([list(t) for t in texts])
        together = encoding.inputs(16, tokens=batch)
        for row, text in enumerate(texts):
            alone = encoding.inputs(16, tokens=torch.tensor(list(text)))
            for role, tensor in alone.items():
                torch.testing.assert_close(together[role][row], tensor, rtol=0, atol=0)

    def test_ordered_subset_is_sorted_distinct_and_seeded(self):
        picked = ordered_subset(50, 2048, 7)
        self.assertEqual(picked, sorted(set(picked)))
        self.assertEqual(picked, ordered_subset(50, 2048, 7))
        self.assertEqual(ordered_subset(2048, 2048, 7), list(range(2048)))


class Fixtures(unittest.TestCase):
    def test_fixtures_match_the_twins(self):
        for path in sorted(FIXTURES.glob("*.json")) + sorted(NONDEFAULT.glob("*.json")):
            fixture = json.loads(path.read_text())
            with self.subTest(str(path.relative_to(FIXTURES))):
                torch.manual_seed(0)
                encoding = pe.load(fixture["id"], CFG, fixture["trainLength"], **fixture["config"])
                with torch.no_grad():
                    for p in encoding.parameters():
                        p.add_(torch.randn_like(p) * fixture.get("perturbation", 0.3))
                for case in fixture["cases"]:
                    out = encoding.inputs(case["length"], tokens=torch.tensor(case["tokens"]) if "tokens" in case else None)
                    for role, expected in case["tensors"].items():
                        # float32 sums round differently on other CPUs and BLAS builds, by an amount that scales
                        # with the tensor's magnitude (TUPE's bias reaches ~10): the tolerance scales with it
                        want = decode(expected)
                        scale = max(1.0, float(np.abs(want).max(initial=0.0)))
                        np.testing.assert_allclose(out[role].detach().numpy(), want, atol=1e-6 * scale)

    def test_every_twin_has_a_fixture(self):
        self.assertEqual(sorted(p.stem for p in FIXTURES.glob("*.json")), pe.all_ids())

    def test_every_twin_with_knobs_has_a_non_default_fixture_with_every_knob_changed(self):
        configurable = [i for i in pe.all_ids() if pe.load(i, CFG, 64).config]
        self.assertEqual(sorted(p.stem for p in NONDEFAULT.glob("*.json")), configurable)
        for method_id in configurable:
            defaults = pe.load(method_id, CFG, 64).config
            config = json.loads((NONDEFAULT / f"{method_id}.json").read_text())["config"]
            self.assertEqual(sorted(config), sorted(defaults), method_id)
            for key, value in config.items():
                self.assertNotEqual(value, defaults[key], f"{method_id}.{key}")


class HuggingFaceReference(unittest.TestCase):
    """rope_scaling against stored values from a transcription of HF modeling_rope_utils (1e-6 relative)."""

    STORED = json.loads((HF_DIR / "rope-scaling.json").read_text())

    @staticmethod
    def twin(method, o):
        kw = {"head_dim": o["headDim"], "base": o["base"], "factor": o["factor"]}
        if method == "linear":
            return rope_scaling.linear(**kw)
        if method == "ntk-aware":
            return rope_scaling.ntk_aware(**kw)
        if method == "dynamic-ntk":
            return rope_scaling.dynamic_ntk(**kw, length=o["length"], train_length=o["trainLength"])
        if method == "yarn":
            return rope_scaling.yarn(**kw, train_length=o["trainLength"], beta_fast=o["betaFast"], beta_slow=o["betaSlow"])
        if method == "ntk-by-parts":
            return rope_scaling.ntk_by_parts(**kw, train_length=o["trainLength"], beta_fast=o["betaFast"],
                                             beta_slow=o["betaSlow"])
        if method == "llama3":
            return rope_scaling.llama3(**kw, train_length=o["trainLength"], low_freq_factor=o["lowFreqFactor"],
                                       high_freq_factor=o["highFreqFactor"])
        if method == "longrope":
            return rope_scaling.longrope(**kw, train_length=o["trainLength"], rescale=o["rescale"])
        raise ValueError(method)

    def test_stored_reference_is_what_the_transcription_computes(self):
        self.assertEqual(hf_reference.build(), self.STORED)

    def test_twins_match_the_reference(self):
        # rope_scaling.longrope is HF's long-factor branch; the LongRoPE module's short branch is held to HF by
        # tests/unit/pe/hf-reference.test.ts and to this module by the parity fixtures.
        for case in self.STORED["cases"]:
            if case["method"] == "longrope" and case["options"]["length"] <= case["options"]["trainLength"]:
                continue
            with self.subTest(case["method"], **{k: v for k, v in case["options"].items() if k != "rescale"}):
                inv, attention = self.twin(case["method"], case["options"])
                np.testing.assert_allclose(inv.numpy(), case["invFreq"], rtol=1e-6, atol=0)
                self.assertAlmostEqual(attention / case["attentionFactor"], 1.0, delta=1e-6)


if __name__ == "__main__":
    unittest.main()
