"""The backbone's graph inputs and outputs: a bias fed by distance equals the dense bias it stands for,
and the attention outputs are what their definitions say."""
import math
import pathlib
import sys
import tempfile
import unittest

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import export  # noqa: E402
import pe  # noqa: E402
from weights import state_from_onnx  # noqa: E402
from model import (AdaptiveBiasDecoder, ByteDecoder, ComplexEmbeddingDecoder, ContextualDecoder, DenseBiasDecoder,  # noqa: E402
                   MlpBiasDecoder, ModelConfig, RelativeContentDecoder, decoder_for, distance_from_pair, expand_distance_bias, identity_inputs,
                   pair_from_distance, pair_from_key_distance)

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


class RelativeContent(unittest.TestCase):
    def test_the_shifts_move_between_distance_and_key_without_a_gather(self):
        n = 9
        by_distance = torch.randn(2, 3, n, n)
        by_pair = pair_from_distance(by_distance)
        causal = torch.tril(torch.randn(2, 3, n, n))
        back = distance_from_pair(causal)
        by_key = pair_from_key_distance(by_distance)   # by_distance read as (key j, distance n)
        for i in range(n):
            for j in range(i + 1):
                self.assertTrue(torch.equal(by_pair[..., i, j], by_distance[..., i, i - j]))
                self.assertTrue(torch.equal(by_key[..., i, j], by_distance[..., j, i - j]))
                self.assertTrue(torch.equal(back[..., i, i - j], causal[..., i, j]))
            self.assertTrue(back[..., i, i + 1:].eq(0).all())

    def test_each_layer_computes_the_papers_scores_and_values_pair_by_pair(self):
        """Shaw: e_ij = q_i . (k_j + a^K_ij) / sqrt(dh), z_i = sum_j alpha_ij (v_j + a^V_ij), a_ij = w_min(i-j, k);
        Transformer-XL: A_ij = (q_i + u) . k_j + (q_i + v) . W_R R_{i-j}, scaled by 1 / sqrt(dh)."""
        n, H, dh = 21, CFG.heads, CFG.head_dim
        torch.manual_seed(5)
        for method_id in ("shaw", "transformer-xl"):
            with self.subTest(method_id):
                encoding = pe.load(method_id, CFG, 64, **({"clip": 6} if method_id == "shaw" else {}))
                model = RelativeContentDecoder(CFG, encoding.relative_content).eval()
                attention, relative = model.blocks[0].attn, encoding(n)["relative"]
                x = torch.randn(1, n, CFG.d)
                with torch.no_grad():
                    out, probs = attention(x, relative, model.u, model.v)
                    q, k, v = attention.qkv(x)[0].view(n, 3, H, dh).unbind(1)             # [L, H, dh] each
                    rel_k = attention.rel_key(relative).view(n, -1, dh)                  # [L, H or 1, dh]
                    rel_v = attention.rel_value(relative).view(n, -1, dh) if attention.rel_value else 0 * rel_k
                    u = model.u[:, 0] if model.u is not None else torch.zeros(H, dh)
                    w = model.v[:, 0] if model.v is not None else torch.zeros(H, dh)
                    z = torch.zeros(n, H, dh)
                    for i in range(n):
                        scores = torch.stack([((q[i] + u) * k[j]).sum(-1) + ((q[i] + w) * rel_k[i - j]).sum(-1)
                                              for j in range(i + 1)]) / math.sqrt(dh)         # [j, H]
                        alpha = scores.softmax(0)
                        torch.testing.assert_close(probs[0, :, i, : i + 1], alpha.T, rtol=1e-5, atol=1e-6)
                        z[i] = sum(alpha[j][:, None] * (v[j] + rel_v[i - j]) for j in range(i + 1))
                    torch.testing.assert_close(out[0], attention.out(z.reshape(n, CFG.d)), rtol=1e-5, atol=1e-5)
                    if method_id == "shaw":   # distances past k share the vector of k
                        self.assertTrue(torch.equal(rel_k[6], rel_k[20]))

    def test_deberta_computes_the_papers_three_terms_pair_by_pair(self):
        """A_ij = Q^c_i . K^c_j + Q^c_i . K^r_{d(i,j)} + K^c_j . Q^r_{d(j,i)}, scaled by 1 / sqrt(3 dh), with
        K^r = P W_{k,r}, Q^r = P W_{q,r} (per layer, split by head) and d(i,j) = clamp(i - j + k, 0, 2k - 1), read
        from the table directly rather than from the `relative` rows the encoding builds."""
        n, H, dh, k = 21, CFG.heads, CFG.head_dim, 6
        torch.manual_seed(7)
        encoding = pe.load("deberta", CFG, 64, clip=k)
        model = RelativeContentDecoder(CFG, encoding.relative_content).eval()
        delta = lambda a, b: min(max(a - b + k, 0), 2 * k - 1)  # noqa: E731
        x = torch.randn(1, n, CFG.d)
        with torch.no_grad():
            encoding.table.add_(torch.randn_like(encoding.table))
            for attention in (block.attn for block in model.blocks):
                out, probs = attention(x, encoding(n)["relative"], None, None)
                q, key, v = attention.qkv(x)[0].view(n, 3, H, dh).unbind(1)           # [L, H, dh] each
                k_r = attention.rel_key(encoding.table).view(2 * k, H, dh)
                q_r = attention.rel_query(encoding.table).view(2 * k, H, dh)
                z = torch.zeros(n, H, dh)
                for i in range(n):
                    scores = torch.stack([(q[i] * key[j]).sum(-1) + (q[i] * k_r[delta(i, j)]).sum(-1)
                                          + (key[j] * q_r[delta(j, i)]).sum(-1) for j in range(i + 1)]) / math.sqrt(3 * dh)
                    alpha = scores.softmax(0)                                              # [j, H]
                    torch.testing.assert_close(probs[0, :, i, : i + 1], alpha.T, rtol=1e-5, atol=1e-6)
                    z[i] = sum(alpha[j][:, None] * v[j] for j in range(i + 1))
                torch.testing.assert_close(out[0], attention.out(z.reshape(n, CFG.d)), rtol=1e-5, atol=1e-5)
        self.assertEqual({delta(i, j) for i in range(n) for j in range(i + 1)}, set(range(k, 2 * k)))
        self.assertEqual({delta(j, i) for i in range(n) for j in range(i + 1)}, set(range(k + 1)))

    def test_the_exported_graph_keeps_every_weight_under_its_name(self):
        """What demos/weights.py reads back (re-export and fine-tunes without the run's checkpoint)."""
        torch.manual_seed(6)
        for method_id in ("shaw", "transformer-xl", "deberta"):
            with self.subTest(method_id), tempfile.TemporaryDirectory() as tmp:
                encoding = pe.load(method_id, CFG, 64)
                model = RelativeContentDecoder(CFG, encoding.relative_content).eval()
                with torch.no_grad():   # as trained: no two parameters equal (the exporter would share them)
                    for p in model.parameters():
                        p.add_(torch.randn_like(p) * 0.1)
                path = pathlib.Path(tmp) / "model.onnx"
                names = export.export_graph(model, CFG, "relative-content", path, encoding)
                self.assertEqual(names, ["tokens", "relative", "attention_pick"])
                state = state_from_onnx(path)
                self.assertEqual(set(state), set(model.state_dict()))
                for name, value in model.state_dict().items():
                    torch.testing.assert_close(state[name], value, rtol=0, atol=0)


