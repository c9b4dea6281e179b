from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_fibo_edit_edit_structured_instruction_output import (
        BriaFiboEditEditStructuredInstructionOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BriaFiboEditEditStructuredInstructionInput")


@_attrs_define
class BriaFiboEditEditStructuredInstructionInput(
    FalInput["BriaFiboEditEditStructuredInstructionOutput"],
    endpoint="bria/fibo-edit/edit/structured_instruction",
):
    """Input of `bria/fibo-edit/edit/structured_instruction` (text-to-json)."""

    image_url: None | str | Unset = UNSET
    """Image Url: string or None."""
    mask_url: None | str | Unset = UNSET
    """Mask Url: string or None."""
    instruction: None | str | Unset = UNSET
    """Instruction: string or None."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 5555."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        mask_url: None | str | Unset
        if isinstance(self.mask_url, Unset):
            mask_url = UNSET
        else:
            mask_url = self.mask_url

        instruction: None | str | Unset
        if isinstance(self.instruction, Unset):
            instruction = UNSET
        else:
            instruction = self.instruction

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_mask_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mask_url = _parse_mask_url(d.pop("mask_url", UNSET))

        def _parse_instruction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instruction = _parse_instruction(d.pop("instruction", UNSET))

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_fibo_edit_edit_structured_instruction_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            instruction=instruction,
            seed=seed,
            sync_mode=sync_mode,
        )

        return bria_fibo_edit_edit_structured_instruction_input
