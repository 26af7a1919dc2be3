"""Scaling laws of RoPE-based extrapolation (Liu et al. 2023, arXiv 2310.05209): RoPE whose base is
changed (smaller, e.g. 500, or larger, e.g. 1e6) and fine-tuned at the ORIGINAL training length.
The encoding is plain RoPE at that base; the default is the pre-training base. Fills the rotary inputs."""
from . import rope

ID = "rope-scaling-laws"


class Encoding(rope.Encoding):
    """RoPE itself: only the base a run sets differs."""