class AdaptiveBias(unittest.TestCase):
    @staticmethod
    def trained_like(encoding):
        torch.manual_seed(7)
        model = decoder_for(CFG, encoding).eval()
        with torch.no_grad():   # as trained: no two parameters equal (the exporter would share them)
            for p in model.parameters():
                p.add_(torch.randn_like(p) * 0.1)
        return model

    def test_each_layer_computes_dapes_logits_pair_by_pair(self):
        """DAPE (the authors' AliBi_C): A_ij = S_ij + B_ij + f([S_ij; B_ij]) with S = q . k / sqrt(dh), B ALiBi's
        -m_h (i - j), f = W2 LeakyReLU(W1 x + b1) + b2 on the 2H values of the pair, then the causal softmax."""
        n, H, dh = 13, CFG.heads, CFG.head_dim
        encoding = pe.load("dape", CFG, 64)
        model = self.trained_like(encoding)
        self.assertIsInstance(model, AdaptiveBiasDecoder)
        attention = model.blocks[0].attn
        first, second = attention.mix[0], attention.mix[2]
        self.assertEqual((first.in_features, first.out_features, second.out_features), (2 * H, 12, H))
        slopes = torch.tensor([2.0 ** (-8 * (h + 1) / H) for h in range(H)])
        x = torch.randn(2, n, CFG.d)
        with torch.no_grad():
            out, probs = attention(x, expand_distance_bias(encoding(n)["distance_bias"], n), None, None, None, None)
            q, k, v = attention.qkv(x).view(2, n, 3, H, dh).unbind(2)                      # [B, L, H, dh] each
            for b in range(2):
                z = torch.zeros(n, H, dh)
                for i in range(n):
                    logits = []
                    for j in range(i + 1):
                        s = (q[b, i] * k[b, j]).sum(-1) / math.sqrt(dh)                      # [H]
                        bias = -slopes * (i - j)
                        hidden = torch.nn.functional.leaky_relu(first.weight @ torch.cat([s, bias]) + first.bias, 0.01)
                        logits.append(s + bias + second.weight @ hidden + second.bias)
                    alpha = torch.stack(logits).softmax(0)                                  # [j, H]
                    torch.testing.assert_close(probs[b, :, i, : i + 1], alpha.T, rtol=1e-5, atol=1e-6)
                    z[i] = (alpha[:, :, None] * v[b, : i + 1]).sum(0)
                torch.testing.assert_close(out[b], attention.out(z.reshape(n, CFG.d)), rtol=1e-5, atol=1e-5)

    def test_the_graph_takes_the_bias_by_distance_and_keeps_every_weight_under_its_name(self):
        encoding = pe.load("dape", CFG, 64)
        model = self.trained_like(encoding)
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "model.onnx"
            names = export.export_graph(model, CFG, "adaptive-bias", path, encoding)
            self.assertEqual(names, ["tokens", "distance_bias", "attention_pick"])
            state = state_from_onnx(path)
        self.assertEqual(set(state), set(model.state_dict()))
        for name, value in model.state_dict().items():
            torch.testing.assert_close(state[name], value, rtol=0, atol=0)



