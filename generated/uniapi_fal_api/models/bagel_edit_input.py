from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bagel_edit_output import BagelEditOutput  # noqa: F401


T = TypeVar("T", bound="BagelEditInput")


@_attrs_define
class BagelEditInput(FalInput["BagelEditOutput"], endpoint="fal-ai/bagel/edit"):
    """Input of `fal-ai/bagel/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    seed: float | Unset = UNSET
    """Number."""
    use_thought: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

        seed = self.seed

        use_thought = self.use_thought

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_thought is not UNSET:
            field_dict["use_thought"] = use_thought

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        seed = d.pop("seed", UNSET)

        use_thought = d.pop("use_thought", UNSET)

        bagel_edit_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            seed=seed,
            use_thought=use_thought,
        )

        return bagel_edit_input
