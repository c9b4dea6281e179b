from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bagel_output import BagelOutput  # noqa: F401


T = TypeVar("T", bound="BagelInput")


@_attrs_define
class BagelInput(FalInput["BagelOutput"], endpoint="fal-ai/bagel"):
    """Input of `fal-ai/bagel` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    use_thought: bool | Unset = UNSET
    """Use Thought: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        use_thought = self.use_thought

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_thought is not UNSET:
            field_dict["use_thought"] = use_thought
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        use_thought = d.pop("use_thought", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        bagel_input = cls(
            prompt=prompt,
            seed=seed,
            use_thought=use_thought,
            enable_safety_checker=enable_safety_checker,
        )

        return bagel_input