class Contextual(unittest.TestCase):
    @staticmethod
    def trained_like(positions):
        torch.manual_seed(11)
        model = ContextualDecoder(CFG, {"positions": positions}).eval()
        with torch.no_grad():   # as trained: no two parameters equal, and a table that is not zeros
            for p in model.parameters():
                p.add_(torch.randn_like(p) * 0.3)
        return model

    def test_each_layer_computes_copes_logits_pair_by_pair(self):
        """CoPE (arXiv 2405.18719, with the scaling and clamp of its appendix code): g_it = sigmoid(q_i . k_t /
        sqrt(dh)), p_ij = min(sum_{t=j..i} g_it, P - 1), e[p] = (p - floor p) e[ceil p] + (1 - p + floor p) e[floor p]
        (the embeddings interpolated, not their logits), a_ij = softmax_j(q_i . k_j / sqrt(dh) + q_i . e[p_ij]).
        The default table (P = 32, no count reaches it at 13 bytes) and a table of 4, which clamps most counts."""
        n, H, dh = 13, CFG.heads, CFG.head_dim
        self.assertEqual(pe.load("cope", CFG, 64).contextual, {"positions": 32})
        for positions in (32, 4):
            with self.subTest(positions=positions):
                model = self.trained_like(positions)
                attention = model.blocks[1].attn
                table = attention.position_embeddings[0].T                                   # [P, dh] e[p]
                x = torch.randn(2, n, CFG.d)
                clamped = 0
                with torch.no_grad():
                    out, probs = attention(x)
                    q, k, v = attention.qkv(x).view(2, n, 3, H, dh).unbind(2)               # [B, L, H, dh] each
                    for b in range(2):
                        z = torch.zeros(n, H, dh)
                        for i in range(n):
                            gates = torch.sigmoid((q[b, i] * k[b, : i + 1]).sum(-1) / math.sqrt(dh))   # [t, H]
                            logits = []
                            for j in range(i + 1):
                                p = gates[j:].sum(0).clamp(max=positions - 1)                 # [H]
                                clamped += int((p == positions - 1).sum())
                                low, high, frac = p.floor().long(), p.ceil().long(), p - p.floor()
                                e = frac[:, None] * table[high] + (1 - frac[:, None]) * table[low]   # [H, dh]
                                logits.append((q[b, i] * (k[b, j] / math.sqrt(dh) + e)).sum(-1))
                            alpha = torch.stack(logits).softmax(0)                              # [j, H]
                            torch.testing.assert_close(probs[b, :, i, : i + 1], alpha.T, rtol=1e-5, atol=1e-6)
                            self.assertTrue(probs[b, :, i, i + 1:].eq(0).all())
                            z[i] = (alpha[:, :, None] * v[b, : i + 1]).sum(0)
                        torch.testing.assert_close(out[b], attention.out(z.reshape(n, CFG.d)), rtol=1e-5, atol=1e-5)
                self.assertEqual(clamped > 0, positions == 4)

    def test_the_graph_takes_no_position_input_and_keeps_every_weight_under_its_name(self):
        encoding = pe.load("cope", CFG, 64)
        model = self.trained_like(encoding.contextual["positions"])
        self.assertIsInstance(decoder_for(CFG, encoding), ContextualDecoder)
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "model.onnx"
            names = export.export_graph(model, CFG, "contextual", path, encoding)
            self.assertEqual(names, ["tokens", "attention_pick"])
