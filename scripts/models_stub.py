"""`all_models.pyi`: every generated model declared in one stub, for type checkers.

The generator writes one module per model (about 3,000 with fal's catalogue). A stub that
re-exported them one import each made mypy read and check every module whenever a user
imported a single model: 12.5 s cold against 3.5 s with six models. Declared in one file
(classes with their fields and method signatures, no bodies), the same names cost one
module: what `from uniapi_fal.models import X` reads. The stub sits beside the `models`
package, not in it, so that importing one model's own module
(`uniapi_fal_api.models.flux_dev_input`), as the overlay does for the queue models, never
makes a type checker read it. Run time is untouched: `models/__init__.py` still imports
each model from its own module on first use.

The declarations are made with `ast` from the generated modules themselves, so they
cannot drift from them: imports of sibling models disappear (everything is in one
namespace), the per-module `T = TypeVar("T", bound=...)` becomes `Self`, method bodies
become `...`, an `attrs` `field(...)` default is kept as written (it says `init=False`),
and the enums' `X_VALUES` sets and `check_x` functions, which only the generated parsing
code calls, are left out (they were half of the declarations).

An input's URL fields are declared `str | os.PathLike[str]` (a list of them alike): the
SDK sends a local file given there as a data URI (`_files`), and type checkers should
accept the `Path` that works.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

_KEPT_CALLS = ("_attrs_field",)


def _signature(node: ast.FunctionDef) -> ast.FunctionDef:
    """The function with its body replaced by `...` and `T` by `Self`."""
    args = node.args
    for arg in [*args.posonlyargs, *args.args]:
        if arg.arg == "cls":
            arg.annotation = None
    returns = node.returns
    if isinstance(returns, ast.Name) and returns.id == "T":
        node.returns = ast.Name("Self")
    node.body = [ast.Expr(ast.Constant(...))]
    return node


class _TakesPaths(ast.NodeTransformer):
    """`str` becomes `str | os.PathLike[str]` wherever it stands in an annotation."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id != "str":
            return node
        path_like = ast.Subscript(
            ast.Attribute(ast.Name("os"), "PathLike"), ast.Name("str"), ast.Load()
        )
        return ast.BinOp(ast.Name("str"), ast.BitOr(), path_like)


def _class(node: ast.ClassDef, file_fields: set[str]) -> ast.ClassDef:
    body: list[ast.stmt] = []
    for item in node.body:
        if isinstance(item, ast.FunctionDef):
            body.append(_signature(item))
        elif isinstance(item, ast.AnnAssign):
            if isinstance(item.target, ast.Name) and item.target.id in file_fields:
                item.annotation = _TakesPaths().visit(item.annotation)
            value = item.value
            kept = (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id in _KEPT_CALLS
            )
            if value is not None and not kept:
                item.value = ast.Constant(...)
            body.append(item)
        elif isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant):
            body.append(item)  # the class's and the fields' docstrings
    node.body = body or [ast.Expr(ast.Constant(...))]
    return node


def _module_level(tree: ast.Module, file_fields: dict[str, set[str]]) -> list[ast.stmt]:
    out: list[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id == "T":
                continue  # TypeVar("T", bound=...): `Self` in the stub
            out.append(node)
        elif isinstance(node, ast.ClassDef):
            out.append(_class(node, file_fields.get(node.name, set())))
    return out


def render(models_dir: Path, banner: str, file_fields: dict[str, set[str]]) -> str:
    """The stub's text for the modules in `models_dir`, as a module of its parent package
    (formatted by the caller); `file_fields` names, by class, the fields that take a path."""
    imports: dict[str, dict[str, str]] = defaultdict(dict)  # module -> name -> alias
    plain: set[str] = set()
    body: list[str] = []
    names: list[str] = []
    for path in sorted(models_dir.glob("*.py")):
        if path.name.startswith("_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module != "__future__":
                module = "." * node.level + (node.module or "")
                if module.startswith(("..models", ".")) and not module.startswith(".."):
                    continue  # a sibling model (`.x`): declared in this same stub
                if module.startswith("..models"):
                    continue  # `..models.x`: the same
                if node.level:
                    module = module[1:]  # `..types` from a model is `.types` from here
                for alias in node.names:
                    imports[module][alias.name] = alias.asname or alias.name
            elif isinstance(node, ast.Import):
                plain.update(ast.unparse(node).splitlines())
        for node in _module_level(tree, file_fields):
            body.append(ast.unparse(node))
            if isinstance(node, ast.ClassDef):
                names.append(node.name)
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                names.append(node.targets[0].id)
    imports["typing"]["Self"] = "Self"
    if file_fields:
        plain.add("import os")
    head = sorted(plain)
    for module in sorted(imports):
        parts = []
        for name, alias in sorted(imports[module].items()):
            parts.append(name if alias == name else f"{name} as {alias}")
        head.append(f"from {module} import {', '.join(parts)}")
    listed = [f"    {name!r}," for name in sorted(names)]
    return "\n".join([banner, *head, "", *body, "", "__all__ = [", *listed, "]", ""])
