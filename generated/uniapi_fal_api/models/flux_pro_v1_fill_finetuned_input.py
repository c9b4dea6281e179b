from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pro_v1_fill_finetuned_input_output_format import (
    FluxProV1FillFinetunedInputOutputFormat,
    check_flux_pro_v1_fill_finetuned_input_output_format,
)
from ..models.flux_pro_v1_fill_finetuned_input_safety_tolerance import (
    FluxProV1FillFinetunedInputSafetyTolerance,
    check_flux_pro_v1_fill_finetuned_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_pro_v1_fill_finetuned_output import FluxProV1FillFinetunedOutput  # noqa: F401


T = TypeVar("T", bound="FluxProV1FillFinetunedInput")


@_attrs_define
class FluxProV1FillFinetunedInput(
    FalInput["FluxProV1FillFinetunedOutput"], endpoint="fal-ai/flux-pro/v1/fill-finetuned"
):
    """Input of `fal-ai/flux-pro/v1/fill-finetuned` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    finetune_id: str
    """String."""
    finetune_strength: float
    """Number."""
    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enhance_prompt: bool | Unset = UNSET
    """Boolean."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: FluxProV1FillFinetunedInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    safety_tolerance: FluxProV1FillFinetunedInputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "2"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        finetune_id = self.finetune_id

        finetune_strength = self.finetune_strength

        image_url = self.image_url

        mask_url = self.mask_url

        prompt = self.prompt

        enhance_prompt = self.enhance_prompt

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
            }
        )
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finetune_id = d.pop("finetune_id")

        finetune_strength = d.pop("finetune_strength")

        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        prompt = d.pop("prompt")

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxProV1FillFinetunedInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_pro_v1_fill_finetuned_input_output_format(_output_format)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: FluxProV1FillFinetunedInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_flux_pro_v1_fill_finetuned_input_safety_tolerance(
                _safety_tolerance
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_pro_v1_fill_finetuned_input = cls(
            finetune_id=finetune_id,
            finetune_strength=finetune_strength,
            image_url=image_url,
            mask_url=mask_url,
            prompt=prompt,
            enhance_prompt=enhance_prompt,
            num_images=num_images,
            output_format=output_format,
            safety_tolerance=safety_tolerance,
            seed=seed,
            sync_mode=sync_mode,
        )

        return flux_pro_v1_fill_finetuned_input
