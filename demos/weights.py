"""A committed model's weights, read back from its ONNX file, so that a new machine can re-export a
graph or start a fine-tune without the training run's checkpoint (demos/runs/<run>/final.pt is not
committed). The exported graph keeps every parameter: LayerNorm weights, biases and the embedding
under their PyTorch names, and each Linear weight, transposed, as the right operand of the MatMul
node named after its module (`/blocks.0/attn/qkv/MatMul` -> `blocks.0.attn.qkv.weight`). The tied
output head (`/MatMul`, the embedding transposed) is checked, not loaded twice.
"""
import pathlib

import onnx
import torch
from onnx import numpy_helper

ROOT = pathlib.Path(__file__).resolve().parents[1]
MODELS = ROOT / "public" / "models"


def parameter_name(node_name):
    """"/blocks.0/attn/qkv/MatMul" -> "blocks.0.attn.qkv.weight"; a Sequential child is scoped as
    "mlp/mlp.0", so "/blocks.0/mlp/mlp.0/MatMul" -> "blocks.0.mlp.0.weight"."""
    parts = []
    for part in node_name.strip("/").split("/")[:-1]:
        if parts and part.startswith(parts[-1] + "."):
            parts[-1] = part
        else:
            parts.append(part)
    return ".".join(parts + ["weight"])


def state_from_onnx(path):
    """PyTorch state dict of the backbone (model.ByteDecoder) stored in an exported ONNX file."""
    graph = onnx.load(str(path)).graph
    initializers = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in graph.initializer}
    state = {name: value for name, value in initializers.items() if not name.startswith("onnx::")}
    for node in graph.node:
        if node.op_type != "MatMul" or len(node.input) < 2 or not node.input[1].startswith("onnx::"):
            continue
        weight = initializers[node.input[1]].T.contiguous()
        if node.name == "/MatMul":   # the output head: the embedding, tied
            if not torch.equal(weight, state["embed.weight"]):
                raise ValueError(f"{path}: the output head is not the tied embedding")
            continue
        state[parameter_name(node.name)] = weight
    return state


def committed_state(model_id):
    return state_from_onnx(MODELS / f"{model_id}.onnx")
