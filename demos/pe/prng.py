"""mulberry32, bit-for-bit the same as src/pe/lib/prng.ts, for positions sampled at inference."""


def mulberry32(seed):
    state = seed & 0xFFFFFFFF

    def imul(a, b):
        return (a * b) & 0xFFFFFFFF

    def next_float():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_float


def ordered_subset(count, pool, seed):
    """`count` distinct integers from [0, pool), sorted (partial Fisher-Yates)."""
    if count > pool:
        raise ValueError(f"cannot pick {count} positions from {pool}")
    rand = mulberry32(seed)
    items = list(range(pool))
    for i in range(count):
        j = i + int(rand() * (pool - i))
        items[i], items[j] = items[j], items[i]
    return sorted(items[:count])
