"""RoPE scaling family as inverse-frequency functions, after Hugging Face `modeling_rope_utils`
(same names and defaults). Each returns (inv_freq [d/2] float64, attention_factor).

Arguments are keyword-only (`llama3(head_dim=16, base=1e4, factor=8.0, train_length=64, ...)`),
the twins of the options objects of src/pe/lib/rotary.ts: two numbers cannot be swapped silently.
Checked against a transcription of HF's functions (tests/fixtures/pe/hf/) in demos/tests/test_pe.py.
"""
import math

import torch

from .base import rope_inv_freq


def linear(*, head_dim, base, factor):
    """Position Interpolation (Chen et al., 2023): theta'_m = theta_m / s."""
    return rope_inv_freq(head_dim=head_dim, base=base) / factor, 1.0


def ntk_aware(*, head_dim, base, factor):
    """NTK-aware (bloc97, 2023): base' = base * s^(d/(d-2))."""
    return rope_inv_freq(head_dim=head_dim, base=base * factor ** (head_dim / (head_dim - 2))), 1.0


def dynamic_ntk(*, head_dim, base, factor, length, train_length):
    """Dynamic NTK, HF form: base' = base * (s*l/L - (s-1))^(d/(d-2)), l = max(length, L).
    With s = 1 this is the paper form kappa = l/L (survey Eq. 23)."""
    seq = max(length, train_length)
    scale = factor * seq / train_length - (factor - 1)
    return rope_inv_freq(head_dim=head_dim, base=base * scale ** (head_dim / (head_dim - 2))), 1.0


def yarn_mscale(factor):
    return 1.0 if factor <= 1 else 0.1 * math.log(factor) + 1.0


def yarn(*, head_dim, base, factor, train_length, beta_fast=32.0, beta_slow=1.0, truncate=True):
    """YaRN (Peng et al., 2023): NTK-by-parts ramp over dimensions + attention factor 0.1 ln s + 1."""
    def correction_dim(rotations):
        return head_dim * math.log(train_length / (rotations * 2 * math.pi)) / (2 * math.log(base))

    low, high = correction_dim(beta_fast), correction_dim(beta_slow)
    if truncate:
        low, high = math.floor(low), math.ceil(high)
    low, high = max(low, 0), min(high, head_dim - 1)
    if low == high:
        high += 0.001
    j = torch.arange(head_dim // 2, dtype=torch.float64)
    ramp = ((j - low) / (high - low)).clamp(0, 1)                 # 0: keep, 1: interpolate
    extrapolation = rope_inv_freq(head_dim=head_dim, base=base)
    return extrapolation / factor * ramp + extrapolation * (1 - ramp), yarn_mscale(factor)


def llama3(*, head_dim, base, factor, train_length, low_freq_factor=1.0, high_freq_factor=4.0):
    """Llama 3.1: keep short wavelengths, divide long ones by s, blend in between."""
    inv = rope_inv_freq(head_dim=head_dim, base=base)
    wavelength = 2 * math.pi / inv
    low_wl, high_wl = train_length / low_freq_factor, train_length / high_freq_factor
    smooth = (train_length / wavelength - low_freq_factor) / (high_freq_factor - low_freq_factor)
    blended = (1 - smooth) * inv / factor + smooth * inv
    out = torch.where(wavelength > low_wl, inv / factor, inv)
    middle = (wavelength >= high_wl) & (wavelength <= low_wl)
    return torch.where(middle, blended, out), 1.0


def longrope_attention_factor(*, factor, train_length):
    """HF `longrope`: sqrt(1 + ln s / ln L) for s > 1."""
    return 1.0 if factor <= 1 else math.sqrt(1 + math.log(factor) / math.log(train_length))


def longrope(*, head_dim, base, factor, train_length, rescale):
    """LongRoPE (Ding et al., 2024): theta'_m = theta_m / lambda_m with one searched factor per pair."""
    if len(rescale) != head_dim // 2:
        raise ValueError(f"longrope needs {head_dim // 2} rescale factors, got {len(rescale)}")
    inv = rope_inv_freq(head_dim=head_dim, base=base) / torch.tensor(rescale, dtype=torch.float64)
    return inv, longrope_attention_factor(factor=factor, train_length=train_length)


def geometric_rescale(*, head_dim, factor):
    """A non-searched profile (demos/search_rescale.py's baseline): lambda_m = s^(m/(d/2-1)), 1 for the fastest pair, s for the slowest."""
    half = head_dim // 2
    return [factor ** (m / (half - 1)) for m in range(half)]


def ntk_by_parts(*, head_dim, base, factor, train_length, beta_fast=32.0, beta_slow=1.0):
    """NTK-by-parts (bloc97; Peng et al. 2023, Sec. 3.2, Eqs. 17-20): YaRN's ramp WITHOUT its
    temperature, i.e. HF `yarn` with attention_factor = 1."""
    inv, _ = yarn(head_dim=head_dim, base=base, factor=factor, train_length=train_length,
                  beta_fast=beta_fast, beta_slow=beta_slow)
    return inv, 1.0


def power_basis(inv_freq, *, power):
    """Giraffe power scaling (Pal et al. 2023; abacusai/Long-Context models/interpolate.py):
    theta*_i = theta_i (1 - 2i/d)^k, i = 0..d/2-1; the slowest pairs are slowed the most."""
    half = inv_freq.shape[-1]
    return inv_freq * (1.0 - torch.arange(half, dtype=torch.float64) / half) ** power


def truncate_basis(inv_freq, *, truncate_length):
    """Giraffe truncated basis (Pal et al. 2023; abacusai/Long-Context `truncate_frequency`):
    with b = 2 pi / truncate_length, a = b / 8, rho = b / 16: theta >= b kept, a <= theta < b set
    to rho, theta < a set to 0. truncate_length 0 leaves the basis unchanged."""
    if truncate_length <= 0:
        return inv_freq
    b = 2 * math.pi / truncate_length
    out = torch.where(inv_freq < b, torch.full_like(inv_freq, b / 16), inv_freq)
    return torch.where(inv_freq < b / 8, torch.zeros_like(inv_freq), out)


def resonance(inv_freq):
    """Resonance RoPE (Wang et al. 2024, Eq. 3 / Alg. 1): round every wavelength 2 pi / theta to an
    integer, theta~ = 2 pi / round(2 pi / theta) (round half to even, as torch.round)."""
    return 2 * math.pi / torch.round(2 * math.pi / inv_freq)
