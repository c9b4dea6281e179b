from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.creative_upscaler_input_model_type import (
    CreativeUpscalerInputModelType,
    check_creative_upscaler_input_model_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .creative_upscaler_output import CreativeUpscalerOutput  # noqa: F401


T = TypeVar("T", bound="CreativeUpscalerInput")


@_attrs_define
class CreativeUpscalerInput(
    FalInput["CreativeUpscalerOutput"], endpoint="fal-ai/creative-upscaler"
):
    """Input of `fal-ai/creative-upscaler` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    additional_embedding_url: str | Unset = UNSET
    """URL or local file."""
    additional_lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    additional_lora_url: str | Unset = UNSET
    """URL or local file."""
    base_model_url: str | Unset = UNSET
    """URL or local file."""
    creativity: float | Unset = UNSET
    """Number. Server default: 0.5."""
    detail: float | Unset = UNSET
    """Number. Server default: 1."""
    enable_safety_checks: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7.5."""
    model_type: CreativeUpscalerInputModelType | Unset = UNSET
    """One of "SD_1_5", "SDXL". Server default: "SD_1_5"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "blurry, low resolution, bad, ugly, low quality, pixelated,
    interpolated, compression artifacts, noisey, grainy"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 20."""
    override_size_limits: bool | Unset = UNSET
    """Boolean."""
    prompt: str | Unset = UNSET
    """String."""
    prompt_suffix: str | Unset = UNSET
    """String. Server default: " high quality, highly detailed, high resolution, sharp"."""
    scale: float | Unset = UNSET
    """Number. Server default: 2."""
    seed: float | Unset = UNSET
    """Number."""
    shape_preservation: float | Unset = UNSET
    """Number. Server default: 0.25."""
    skip_ccsr: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        additional_embedding_url = self.additional_embedding_url

        additional_lora_scale = self.additional_lora_scale

        additional_lora_url = self.additional_lora_url

        base_model_url = self.base_model_url

        creativity = self.creativity

        detail = self.detail

        enable_safety_checks = self.enable_safety_checks

        guidance_scale = self.guidance_scale

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        override_size_limits = self.override_size_limits

        prompt = self.prompt

        prompt_suffix = self.prompt_suffix

        scale = self.scale

        seed = self.seed

        shape_preservation = self.shape_preservation

        skip_ccsr = self.skip_ccsr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if additional_embedding_url is not UNSET:
            field_dict["additional_embedding_url"] = additional_embedding_url
        if additional_lora_scale is not UNSET:
            field_dict["additional_lora_scale"] = additional_lora_scale
        if additional_lora_url is not UNSET:
            field_dict["additional_lora_url"] = additional_lora_url
        if base_model_url is not UNSET:
            field_dict["base_model_url"] = base_model_url
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if detail is not UNSET:
            field_dict["detail"] = detail
        if enable_safety_checks is not UNSET:
            field_dict["enable_safety_checks"] = enable_safety_checks
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if override_size_limits is not UNSET:
            field_dict["override_size_limits"] = override_size_limits
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_suffix is not UNSET:
            field_dict["prompt_suffix"] = prompt_suffix
        if scale is not UNSET:
            field_dict["scale"] = scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shape_preservation is not UNSET:
            field_dict["shape_preservation"] = shape_preservation
        if skip_ccsr is not UNSET:
            field_dict["skip_ccsr"] = skip_ccsr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        additional_embedding_url = d.pop("additional_embedding_url", UNSET)

        additional_lora_scale = d.pop("additional_lora_scale", UNSET)

        additional_lora_url = d.pop("additional_lora_url", UNSET)

        base_model_url = d.pop("base_model_url", UNSET)

        creativity = d.pop("creativity", UNSET)

        detail = d.pop("detail", UNSET)

        enable_safety_checks = d.pop("enable_safety_checks", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: CreativeUpscalerInputModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_creative_upscaler_input_model_type(_model_type)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        override_size_limits = d.pop("override_size_limits", UNSET)

        prompt = d.pop("prompt", UNSET)

        prompt_suffix = d.pop("prompt_suffix", UNSET)

        scale = d.pop("scale", UNSET)

        seed = d.pop("seed", UNSET)

        shape_preservation = d.pop("shape_preservation", UNSET)

        skip_ccsr = d.pop("skip_ccsr", UNSET)

        creative_upscaler_input = cls(
            image_url=image_url,
            additional_embedding_url=additional_embedding_url,
            additional_lora_scale=additional_lora_scale,
            additional_lora_url=additional_lora_url,
            base_model_url=base_model_url,
            creativity=creativity,
            detail=detail,
            enable_safety_checks=enable_safety_checks,
            guidance_scale=guidance_scale,
            model_type=model_type,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            override_size_limits=override_size_limits,
            prompt=prompt,
            prompt_suffix=prompt_suffix,
            scale=scale,
            seed=seed,
            shape_preservation=shape_preservation,
            skip_ccsr=skip_ccsr,
        )

        return creative_upscaler_input
