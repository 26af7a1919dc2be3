"""Attention outputs computed only when asked for: onnxruntime runs every node of a graph whatever
outputs the caller fetches, and the attention statistics cost about 40% of a forward pass at 2,048
bytes. After export, the nodes only they need move into the then-branch of an If on
attention_pick[0] >= 0; the else-branch returns empty tensors. A caller that wants no attention
feeds attention_pick = [-1, -1]."""
import onnx
from onnx import TensorProto, helper

PICK = "attention_pick"


def ancestors(nodes, names):
    """Indices of the nodes that the values `names` depend on."""
    producer = {out: k for k, node in enumerate(nodes) for out in node.output}
    seen, stack = set(), list(names)
    while stack:
        k = producer.get(stack.pop())
        if k is not None and k not in seen:
            seen.add(k)
            stack.extend(nodes[k].input)
    return seen


def gate_outputs(model, gated, kept=("logits",)):
    graph = model.graph
    nodes = list(graph.node)
    moved_ids = ancestors(nodes, gated) - ancestors(nodes, kept)
    moved = [n for k, n in enumerate(nodes) if k in moved_ids]
    outputs = {o.name: o for o in graph.output}
    condition = [
        helper.make_node("Constant", [], ["pick_layer_index"], value=helper.make_tensor("i0", TensorProto.INT64, [], [0])),
        helper.make_node("Gather", [PICK, "pick_layer_index"], ["pick_layer"], axis=0),
        helper.make_node("Constant", [], ["pick_none"], value=helper.make_tensor("zero", TensorProto.INT64, [], [0])),
        helper.make_node("GreaterOrEqual", ["pick_layer", "pick_none"], ["attention_wanted"]),
    ]
    then_branch = helper.make_graph(moved, "attention", [], [outputs[name] for name in gated])
    empty = [helper.make_node("Constant", [], [f"{name}_empty"], value=helper.make_tensor(
        f"{name}_empty", TensorProto.FLOAT, [0] * len(outputs[name].type.tensor_type.shape.dim), []))
        for name in gated]
    else_branch = helper.make_graph(empty, "no_attention", [], [
        helper.make_tensor_value_info(f"{name}_empty", TensorProto.FLOAT, None) for name in gated])
    gate = helper.make_node("If", ["attention_wanted"], list(gated), then_branch=then_branch, else_branch=else_branch)
    kept_nodes = [n for k, n in enumerate(nodes) if k not in moved_ids]
    produced_inside = {out for n in moved for out in n.output}
    kept_info = [v for v in graph.value_info if v.name not in produced_inside]
    del graph.node[:]
    graph.node.extend(kept_nodes + condition + [gate])
    del graph.value_info[:]
    graph.value_info.extend(kept_info)
    return model