class ComplexEmbedding(unittest.TestCase):
    @staticmethod
    def trained_like():
        torch.manual_seed(8)
        model = decoder_for(CFG, pe.load("complex-embedding", CFG, 64)).eval()
        with torch.no_grad():   # as trained: no two parameters equal (the exporter would share them)
            for p in model.parameters():
                p.add_(torch.randn_like(p) * 0.1)
        return model

    def test_the_embedding_and_the_logits_are_the_papers_byte_by_byte(self):
        """Wang et al.: byte j at position pos is r_j e^{i (w_j pos + theta_j)} per complex dimension k, entered as
        [Re, Im]; the authors' language model scores byte v by sum_k r_{v,k} |h_k| / 1.5, h = the final state read as
        complex (Re h_k = h[k], Im h_k = h[k + d/2])."""
        n, half = 11, CFG.d // 2
        model = self.trained_like()
        self.assertIsInstance(model, ComplexEmbeddingDecoder)
        tokens = torch.randint(0, 256, (2, n))
        positions = pe.load("complex-embedding", CFG, 64)(n)["positions"]
        r, w, theta = model.embed.weight, model.frequency.weight, model.phase.weight
        self.assertEqual(tuple(r.shape), (256, half))
        seen = {}
        hook = model.blocks[0].register_forward_pre_hook(lambda _module, args: seen.update(x=args[0]))
        with torch.no_grad():
            logits = model(tokens, positions)
            hook.remove()
            for b in range(2):
                for i in range(n):
                    j = int(tokens[b, i])
                    f = r[j] * torch.exp(1j * (w[j] * i + theta[j]))                        # [d/2] complex
                    torch.testing.assert_close(seen["x"][b, i], torch.cat([f.real, f.imag]), rtol=1e-5, atol=1e-6)
            x = seen["x"]
            for block in model.blocks:
                x, _ = block(x, 0.0, None, None, None, None)
            final = model.ln_f(x)
            h = torch.complex(final[..., :half], final[..., half:])
            expected = torch.stack([(r[v] * h.abs() / 1.5).sum(-1) for v in range(256)], dim=-1)
        torch.testing.assert_close(logits, expected, rtol=1e-5, atol=1e-5)

    def test_the_graph_takes_the_positions_and_keeps_every_weight_under_its_name(self):
        encoding = pe.load("complex-embedding", CFG, 64)
        model = self.trained_like()
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "model.onnx"
            names = export.export_graph(model, CFG, "complex-embedding", path, encoding)
            self.assertEqual(names, ["tokens", "positions", "attention_pick"])


