"""RoPE ABF, adjusted base frequency (Xiong et al. 2023, arXiv 2309.16039, Sec. 4.1): RoPE with
the base raised from 10,000 to 500,000, theta'_i = b'^(-2i/d), then continual training on longer
sequences. Fills the rotary inputs."""
from . import rope

ID = "abf"


class Encoding(rope.Encoding):
    def defaults(self):
        return {"base": 500000.0}
