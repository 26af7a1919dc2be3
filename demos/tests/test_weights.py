"""Weights read back from a committed ONNX model reproduce the PyTorch logits saved when it was exported."""
import base64
import json
import pathlib
import sys
import tempfile
import unittest

import numpy as np
import torch

DEMOS = pathlib.Path(__file__).resolve().parents[1]
ROOT = DEMOS.parent
sys.path.insert(0, str(DEMOS))
import export  # noqa: E402
import pe  # noqa: E402
from model import ModelConfig  # noqa: E402
from weights import committed_state  # noqa: E402

MANIFEST = json.loads((ROOT / "public" / "models" / "manifest.json").read_text())


class CommittedWeights(unittest.TestCase):
    def test_every_backbone_model_loads_completely_and_reproduces_its_fixture(self):
        for entry in (m for m in MANIFEST["models"] if m["graph"] != "multi-band"):
            with self.subTest(model=entry["id"]):
                model = (export.decoder_for(ModelConfig(), pe.load(entry["method"], ModelConfig(), entry["pretrainLength"], **entry["config"]))
                         if entry["graph"] in export.OWN_GRAPHS else export.GRAPHS[entry["graph"]][0](ModelConfig())).eval()
                model.load_state_dict(committed_state(entry["id"]))   # strict: every parameter, nothing extra
                fixture = json.loads((ROOT / "tests" / "fixtures" / "models" / f"{entry['id']}.json").read_text())
                if entry["params"]:
                    continue   # learned PE inputs come from params.bin; the TS tests cover those models end to end
                encoding = pe.load(entry["fixture"]["method"], ModelConfig(), entry["pretrainLength"], **entry["fixture"]["config"])
                logits = self.logits(model, encoding, fixture["length"], entry["graph"])[fixture["positions"]]
                expected = np.frombuffer(base64.b64decode(fixture["logits"]["data"]), dtype="<f4").reshape(logits.shape)
                self.assertLess(float(np.abs(logits.numpy() - expected).max()), 1e-4)

    def test_site_models_re_export_byte_identically_from_their_committed_runs(self):
        """One model of each kind: parameter-free, learned PE parameters, the dense-bias graph, a fine-tune."""
        with tempfile.TemporaryDirectory() as tmp:
            for entry in (m for m in MANIFEST["models"] if m["id"] in ("rope", "t5-bias", "fire", "pi-ft")):
                with self.subTest(model=entry["id"]):
                    manifest = {"models": []}
                    export.export(entry["run"], manifest, models_dir=pathlib.Path(tmp), fixture_dir=pathlib.Path(tmp), model_id=entry["id"])
                    fresh = manifest["models"][0]
                    self.assertEqual(fresh["sha256"], entry["sha256"])
                    self.assertEqual({k: v for k, v in fresh.items() if k not in ("commit", "hardware")},
                                     {k: v for k, v in entry.items() if k not in ("commit", "hardware")})

    @staticmethod
    def logits(model, encoding, length, graph):
        text = json.loads((ROOT / "public" / "data" / "heldout.json").read_text())["excerpts"][0]["text"]
        tokens = torch.tensor(list(text.encode()[:length]))
        with torch.no_grad():
            return model(tokens[None], *export.inputs_for(encoding, ModelConfig(), tokens, graph).values())[0][0]


if __name__ == "__main__":
    unittest.main()
