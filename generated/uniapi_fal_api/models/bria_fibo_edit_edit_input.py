from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_instruction import StructuredInstruction
    from .bria_fibo_edit_edit_output import BriaFiboEditEditOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboEditEditInput")


@_attrs_define
class BriaFiboEditEditInput(FalInput["BriaFiboEditEditOutput"], endpoint="bria/fibo-edit/edit"):
    """Input of `bria/fibo-edit/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    instruction: str | Unset = UNSET
    """String."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    new_vgl: StructuredInstruction | Unset = UNSET
    """StructuredInstruction."""
    original_vgl: StructuredInstruction | Unset = UNSET
    """StructuredInstruction."""
    seed: float | Unset = UNSET
    """Number. Server default: 5555."""
    steps_num: float | Unset = UNSET
    """Number. Server default: 30."""
    structured_instruction: StructuredInstruction | Unset = UNSET
    """StructuredInstruction."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        guidance_scale = self.guidance_scale

        image_url = self.image_url

        instruction = self.instruction

        mask_url = self.mask_url

        negative_prompt = self.negative_prompt

        new_vgl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_vgl, Unset):
            new_vgl = self.new_vgl.to_dict()

        original_vgl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_vgl, Unset):
            original_vgl = self.original_vgl.to_dict()

        seed = self.seed

        steps_num = self.steps_num

        structured_instruction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_instruction, Unset):
            structured_instruction = self.structured_instruction.to_dict()

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if new_vgl is not UNSET:
            field_dict["new_vgl"] = new_vgl
        if original_vgl is not UNSET:
            field_dict["original_vgl"] = original_vgl
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps_num is not UNSET:
            field_dict["steps_num"] = steps_num
        if structured_instruction is not UNSET:
            field_dict["structured_instruction"] = structured_instruction
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_instruction import StructuredInstruction  # noqa: PLC0415

        d = dict(src_dict)
        guidance_scale = d.pop("guidance_scale", UNSET)

        image_url = d.pop("image_url", UNSET)

        instruction = d.pop("instruction", UNSET)

        mask_url = d.pop("mask_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _new_vgl = d.pop("new_vgl", UNSET)
        new_vgl: StructuredInstruction | Unset
        if isinstance(_new_vgl, Unset):
            new_vgl = UNSET
        else:
            new_vgl = StructuredInstruction.from_dict(_new_vgl)

        _original_vgl = d.pop("original_vgl", UNSET)
        original_vgl: StructuredInstruction | Unset
        if isinstance(_original_vgl, Unset):
            original_vgl = UNSET
        else:
            original_vgl = StructuredInstruction.from_dict(_original_vgl)

        seed = d.pop("seed", UNSET)

        steps_num = d.pop("steps_num", UNSET)

        _structured_instruction = d.pop("structured_instruction", UNSET)
        structured_instruction: StructuredInstruction | Unset
        if isinstance(_structured_instruction, Unset):
            structured_instruction = UNSET
        else:
            structured_instruction = StructuredInstruction.from_dict(_structured_instruction)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_fibo_edit_edit_input = cls(
            guidance_scale=guidance_scale,
            image_url=image_url,
            instruction=instruction,
            mask_url=mask_url,
            negative_prompt=negative_prompt,
            new_vgl=new_vgl,
            original_vgl=original_vgl,
            seed=seed,
            steps_num=steps_num,
            structured_instruction=structured_instruction,
            sync_mode=sync_mode,
        )

        return bria_fibo_edit_edit_input
