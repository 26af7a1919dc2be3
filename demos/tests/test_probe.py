"""The pass-key probes mixed into training follow src/demo/probe-format.json, the format the evaluation scores."""
import json
import pathlib
import sys
import unittest
from dataclasses import replace

import numpy as np

DEMOS = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(DEMOS))
import train  # noqa: E402

FORMAT = json.loads((DEMOS.parent / "src" / "demo" / "probe-format.json").read_text())


class ProbeFormat(unittest.TestCase):
    def test_training_probes_are_the_evaluated_format(self):
        data = np.frombuffer(b"plain text without delimiters " * 200, dtype=np.uint8)
        settings = replace(train.Settings(), length=64, batch=64)
        windows, is_probe = train.make_batch(data, settings, step=0)
        self.assertGreater(int(is_probe.sum()), 0)
        digits = FORMAT["keyDigits"]
        for row in windows[is_probe]:
            text = bytes(row.tolist()).decode()
            question = text[-(digits + 1):]
            self.assertEqual(question[0], FORMAT["open"])
            self.assertTrue(question[1:].isdigit())
            self.assertIn(question + FORMAT["close"], text[:-(digits + 1)], "the key appears earlier, closed")
            # a window is L inputs and the next byte: the input ends with the open delimiter and four digits, the
            # fifth digit is only a target, the layout src/demo/probe.ts evaluates (tests/unit/demo/probe.test.ts)
            self.assertEqual(len(text), settings.length + 1)
        for row in windows[~is_probe]:
            self.assertNotIn(FORMAT["open"], bytes(row.tolist()).decode())

    def test_default_probe_share_is_the_shared_one(self):
        self.assertEqual(train.Settings().probe_fraction, FORMAT["trainingFraction"])


if __name__ == "__main__":
    unittest.main()
