"""RoPE scaling family as inverse-frequency functions, after Hugging Face `modeling_rope_utils`
(same names and defaults). Each returns (inv_freq [d/2] float64, attention_factor)."""
import math

import torch

from .base import rope_inv_freq


def linear(dh, base, factor):
    """Position Interpolation (Chen et al., 2023): theta'_m = theta_m / s."""
    return rope_inv_freq(dh, base) / factor, 1.0


def ntk_aware(dh, base, factor):
    """NTK-aware (bloc97, 2023): base' = base * s^(d/(d-2))."""
    return rope_inv_freq(dh, base * factor ** (dh / (dh - 2))), 1.0


def dynamic_ntk(dh, base, factor, length, original_length):
    """Dynamic NTK, HF form: base' = base * (s*l/L - (s-1))^(d/(d-2)), l = max(length, L).
    With s = 1 this is the paper form kappa = l/L (survey Eq. 23)."""
    seq = max(length, original_length)
    scale = factor * seq / original_length - (factor - 1)
    return rope_inv_freq(dh, base * scale ** (dh / (dh - 2))), 1.0


def yarn_mscale(factor):
    return 1.0 if factor <= 1 else 0.1 * math.log(factor) + 1.0


def yarn(dh, base, factor, original_length, beta_fast=32.0, beta_slow=1.0, truncate=True):
    """YaRN (Peng et al., 2023): NTK-by-parts ramp over dimensions + attention factor 0.1 ln s + 1."""
    def correction_dim(rotations):
        return dh * math.log(original_length / (rotations * 2 * math.pi)) / (2 * math.log(base))

    low, high = correction_dim(beta_fast), correction_dim(beta_slow)
    if truncate:
        low, high = math.floor(low), math.ceil(high)
    low, high = max(low, 0), min(high, dh - 1)
    if low == high:
        high += 0.001
    j = torch.arange(dh // 2, dtype=torch.float64)
    ramp = ((j - low) / (high - low)).clamp(0, 1)                 # 0: keep, 1: interpolate
    extrapolation = rope_inv_freq(dh, base)
    return extrapolation / factor * ramp + extrapolation * (1 - ramp), yarn_mscale(factor)


def llama3(dh, base, factor, original_length, low_freq_factor=1.0, high_freq_factor=4.0):
    """Llama 3.1: keep short wavelengths, divide long ones by s, blend in between."""
    inv = rope_inv_freq(dh, base)
    wavelength = 2 * math.pi / inv
    low_wl, high_wl = original_length / low_freq_factor, original_length / high_freq_factor
    smooth = (original_length / wavelength - low_freq_factor) / (high_freq_factor - low_freq_factor)
    blended = (1 - smooth) * inv / factor + smooth * inv
    out = torch.where(wavelength > low_wl, inv / factor, inv)
    middle = (wavelength >= high_wl) & (wavelength <= low_wl)
    return torch.where(middle, blended, out), 1.0


def longrope_attention_factor(factor, original_length):
    """HF `longrope`: sqrt(1 + ln s / ln L) for s > 1."""
    return 1.0 if factor <= 1 else math.sqrt(1 + math.log(factor) / math.log(original_length))


def longrope(dh, base, factor, original_length, rescale):
    """LongRoPE (Ding et al., 2024): theta'_m = theta_m / lambda_m with one searched factor per pair."""
    if len(rescale) != dh // 2:
        raise ValueError(f"longrope needs {dh // 2} rescale factors, got {len(rescale)}")
    inv = rope_inv_freq(dh, base) / torch.tensor(rescale, dtype=torch.float64)
    return inv, longrope_attention_factor(factor, original_length)


def geometric_rescale(dh, factor):
    """An illustrative, non-searched profile: lambda_m = s^(m/(d/2-1)), 1 for the fastest pair, s for the slowest."""
    half = dh // 2
    return [factor ** (m / (half - 1)) for m in range(half)]
