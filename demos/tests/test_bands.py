"""The window and chunk methods of the multi-band graph against per-pair definitions written the way
each paper or its code states them: Dual Chunk Attention's three cases, StreamingLLM's rolling cache
simulated token by token (positions = place in the cache), LM-Infinite's Λ mask with its ceiling,
Mesa-Extrapolation's chunk passes and Stair PE built the way the authors' code builds them."""
import math
import pathlib
import sys
import unittest

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import pe  # noqa: E402
from model import MULTI_BAND_INPUT_NAMES, ModelConfig, banded_scores  # noqa: E402
from pe.base import rope_inv_freq  # noqa: E402

CFG = ModelConfig()
INV = rope_inv_freq(head_dim=CFG.head_dim, base=10000.0)


def rotated(x, p):
    angles = p * INV
    x1, x2 = x.double().chunk(2)
    return torch.cat([x1 * angles.cos() - x2 * angles.sin(), x2 * angles.cos() + x1 * angles.sin()])


def dca_pair(i, j, s=48, cap=63):
    """An et al. §3: (query position, key position) of a causal pair."""
    gap = i // s - j // s
    query = i % s if gap == 0 else min(s + i % s, cap) if gap == 1 else cap
    return query, j % s


def streaming_pair(i, j, sinks=4, window=28):
    """StreamingLLM's cache when token i is decoded: the first `sinks` tokens and the `window` before i,
    then i; each at its index in the cache. None when j has been evicted."""
    cache = sorted(set(range(min(sinks, i + 1))) | set(range(max(0, i - window), i + 1)))
    return (cache.index(i), cache.index(j)) if j in cache else None


def lm_infinite_pair(i, j, local=64, starting=10, cap=64):
    """Han et al.'s code: the ending span at true distance; a starting token beyond it at distance `cap`."""
    if i - j < local:
        return i, j
    return (cap, 0) if j < starting else None


def mesa_reference(n, train=64, first=3, width=58, step=50):
    """soacker/Mesa-Extrapolation's chunk_forward and attention forward, pair by pair: {(i, j): (query
    position, key position, query scale)} for the pairs the passes compute."""
    pairs, beg, end = {}, 0, first
    while beg < n:
        last = end >= n  # the loop sends the first-chunk cache only while the chunk ends before n
        end = min(end, n)
        keys = list(range(end)) if last else sorted(set(range(first)) | set(range(beg, end)))
        kv = len(keys)
        if kv > train:  # the code's Stair PE: the last positions exact, the rest repeated `step` times
            push = (kv - 1) % width
            pos1 = list(range(kv - push, kv))
            last_pos = (kv - push) // step + 1
            rope = sorted(list(range(kv - push - last_pos, kv - push)) * step) + pos1
        else:
            rope = list(range(kv))
        rope = rope[-kv:]
        for i in range(beg, end):
            qi = keys.index(i)
            for j in keys[:qi + 1]:
                pairs[i, j] = rope[qi], rope[keys.index(j)], max(1.0, math.log(qi + 1) / math.log(train))
        beg, end = end, end + width
    return pairs


class WindowAndChunkMethods(unittest.TestCase):
    def test_mesa_extrapolation_is_the_authors_chunk_passes(self):
        for length, config in [(200, {}), (60, {}), (64, {}), (130, {"firstChunk": 4, "chunkWidth": 12, "stairWidth": 3}),
                               (47, {"firstChunk": 5, "chunkWidth": 7, "stairWidth": 4})]:
            torch.manual_seed(0)
            inputs = pe.load("mesa-extrapolation", CFG, 64 if length != 47 else 20, **config)(length)
            q, k = torch.randn(1, 1, length, CFG.head_dim), torch.randn(1, 1, length, CFG.head_dim)
            scores = banded_scores(q, k, *(inputs[name] for name in MULTI_BAND_INPUT_NAMES[1:-1]))[0, 0]
            c = {"firstChunk": 3, "chunkWidth": 58, "stairWidth": 50, **config}
            ref = mesa_reference(length, 64 if length != 47 else 20, c["firstChunk"], c["chunkWidth"], c["stairWidth"])
            for i in range(length):
                for j in range(i + 1):
                    if (i, j) not in ref:
                        self.assertEqual(scores[i, j].item(), float("-inf"), (length, i, j))
                    else:
                        qp, kp, scale = ref[i, j]
                        want = scale * rotated(q[0, 0, i], qp) @ rotated(k[0, 0, j], kp)
                        self.assertAlmostEqual(scores[i, j].item(), want.item(), places=3, msg=(length, i, j))

    def check(self, method, reference, length, **config):
        torch.manual_seed(0)
        inputs = pe.load(method, CFG, 64, **config)(length)
        q, k = torch.randn(1, 1, length, CFG.head_dim), torch.randn(1, 1, length, CFG.head_dim)
        scores = banded_scores(q, k, *(inputs[name] for name in MULTI_BAND_INPUT_NAMES[1:-1]))[0, 0]
        for i in range(length):
            for j in range(i + 1):
                pair = reference(i, j)
                if pair is None:
                    self.assertEqual(scores[i, j].item(), float("-inf"), (method, i, j))
                else:
                    want = rotated(q[0, 0, i], pair[0]) @ rotated(k[0, 0, j], pair[1])
                    self.assertAlmostEqual(scores[i, j].item(), want.item(), places=3, msg=(method, i, j))

    def test_dca_is_its_three_cases(self):
        self.check("dca", dca_pair, 160)
        self.check("dca", lambda i, j: dca_pair(i, j, s=20, cap=30), 90, chunkSize=20, positionCap=30)

    def test_attention_sinks_is_the_rolling_cache_token_by_token(self):
        self.check("attention-sinks", streaming_pair, 120)
        self.check("attention-sinks", lambda i, j: streaming_pair(i, j, sinks=2, window=9), 60, sinks=2, recentTokens=9)

    def test_lm_infinite_is_its_lambda_mask_with_the_distance_ceiling(self):
        self.check("lm-infinite", lm_infinite_pair, 150)
        self.check("lm-infinite", lambda i, j: lm_infinite_pair(i, j, local=16, starting=3, cap=15), 60,
                   localWindow=16, globalTokens=3, distanceCap=15)


if __name__ == "__main__":
    unittest.main()
