"""Smoke test of the whole lab on a few steps: train (and resume), export, check the ONNX graph,
and, where Node and the npm packages are installed, run it in onnxruntime-web against PyTorch."""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

import numpy as np

DEMOS = pathlib.Path(__file__).resolve().parents[1]
ROOT = DEMOS.parent
sys.path.insert(0, str(DEMOS))
import export  # noqa: E402

RUN = "_smoke"


class Pipeline(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp())
        rng = np.random.default_rng(0)
        words = [b"the", b"union", b"state", b"of", b"congress", b"nation", b"people"]
        text = b" ".join(words[i] for i in rng.integers(0, len(words), 20000))
        (self.tmp / "train.bin").write_bytes(text)
        self.run_dir = DEMOS / "runs" / RUN

    def tearDown(self):
        shutil.rmtree(self.tmp)
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def train(self, steps):
        subprocess.run([sys.executable, str(DEMOS / "train.py"), "--method", "t5-bias", "--run", RUN,
                        "--steps", str(steps), "--warmup", "2", "--batch", "4", "--threads", "1",
                        "--checkpoint-every", "3", "--log-every", "1", "--data", str(self.tmp / "train.bin")],
                       check=True, capture_output=True)

    def test_train_resume_export_and_run(self):
        self.train(3)
        (self.run_dir / "final.pt").unlink()
        self.train(5)                                   # resumes from the step-3 checkpoint
        steps = [json.loads(line)["step"] for line in (self.run_dir / "log.jsonl").read_text().splitlines()]
        self.assertEqual(steps, [1, 2, 3, 4, 5])
        summary = json.loads((self.run_dir / "summary.json").read_text())
        self.assertLess(summary["heldout_bpb_at_train_length"], 9)

        manifest = {"models": []}
        export.export(RUN, manifest, models_dir=self.tmp, fixture_dir=self.tmp)
        entry = manifest["models"][0]
        self.assertEqual(entry["inputs"], ["tokens", "ape", "bias", "rq_cos", "rq_sin", "rk_cos", "rk_sin"])
        self.assertEqual([t["name"] for t in entry["params"]["tensors"]], ["table"])
        self.assertEqual(entry["steps"], 5)

        checker = ROOT / "scripts" / "check-model.ts"
        if shutil.which("node") and (ROOT / "node_modules" / "onnxruntime-web").exists():
            (self.tmp / "manifest.json").write_text(json.dumps(manifest))
            result = subprocess.run(["npx", "tsx", str(checker), str(self.tmp), RUN], cwd=ROOT, capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main()
