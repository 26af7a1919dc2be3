"""PyTorch twins of src/pe/<id>.ts: one module per positional encoding, discovered by its ID.

Each module defines `ID` (the method id, as in the URL) and `Encoding`, a subclass of
`base.PositionalEncoding`. No hand-kept list: `load(id)` imports `pe/<id with - as _>.py`.
"""
import importlib
import pkgutil


def module_for(method_id):
    return importlib.import_module(f"{__name__}.{method_id.replace('-', '_')}")


def load(method_id, cfg, train_length, **config):
    return module_for(method_id).Encoding(cfg, train_length, **config)


def all_ids():
    ids = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "ID"):
            ids.append(module.ID)
    return sorted(ids)
