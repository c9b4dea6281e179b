from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.finegrain_eraser_input_mode import (
    FinegrainEraserInputMode,
    check_finegrain_eraser_input_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .finegrain_eraser_output import FinegrainEraserOutput  # noqa: F401


T = TypeVar("T", bound="FinegrainEraserInput")


@_attrs_define
class FinegrainEraserInput(FalInput["FinegrainEraserOutput"], endpoint="fal-ai/finegrain-eraser"):
    """Input of `fal-ai/finegrain-eraser` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    mode: FinegrainEraserInputMode | Unset = UNSET
    """One of "express", "standard", "premium". Server default: "standard"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _mode = d.pop("mode", UNSET)
        mode: FinegrainEraserInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_finegrain_eraser_input_mode(_mode)

        seed = d.pop("seed", UNSET)

        finegrain_eraser_input = cls(
            image_url=image_url,
            prompt=prompt,
            mode=mode,
            seed=seed,
        )

        return finegrain_eraser_input
