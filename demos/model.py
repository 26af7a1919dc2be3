"""The Longitude backbone: a tiny byte-level decoder whose positional information enters ONLY
through inputs, so that one exported graph serves every positional encoding (PE).

Notation: B batch, L length, d width, H heads, dh = d/H head width, i/j query/key positions.

Inputs (identity values when a PE does not use them):
  tokens  int64   [B, L]                 bytes 0..255
  ape     float32 [L, d] or [B, L, d]    added to the token embeddings      (0)
  distance_bias float32 [H, L]           by causal distance: bias[h, i, j] = distance_bias[h, i - j] added to
                                         every layer's attention logits; expanded in the graph (0)
  rq_cos, rq_sin, rk_cos, rk_sin
          float32 [L, dh/2] or [B, L, dh/2]  rotation of queries / keys, Hugging Face
                                             "rotate_half" pairing (channel m with m + dh/2)  (1, 0)
  attention_pick int64 [2]               (layer, head) whose attention the `attention` output returns
Outputs:
  logits              float32 [B, L, 256]          next-byte logits
  attention_entropy   float32 [layers, B, H, L]    entropy (nats) of each query's attention
  attention_distance  float32 [layers, B, H, L]    mean attended distance sum_j p_ij (i - j)
  attention           float32 [B, L, L]            attention probabilities of the picked layer and head

A bias that depends on absolute positions (TUPE's) goes to the dense-bias graph (`DenseBiasDecoder`): the same, with
`bias` float32 [H, L, L] instead of distance_bias.

The mlp-bias graph (`MlpBiasDecoder`, the backbone's weights, FIRE) computes its bias in the graph with the
encoding's learned MLP f (Linear 1 -> width -> H, ReLU), from two O(L) inputs:
  distance_feature  float32 [L]   by causal distance n = i - j (FIRE: psi(n))
  query_normaliser  float32 [L]   by query i (FIRE: psi(max(L_thr, i)) + eps)
  bias[h, i, j] = f(distance_feature[i - j] / query_normaliser[i])_h, the feature expanded to pairs as distance_bias
is. No ape or rotation input. Same outputs, same attention_pick.

The multi-band graph (`MultiBandDecoder`, same weights, RoPE models only) lets the rotation depend
on the (query, key) pair, for window and chunk methods (ReRoPE, Self-Extend, Dual Chunk Attention,
StreamingLLM, LM-Infinite). It takes K bands (pe.base.MAX_BANDS), each described per position, so the inputs
grow O(L) and the graph expands them to pairs:
  bq_cos, bq_sin, bk_cos, bk_sin  float32 [K, L, dh/2]  band b's rotation of queries / keys
  bq_coord, bk_coord              float32 [K, L]        band b's coordinates u_b[i], v_b[j]
  band_bounds                     float32 [K, 2]        [low_b, high_b)
A causal pair (i, j) uses the first band with low_b <= u_b[i] - v_b[j] < high_b; a pair in no band
is masked out. (No ape or bias input: the graph serves RoPE models.) Same outputs, same attention_pick.

The relative-content graph (`RelativeContentDecoder`, its own weights) is for encodings whose position term
multiplies the content inside attention (Shaw et al., Transformer-XL, DeBERTa). Its one PE input describes each causal
distance n = i - j by a feature vector, which every layer maps with its own learned matrix:
  relative  float32 [L, r]   features of distances 0..L-1 (Shaw: one-hot of min(n, k); Transformer-XL: sinusoid R_n)
            or [L, 2r]       with the position-to-content term: the key side's features, then the query side's
  score_ij = ((q_i + u) . k_j + (q_i + v) . p_{i-j} + k_j . p^Q_{i-j}) / sqrt(t dh),  p_n = relative[n] W_rel,
             p^Q_n = relative[n] W^Q_rel  (per layer; the last term is DeBERTa's position-to-content, t = 3 for it, else 1)
  z_i      = sum_j alpha_ij (x_j W^V + p^V_{i-j})                 (Shaw's values term)
u and v (Transformer-XL's global biases, per head, shared by the layers) are absent for Shaw and DeBERTa; Shaw's p is
shared by the heads. Same outputs, same attention_pick.

The adaptive-bias graph (`AdaptiveBiasDecoder`, its own weights) is for DAPE, whose bias depends on the logits.
It takes `distance_bias` [H, L] alone, expanded as in the backbone to B [H, L, L], and every layer computes
  logits = S + B + f(S, B),  S = q . k / sqrt(dh),  f = Linear(2H, D), LeakyReLU, Linear(D, H)
with f (its own per layer) applied to the 2H values of each pair. Same outputs, same attention_pick.

The contextual graph (`ContextualDecoder`, its own weights) is for CoPE, whose positions are counted by the content:
it takes no PE input (tokens and attention_pick only). Every layer, as the paper's reference code, computes
  S = q . k / sqrt(dh) (causally masked),  g = sigmoid(S),  p_ij = min(sum_{t=j..i} g_it, P - 1),
  logits = S + (p - floor p) q . e[ceil p] + (1 - p + floor p) q . e[floor p]
with e [1, dh, P] its own table (shared by the heads): q . e for the P integer positions, then interpolated.
Same outputs, same attention_pick.

The complex-embedding graph (`ComplexEmbeddingDecoder`, its own weights) is for Wang et al.'s complex embedding,
whose position term depends on the byte: byte j at position pos enters as the real and imaginary parts of
r_j e^{i (w_j pos + theta_j)}, [d/2] each, side by side, with amplitude r, frequency w and phase theta learned per
byte. Its one PE input is
  positions  float32 [L]
and its logits read the modulus of each complex dimension of the final state, |h_k| = sqrt(h_k^2 + h_{k+d/2}^2) / 1.5,
against the amplitudes (tied), as the authors' language model does. Same blocks, same outputs, same attention_pick.

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

    def forward(self, x, bias, rq_cos, rq_sin, rk_cos, rk_sin, bands=None):
        """-> (output [B, L, d], attention probabilities [B, H, L, L])"""
        B, L, _ = x.shape
        H, dh = self.cfg.heads, self.cfg.head_dim
        q, k, v = self.qkv(x).view(B, L, 3, H, dh).permute(2, 0, 3, 1, 4)  # 3 x [B, H, L, dh]
        if bands is not None:
            scores = banded_scores(q, k, *bands)
        elif rq_cos is None:                                               # a graph without rotations
            scores = q @ k.transpose(-1, -2)
        else:
            scores = rotate(q, rq_cos, rq_sin) @ rotate(k, rk_cos, rk_sin).transpose(-1, -2)  # [B, H, L, L]
        pos = torch.arange(L, device=x.device)
        distance = pos[:, None] - pos[None, :]                             # [L, L] i - j
        scores = self.biased(scores / math.sqrt(dh), bias)
        scores = scores.masked_fill(distance < 0, float("-inf"))
        probs = scores.softmax(-1)
        y = probs @ v                                                      # [B, H, L, dh]
        return self.out(y.transpose(1, 2).reshape(B, L, H * dh)), probs

    def biased(self, scores, bias):
        """The logits the softmax takes, from q . k / sqrt(dh) [B, H, L, L] and the bias [H, L, L]."""
        return scores + bias


class AdaptiveBiasAttention(Attention):
    """DAPE: the bias made data-adaptive by an MLP across heads at every (query, key) pair, per layer."""

    def __init__(self, cfg, width):
        super().__init__(cfg)
        self.mix = nn.Sequential(nn.Linear(2 * cfg.heads, width), nn.LeakyReLU(), nn.Linear(width, cfg.heads))

    def biased(self, scores, bias):
        """S + B + f(S, B), f applied to the 2H logits and biases of each pair (channels last, as the authors' code)."""
        both = torch.cat([scores, bias.expand(scores.shape[0], -1, -1, -1)], dim=1)        # [B, 2H, L, L]
        return scores + bias + self.mix(both.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)


def banded_scores(q, k, bq_cos, bq_sin, bk_cos, bk_sin, bq_coord, bk_coord, band_bounds):
    """q . k per pair with the rotations of the pair's first matching band; -inf where none matches.
    Built from the last band to the first so that the first match wins; one [B, H, L, L] band at a time."""
    scores = None
    for b in reversed(range(bq_cos.shape[0])):
        band = rotate(q, bq_cos[b], bq_sin[b]) @ rotate(k, bk_cos[b], bk_sin[b]).transpose(-1, -2)
        coordinate = bq_coord[b][:, None] - bk_coord[b][None, :]           # [L, L] u_b[i] - v_b[j]
        inside = (coordinate >= band_bounds[b, 0]) & (coordinate < band_bounds[b, 1])
        scores = band.masked_fill(~inside, float("-inf")) if scores is None else torch.where(inside, band, scores)
    return scores


class Block(nn.Module):
    def __init__(self, cfg, attention=Attention, **relative):
        super().__init__()
        self.ln1 = nn.LayerNorm(cfg.d)
        self.attn = attention(cfg, **relative)
        self.ln2 = nn.LayerNorm(cfg.d)
        self.mlp = nn.Sequential(nn.Linear(cfg.d, cfg.mlp_ratio * cfg.d), nn.GELU(),
                                 nn.Linear(cfg.mlp_ratio * cfg.d, cfg.d))

    def forward(self, x, *pe, **kw):
        attended, probs = self.attn(self.ln1(x), *pe, **kw)
        x = x + attended
        return x + self.mlp(self.ln2(x)), probs


class ByteDecoder(nn.Module):
    def __init__(self, cfg, attention=Attention, **relative):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(VOCAB, cfg.d)
        self.blocks = nn.ModuleList(Block(cfg, attention, **relative) for _ in range(cfg.layers))
        self.ln_f = nn.LayerNorm(cfg.d)
        nn.init.normal_(self.embed.weight, std=0.02)

    def forward(self, tokens, ape, distance_bias, rq_cos, rq_sin, rk_cos, rk_sin, attention_pick=None, bias=None, bands=None):
        """Logits; with attention_pick, also (attention_entropy, attention_distance, attention). (No keyword-only
        parameters: torch.onnx.export passes every default positionally.)"""
        L = tokens.shape[1]
        if bias is None:
            bias = expand_distance_bias(distance_bias, L) if distance_bias is not None else 0.0
        elif distance_bias is not None:
            bias = bias + expand_distance_bias(distance_bias, L)
        x = self.embed(tokens) + ape                                       # [B, L, d]
        probs = []
        for block in self.blocks:
            x, p = block(x, bias, rq_cos, rq_sin, rk_cos, rk_sin, bands=bands)
            probs.append(p)
        logits = self.ln_f(x) @ self.embed.weight.T                        # [B, L, 256]
        return logits if attention_pick is None else (logits, *attention_outputs(probs, attention_pick))


class DenseBiasDecoder(ByteDecoder):
    """The same backbone with a dense [H, L, L] bias input (see the module docstring)."""

    def forward(self, tokens, ape, bias, rq_cos, rq_sin, rk_cos, rk_sin, attention_pick=None):
        return super().forward(tokens, ape, None, rq_cos, rq_sin, rk_cos, rk_sin, attention_pick, bias=bias)


class MlpBiasDecoder(ByteDecoder):
    """The backbone with its bias made in the graph by an MLP (see the module docstring). `mlp` is the encoding's
    `bias_mlp`, its (hidden, head) Linear pair."""

    def __init__(self, cfg, mlp):
        super().__init__(cfg)
        self.pair_bias = PairBias(mlp)

    def forward(self, tokens, distance_feature, query_normaliser, attention_pick=None):
        L = tokens.shape[1]
        x = expand_distance_bias(distance_feature[None], L)[0] / query_normaliser[:, None]      # [L, L]
        return super().forward(tokens, 0.0, None, None, None, None, None, attention_pick, bias=self.pair_bias(x))


class PairBias(nn.Module):
    """mlp_bias with an encoding's MLP, held by reference and not registered: the encoding owns, trains and saves it
    (FIRE's runs keep their checkpoints' layout), so the decoder's state is the backbone's and the export holds the
    MLP as constants. A module so that its nodes are scoped /pair_bias/ in the graph."""

    def __init__(self, mlp):
        super().__init__()
        self.mlp = tuple(mlp)

    def forward(self, x):
        return mlp_bias(x, *self.mlp)


MLP_BIAS_BLOCK = 4  # hidden units per step of mlp_bias


def mlp_bias(x, hidden, head):
    """head(relu(hidden(x))) at every pair: x [L, L] -> [H, L, L]. MLP_BIAS_BLOCK hidden units at a time, each block two
    matrix products (its pre-activations are [w | b] times [x; 1]): all 32 units at once would hold a [32, L, L]
    tensor, 0.5 GB at 2,048 bytes; a block of 4 holds one as large as the attention's [H, L, L]. Unit by unit,
    elementwise, ran 2-3x slower in onnxruntime-web."""
    L = x.shape[-1]
    flat = x.reshape(1, -1)
    points = torch.cat([flat, torch.ones_like(flat)])                              # [2, L*L]
    first = torch.cat([hidden.weight, hidden.bias[:, None]], dim=1)                # [width, 2]
    bias = head.bias[:, None]
    for s in range(0, hidden.out_features, MLP_BIAS_BLOCK):
        block = slice(s, s + MLP_BIAS_BLOCK)
        bias = bias + head.weight[:, block] @ torch.relu(first[block] @ points)     # [H, L*L]
    return bias.reshape(-1, L, L)


class MultiBandDecoder(ByteDecoder):
    """The same backbone; each attention pair is rotated by its band (see the module docstring)."""

    def forward(self, tokens, bq_cos, bq_sin, bk_cos, bk_sin, bq_coord, bk_coord, band_bounds, attention_pick=None):
        return super().forward(tokens, 0.0, None, None, None, None, None, attention_pick,
                               bands=(bq_cos, bq_sin, bk_cos, bk_sin, bq_coord, bk_coord, band_bounds))


class AdaptiveBiasDecoder(ByteDecoder):
    """The backbone with AdaptiveBiasAttention in every layer (see the module docstring). `adaptive` is the
    encoding's `adaptive_bias`: the MLP's hidden width."""

    def __init__(self, cfg, adaptive):
        super().__init__(cfg, AdaptiveBiasAttention, **adaptive)

    def forward(self, tokens, distance_bias, attention_pick=None):
        return super().forward(tokens, 0.0, distance_bias, None, None, None, None, attention_pick)


class RelativeAttention(Attention):
    """Attention with a learned term per distance on the keys (and values), from the `relative` features."""

    def __init__(self, cfg, features, per_head, values, global_biases, position_to_content=False, scaled_terms=1):
        super().__init__(cfg)
        self.per_head, self.features, self.scaled_terms = per_head, features, scaled_terms
        width = cfg.d if per_head else cfg.head_dim
        self.rel_key = nn.Linear(features, width, bias=False)
        self.rel_value = nn.Linear(features, width, bias=False) if values else None
        self.rel_query = nn.Linear(features, width, bias=False) if position_to_content else None

    def per_distance(self, linear, relative):
        """[L, r] -> [H or 1, L, dh]"""
        p = linear(relative)
        return p.view(-1, self.cfg.heads, self.cfg.head_dim).transpose(0, 1) if self.per_head else p[None]

    def forward(self, x, relative, u, v):
        B, L, _ = x.shape
        H, dh = self.cfg.heads, self.cfg.head_dim
        q, k, val = self.qkv(x).view(B, L, 3, H, dh).permute(2, 0, 3, 1, 4)  # 3 x [B, H, L, dh]
        content_q, position_q = (q, q) if u is None else (q + u, q + v)
        key_side, query_side = (relative, None) if self.rel_query is None else relative.split(self.features, -1)
        position = position_q @ self.per_distance(self.rel_key, key_side).transpose(-1, -2)   # [B, H, L, L] by (i, n)
        scores = content_q @ k.transpose(-1, -2) + pair_from_distance(position)
        if self.rel_query is not None:   # k_j . p^Q_{i-j}: by (key j, distance n), then moved to (i, j)
            scores = scores + pair_from_key_distance(k @ self.per_distance(self.rel_query, query_side).transpose(-1, -2))
        scores = scores / math.sqrt(self.scaled_terms * dh)
        pos = torch.arange(L, device=x.device)
        probs = scores.masked_fill(pos[:, None] < pos[None, :], float("-inf")).softmax(-1)
        y = probs @ val
        if self.rel_value is not None:
            y = y + distance_from_pair(probs) @ self.per_distance(self.rel_value, key_side)
        return self.out(y.transpose(1, 2).reshape(B, L, H * dh)), probs


class RelativeContentDecoder(ByteDecoder):
    """The backbone with RelativeAttention in every layer (see the module docstring). `relative` is the
    encoding's `relative_content`: features r, per_head, values, global_biases and optionally position_to_content
    and scaled_terms (t)."""

    def __init__(self, cfg, relative):
        super().__init__(cfg, RelativeAttention, **relative)
        self.u = self.v = None
        if relative["global_biases"]:   # [H, 1, dh]: used as stored, so the export keeps them as named initializers
            self.u = nn.Parameter(torch.randn(cfg.heads, 1, cfg.head_dim) * 0.02)
            self.v = nn.Parameter(torch.randn(cfg.heads, 1, cfg.head_dim) * 0.02)

    def forward(self, tokens, relative, attention_pick=None):
        return through_blocks(self, self.embed(tokens), attention_pick, relative, self.u, self.v)


class ContextualAttention(Attention):
    """CoPE (Golovneva et al., 2024, arXiv 2405.18719) as the `CoPE` and `SelfAttn` classes of the paper's appendix:
    positions counted by gates on the masked, scaled logits, q . e at every integer position, interpolated."""

    def __init__(self, cfg, positions):
        super().__init__(cfg)
        self.position_embeddings = nn.Parameter(torch.zeros(1, cfg.head_dim, positions))   # the paper's pos_emb

    def forward(self, x):
        B, L, _ = x.shape
        H, dh = self.cfg.heads, self.cfg.head_dim
        q, k, v = self.qkv(x).view(B, L, 3, H, dh).permute(2, 0, 3, 1, 4)  # 3 x [B, H, L, dh]
        pos = torch.arange(L, device=x.device)
        scores = (q @ k.transpose(-1, -2) / math.sqrt(dh)).masked_fill(pos[:, None] < pos[None, :], float("-inf"))
        counted = torch.sigmoid(scores).flip(-1).cumsum(-1).flip(-1)       # [B, H, L, L] sum_{t=j..i} g_it
        counted = counted.clamp(max=self.position_embeddings.shape[-1] - 1)
        at_integers = q @ self.position_embeddings                          # [B, H, L, P] q_i . e[p]
        ceil_weight = counted - counted.floor()
        scores = scores + (at_integers.gather(-1, counted.ceil().long()) * ceil_weight
                           + at_integers.gather(-1, counted.floor().long()) * (1 - ceil_weight))
        probs = scores.softmax(-1)
        y = probs @ v
        return self.out(y.transpose(1, 2).reshape(B, L, H * dh)), probs


class ContextualDecoder(ByteDecoder):
    """The backbone with ContextualAttention in every layer (see the module docstring). `contextual` is the
    encoding's `contextual`: the number of positions P of each layer's table."""

    def __init__(self, cfg, contextual):
        super().__init__(cfg, ContextualAttention, **contextual)

    def forward(self, tokens, attention_pick=None):
        return through_blocks(self, self.embed(tokens), attention_pick)


def through_blocks(model, x, attention_pick, *pe):
    """Every block, then the tied output embedding; with attention_pick, also the attention outputs."""
    probs = []
    for block in model.blocks:
        x, p = block(x, *pe)
        probs.append(p)
    logits = model.ln_f(x) @ model.embed.weight.T
    return logits if attention_pick is None else (logits, *attention_outputs(probs, attention_pick))


class ComplexEmbeddingDecoder(ByteDecoder):
    """The backbone with Wang et al.'s complex embedding in place of the byte embedding (see the module docstring):
    `embed` holds the amplitudes r, `frequency` and `phase` the w and theta, [256, d/2] each."""

    def __init__(self, cfg, complex_embedding):
        super().__init__(cfg)
        half = cfg.d // 2
        self.embed = nn.Embedding(VOCAB, half)
        self.frequency = nn.Embedding(VOCAB, half)
        self.phase = nn.Embedding(VOCAB, half)
        nn.init.normal_(self.embed.weight, std=0.02)
        with torch.no_grad():   # the authors' start: every byte at the sinusoid's frequencies, in pairs
            self.frequency.weight.copy_(complex_embedding["base"] ** (-2 * (torch.arange(half) // 2) / half))
        nn.init.zeros_(self.phase.weight)

    def forward(self, tokens, positions, attention_pick=None):
        angle = self.frequency(tokens) * positions[..., None] + self.phase(tokens)    # [B, L, d/2]
        amplitude = self.embed(tokens)
        x = torch.cat([amplitude * angle.cos(), amplitude * angle.sin()], dim=-1)     # [B, L, d]
        probs = []
        for block in self.blocks:
            x, p = block(x, 0.0, None, None, None, None)
            probs.append(p)
        real, imaginary = self.ln_f(x).chunk(2, dim=-1)
        logits = ((real.square() + imaginary.square()).sqrt() / 1.5) @ self.embed.weight.T
        return logits if attention_pick is None else (logits, *attention_outputs(probs, attention_pick))


# An encoding with one of these attributes trains its own graph: the attribute's value configures the decoder.
OWN_DECODERS = {"relative_content": RelativeContentDecoder, "adaptive_bias": AdaptiveBiasDecoder,
                "contextual": ContextualDecoder, "complex_embedding": ComplexEmbeddingDecoder, "bias_mlp": MlpBiasDecoder}


def decoder_for(cfg, encoding, backbone=None):
    """The model class an encoding trains: its own graph if it has an attribute of OWN_DECODERS, else the backbone.
    The mlp-bias graph starts from the weights of `backbone` if given (FIRE's runs were initialised as the backbone's)."""
    for attribute, decoder in OWN_DECODERS.items():
        if hasattr(encoding, attribute):
            model = decoder(cfg, getattr(encoding, attribute))
            if decoder is MlpBiasDecoder and backbone is not None:
                model.load_state_dict(backbone.state_dict())
            return model
    return ByteDecoder(cfg)


def has_own_graph(encoding):
    """Whether the encoding trains a graph of its own (decoder_for), fed only its own inputs."""
    return any(hasattr(encoding, attribute) for attribute in OWN_DECODERS)


def pair_from_distance(x):
    """[..., L, L] by (query i, distance n) -> [..., L, L] by (i, key j): x[..., i, i - j] for j <= i (above the
    diagonal: other entries, masked anyway). Transformer-XL's shift: pad, reshape, slice; copies, no gather."""
    L = x.shape[-1]
    shifted = F.pad(x.flip(-1), (1, 0)).reshape(*x.shape[:-2], L + 1, L)
    return shifted[..., 1:, :]


def pair_from_key_distance(x):
    """[..., L, L] by (key j, distance n) -> [..., L, L] by (query i, j): x[..., j, i - j] for j <= i (above the
    diagonal: other entries, masked anyway). pair_from_distance with the positions reversed: copies, no gather."""
    return pair_from_distance(x.flip(-2)).flip(-2, -1).transpose(-1, -2)


def distance_from_pair(p):
    """The inverse for causal attention (zero above the diagonal): [..., L, L] by (i, j) -> by (i, n = i - j),
    zero where n > i."""
    L = p.shape[-1]
    flat = F.pad(F.pad(p, (L - 1, 0)).flatten(-2), (0, L))                  # rows of 2L-1, then L more zeros
    return flat.reshape(*p.shape[:-2], L, 2 * L)[..., :L].flip(-1)


def expand_distance_bias(distance_bias, length):
    """[H, L] by causal distance -> [H, L, L] (above the diagonal: the value at distance 0, masked anyway).
    Copies instead of a gather by computed indices, which cost onnxruntime-web a third of the forward pass at
    2,048 bytes: r[k] = bias at distance L-1-k (k < L), tiled L times and read in rows of 2L-1, puts distance
    i - j at row i, column L-1+j."""
    H, L = distance_bias.shape[0], length
    r = torch.cat([distance_bias.flip(-1), distance_bias[:, :1].expand(H, L)], dim=-1)         # [H, 2L]
    return r.repeat(1, L)[:, : L * (2 * L - 1)].reshape(H, L, 2 * L - 1)[:, :, L - 1:]


def attention_outputs(probs, pick):
    """Per layer, the entropy and mean attended distance of every query's attention, and the picked
    (layer, head)'s probabilities. probs: one [B, H, L, L] per layer; pick int64 [2]."""
    L = probs[0].shape[-1]
    pos = torch.arange(L, dtype=probs[0].dtype, device=probs[0].device)
    entropy = torch.stack([-(p * p.clamp(min=1e-30).log()).sum(-1) for p in probs])   # 0 log 0 = 0
    distance = torch.stack([pos - p @ pos for p in probs])                             # sum_j p_ij (i - j)
    picked = sum((pick[0] == layer).to(p.dtype) * p.index_select(1, pick[1:2])[:, 0] for layer, p in enumerate(probs))
    return entropy, distance, picked


def identity_inputs(cfg, length):
    """The neutral value of every PE input: what NoPE feeds."""
    half = cfg.head_dim // 2
    ones, zeros = torch.ones(length, half), torch.zeros(length, half)
    return {"ape": torch.zeros(length, cfg.d), "distance_bias": torch.zeros(cfg.heads, length),
            "rq_cos": ones, "rq_sin": zeros, "rk_cos": ones, "rk_sin": zeros}


INPUT_NAMES = ["tokens", "ape", "distance_bias", "rq_cos", "rq_sin", "rk_cos", "rk_sin", "attention_pick"]
DENSE_BIAS_INPUT_NAMES = ["tokens", "ape", "bias", "rq_cos", "rq_sin", "rk_cos", "rk_sin", "attention_pick"]
MULTI_BAND_INPUT_NAMES = ["tokens", "bq_cos", "bq_sin", "bk_cos", "bk_sin", "bq_coord", "bk_coord", "band_bounds",
                          "attention_pick"]
RELATIVE_CONTENT_INPUT_NAMES = ["tokens", "relative", "attention_pick"]
ADAPTIVE_BIAS_INPUT_NAMES = ["tokens", "distance_bias", "attention_pick"]
CONTEXTUAL_INPUT_NAMES = ["tokens", "attention_pick"]
COMPLEX_EMBEDDING_INPUT_NAMES = ["tokens", "positions", "attention_pick"]
MLP_BIAS_INPUT_NAMES = ["tokens", "distance_feature", "query_normaliser", "attention_pick"]
OUTPUT_NAMES = ["logits", "attention_entropy", "attention_distance", "attention"]
