"""Smoke test of the whole lab on a few steps: train (a resumed run equals an uninterrupted one), export, check the ONNX graph,
and, where Node and the npm packages are installed, run it in onnxruntime-web against PyTorch."""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

import numpy as np
import torch

DEMOS = pathlib.Path(__file__).resolve().parents[1]
ROOT = DEMOS.parent
sys.path.insert(0, str(DEMOS))
import export  # noqa: E402
import recipe_report  # noqa: E402

RUN, STRAIGHT = "_smoke", "_smoke_straight"


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
        for run in (RUN, STRAIGHT):
            shutil.rmtree(DEMOS / "runs" / run, ignore_errors=True)

    def train(self, steps, run=RUN):
        subprocess.run([sys.executable, str(DEMOS / "train.py"), "--method", "t5-bias", "--run", run,
                        "--steps", str(steps), "--warmup", "2", "--batch", "4", "--threads", "1",
                        "--checkpoint-every", "3", "--log-every", "1", "--data", str(self.tmp / "train.bin")],
                       check=True, capture_output=True)

    def test_train_resume_export_and_run(self):
        self.train(3)
        (self.run_dir / "final.pt").unlink()
        self.train(5)                                   # resumes from the step-3 checkpoint
        steps = [json.loads(line)["step"] for line in (self.run_dir / "log.jsonl").read_text().splitlines()]
        self.assertEqual(steps, [1, 2, 3, 4, 5])
        self.train(5, run=STRAIGHT)                     # the same five steps without interruption
        resumed = torch.load(self.run_dir / "final.pt")
        straight = torch.load(DEMOS / "runs" / STRAIGHT / "final.pt")
        for name, weight in straight["model"].items():
            self.assertTrue(torch.equal(weight, resumed["model"][name]), f"resumed run differs at {name}")
        for name, weight in straight["pe"].items():
            self.assertTrue(torch.equal(weight, resumed["pe"][name]), f"resumed run differs at {name}")

        manifest = {"models": []}
        export.export(RUN, manifest, models_dir=self.tmp, fixture_dir=self.tmp)
        entry = manifest["models"][0]
        self.assertEqual(entry["inputs"], ["tokens", "ape", "distance_bias", "rq_cos", "rq_sin", "rk_cos", "rk_sin", "attention_pick"])
        self.assertEqual(entry["outputs"], ["logits", "attention_entropy", "attention_distance", "attention"])
        self.assertEqual([t["name"] for t in entry["params"]["tensors"]], ["table"])
        self.assertEqual(entry["steps"], 5)

        checker = ROOT / "scripts" / "check-model.ts"
        if shutil.which("node") and (ROOT / "node_modules" / "onnxruntime-web").exists():
            (self.tmp / "manifest.json").write_text(json.dumps(manifest))
            result = subprocess.run(["npx", "tsx", str(checker), str(self.tmp), RUN], cwd=ROOT, capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)


class InitFromNaming(unittest.TestCase):
    def test_site_export_drops_the_seed(self):
        self.assertEqual(export.renamed("rope-seed1", "pi-ft-seed1", "pi-ft"), "rope")

    def test_seed_export_keeps_the_run_name(self):
        self.assertEqual(export.renamed("rope-seed2", "pi-ft-seed2", "pi-ft-seed2"), "rope-seed2")

    def test_a_base_trained_under_a_prefix_is_named_by_its_run(self):
        self.assertEqual(export.renamed("next/rope-seed3", "yarn-ft-seed3", "yarn-ft"), "rope")
        self.assertEqual(export.renamed("next/rope-seed3", "yarn-ft-seed3", "yarn-ft-seed3"), "rope-seed3")

    def test_from_scratch(self):
        self.assertEqual(export.renamed("", "alibi-seed1", "alibi"), "")


class TrainSeconds(unittest.TestCase):
    def test_uninterrupted(self):
        log = [{"step": 100 * k, "steps_per_s": 10.0} for k in range(1, 5)]
        self.assertEqual(export.train_seconds(log, 200), 40)

    def test_a_resumed_run_counts_from_its_checkpoint(self):
        # killed after step 300, resumed from the step-200 checkpoint: steps 201-300 ran twice
        log = [{"step": s, "steps_per_s": 10.0} for s in (100, 200, 300, 300, 400)]
        self.assertEqual(export.train_seconds(log, 200), 30 + 10 + 10)


class ProbeCourse(unittest.TestCase):
    def log(self, accuracies):
        return [{"step": 100 * (k + 1), "probe_digit_accuracy": a} for k, a in enumerate(accuracies)]

    def test_first_step_at_the_threshold_the_lowest_after_it_and_the_final(self):
        self.assertEqual(recipe_report.probe_course(self.log([0.1, 0.96, 0.93, 0.99]), 0.95), (200, 0.93, 0.99))

    def test_never_learned(self):
        self.assertEqual(recipe_report.probe_course(self.log([0.1, 0.2]), 0.95), (None, None, 0.2))

    def test_learned_at_the_last_entry(self):
        self.assertEqual(recipe_report.probe_course(self.log([0.1, 0.95]), 0.95), (200, None, 0.95))


if __name__ == "__main__":
    unittest.main()