class MlpBias(unittest.TestCase):
    @staticmethod
    def trained_like():
        torch.manual_seed(8)
        encoding = pe.load("fire", CFG, 64)
        by_distance, dense = twins()
        with torch.no_grad():   # as trained: no two parameters equal, threshold away from its initial value
            for p in [*encoding.parameters(), *by_distance.parameters()]:
                p.add_(torch.randn_like(p) * 0.3)
        dense.load_state_dict(by_distance.state_dict())
        return encoding, decoder_for(CFG, encoding, backbone=by_distance).eval(), dense

    def test_the_graphs_bias_is_fires_formula_pair_by_pair(self):
        """b(i, j) = f(psi(i - j) / psi(max(L, i))), psi(x) = log(|c x| + 1) (+ the reference module's eps 1e-6 on the
        normaliser), f = Linear(width, H)(ReLU(Linear(1, width)(x))); the model's logits equal the dense-bias graph's fed
        that bias, with the same weights."""
        n = 23
        encoding, model, dense = self.trained_like()
        self.assertIsInstance(model, MlpBiasDecoder)
        c, threshold = float(encoding.c), float(encoding.threshold())
        self.assertGreater(threshold, 5)   # some queries below the threshold, some above
        psi = lambda x: math.log(abs(c * x) + 1)  # noqa: E731
        full = torch.zeros(CFG.heads, n, n)
        with torch.no_grad():
            for i in range(n):
                for j in range(i + 1):
                    x = torch.tensor([psi(i - j) / (psi(max(i, threshold)) + 1e-6)])
                    full[:, i, j] = encoding.head(torch.relu(encoding.hidden(x)))
            inputs = encoding(n)
            self.assertEqual({k: tuple(v.shape) for k, v in inputs.items()}, {"distance_feature": (n,), "query_normaliser": (n,)})
            x = expand_distance_bias(inputs["distance_feature"][None], n)[0] / inputs["query_normaliser"][:, None]
            causal = torch.tril(torch.ones(n, n, dtype=torch.bool))
            torch.testing.assert_close(model.pair_bias(x)[:, causal], full[:, causal], rtol=1e-5, atol=1e-5)
            tokens = torch.randint(0, 256, (2, n))
            identity = identity_inputs(CFG, n)
            expected = dense(tokens, identity["ape"], full, *[identity[r] for r in ROTATIONS])
            torch.testing.assert_close(model(tokens, *inputs.values()), expected, rtol=1e-5, atol=1e-4)

    def test_the_graph_takes_o_l_inputs_and_keeps_the_backbones_weights_under_their_names(self):
        """The MLP is the encoding's (saved with it, as before this graph); the graph's own state is the backbone's."""
        encoding, model, _ = self.trained_like()
        self.assertEqual(set(model.state_dict()), set(ByteDecoder(CFG).state_dict()))
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "model.onnx"
            names = export.export_graph(model, CFG, "mlp-bias", path, encoding)
            self.assertEqual(names, ["tokens", "distance_feature", "query_normaliser", "attention_pick"])
            state = state_from_onnx(path)
        self.assertEqual(set(state), set(model.state_dict()))
        for name, value in model.state_dict().items():
            torch.testing.assert_close(state[name], value, rtol=0, atol=0)


class WebGpuCoverage(unittest.TestCase):
    """tests/e2e/webgpu-covered.json leaves a graph's WebGPU run to another graph's test: that holds only if the
    covering graph runs every operator of it with the same attributes (the WebGPU kernels it compiles)."""

    def test_each_covered_graphs_operators_are_all_in_its_cover(self):
        import json
        import onnx
        from onnx import helper
        root = pathlib.Path(__file__).resolve().parents[2]
        covered = json.loads((root / "tests/e2e/webgpu-covered.json").read_text())["covered"]
        files = {}
        for entry in json.loads((root / "public/models/manifest.json").read_text())["models"]:
            files.setdefault(entry["graph"], root / "public/models" / entry["file"])

        def value(attribute):
            v = helper.get_attribute_value(attribute)
            if isinstance(v, onnx.TensorProto):
                return ("tensor", tuple(v.dims), v.data_type, v.raw_data or tuple(v.float_data) or tuple(v.int64_data))
            return tuple(v) if isinstance(v, list) else v

        def signatures(graph):
            found = set()
            for node in graph.node:
                for a in node.attribute:
                    if a.type == onnx.AttributeProto.GRAPH:
                        found |= signatures(a.g)
                attributes = tuple(sorted((a.name, value(a)) for a in node.attribute if a.type != onnx.AttributeProto.GRAPH))
                found.add((node.op_type, attributes))
            return found

        def of(graph):
            return signatures(onnx.load(str(files[graph]), load_external_data=False).graph)

        self.assertTrue(covered)
        for graph, cover in covered.items():
            with self.subTest(graph=graph, cover=cover):
                missing = of(graph) - of(cover)
                self.assertEqual(missing, set(), f"{graph} has operators {cover} does not run")


if __name__ == "__main__":
    unittest.main()
