"""The backbone's graph inputs and outputs: a bias fed by distance equals the dense bias it stands for,
and the attention outputs are what their definitions say."""
import math
import pathlib
import sys
import unittest

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import pe  # noqa: E402
from model import ByteDecoder, DenseBiasDecoder, ModelConfig, identity_inputs  # noqa: E402

CFG = ModelConfig()
ROTATIONS = ("rq_cos", "rq_sin", "rk_cos", "rk_sin")


def twins():
    torch.manual_seed(3)
    weights = ByteDecoder(CFG).state_dict()
    by_distance, dense = ByteDecoder(CFG).eval(), DenseBiasDecoder(CFG).eval()
    by_distance.load_state_dict(weights)
    dense.load_state_dict(weights)
    return by_distance, dense


class DistanceBias(unittest.TestCase):
    def test_every_distance_bias_equals_its_dense_bias_built_pair_by_pair(self):
        n = 23
        tokens = torch.randint(0, 256, (2, n))
        by_distance, dense = twins()
        for method_id in ("alibi", "t5-bias", "kerple", "sandwich"):
            with self.subTest(method_id):
                encoding = pe.load(method_id, CFG, 64)
                with torch.no_grad():
                    for p in encoding.parameters():
                        p.add_(torch.randn_like(p))
                    table = encoding(n)["distance_bias"]                                  # [H, L]
                    full = torch.zeros(CFG.heads, n, n)
                    for i in range(n):
                        for j in range(i + 1):
                            full[:, i, j] = table[:, i - j]
                    inputs = identity_inputs(CFG, n)
                    rotations = [inputs[r] for r in ROTATIONS]
                    expected = dense(tokens, inputs["ape"], full, *rotations)
                    got = by_distance(tokens, inputs["ape"], table, *rotations)
                torch.testing.assert_close(got, expected, rtol=0, atol=0)


class AttentionOutputs(unittest.TestCase):
    def test_uniform_attention_has_entropy_log_of_the_prefix_and_distance_half_of_it(self):
        n = 17
        model, _ = twins()
        with torch.no_grad():
            for block in model.blocks:
                block.attn.qkv.weight[: 2 * CFG.d].zero_()                    # q = k = 0: every logit 0
                block.attn.qkv.bias[: 2 * CFG.d].zero_()
            inputs = identity_inputs(CFG, n)
            _, entropy, distance, attention = model(torch.randint(0, 256, (1, n)), *inputs.values(), torch.tensor([1, 3]))
        prefix = torch.arange(1, n + 1, dtype=torch.float32)
        self.assertEqual(tuple(entropy.shape), (CFG.layers, 1, CFG.heads, n))
        torch.testing.assert_close(entropy, prefix.log().expand_as(entropy), rtol=1e-5, atol=1e-5)
        torch.testing.assert_close(distance, ((prefix - 1) / 2).expand_as(distance), rtol=1e-5, atol=1e-5)
        torch.testing.assert_close(attention[0], torch.tril(torch.ones(n, n)) / prefix[:, None])

    def test_the_picked_attention_is_that_layer_and_heads(self):
        n = 19
        model, _ = twins()
        inputs = identity_inputs(CFG, n)
        inputs.update(pe.load("alibi", CFG, 64)(n))                       # heads differ by slope
        tokens = torch.randint(0, 256, (1, n))
        with torch.no_grad():
            plain = model(tokens, *inputs.values())
            for layer in range(CFG.layers):
                for head in range(CFG.heads):
                    logits, entropy, distance, attention = model(tokens, *inputs.values(), torch.tensor([layer, head]))
                    torch.testing.assert_close(logits, plain)
                    p = attention[0]
                    torch.testing.assert_close(p.sum(-1), torch.ones(n))
                    own_entropy = -(p * p.clamp(min=1e-30).log()).sum(-1)
                    own_distance = (p * (torch.arange(n)[:, None] - torch.arange(n)[None, :])).sum(-1)
                    torch.testing.assert_close(entropy[layer, 0, head], own_entropy)
                    torch.testing.assert_close(distance[layer, 0, head], own_distance)
                    others = [entropy[l, 0, h] for l in range(CFG.layers) for h in range(CFG.heads) if (l, h) != (layer, head)]
                    self.assertTrue(all(not torch.allclose(o, own_entropy) for o in others))
        self.assertLessEqual(float(entropy.max()), math.log(n) + 1e-5)


if __name__ == "__main__":
    unittest.main()
