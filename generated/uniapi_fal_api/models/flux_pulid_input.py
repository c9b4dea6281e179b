from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pulid_input_image_size_type_1 import (
    FluxPulidInputImageSizeType1,
    check_flux_pulid_input_image_size_type_1,
)
from ..models.flux_pulid_input_max_sequence_length import (
    FluxPulidInputMaxSequenceLength,
    check_flux_pulid_input_max_sequence_length,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .flux_pulid_output import FluxPulidOutput  # noqa: F401


T = TypeVar("T", bound="FluxPulidInput")


@_attrs_define
class FluxPulidInput(FalInput["FluxPulidOutput"], endpoint="fal-ai/flux-pulid"):
    """Input of `fal-ai/flux-pulid` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    reference_image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 4."""
    id_weight: float | Unset = UNSET
    """Number. Server default: 1."""
    image_size: FluxPulidInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    max_sequence_length: FluxPulidInputMaxSequenceLength | Unset = UNSET
    """One of "128", "256", "512". Server default: "128"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 20."""
    seed: float | Unset = UNSET
    """Number."""
    start_step: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    true_cfg: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        reference_image_url = self.reference_image_url

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        id_weight = self.id_weight

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        max_sequence_length: str | Unset = UNSET
        if not isinstance(self.max_sequence_length, Unset):
            max_sequence_length = self.max_sequence_length

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        start_step = self.start_step

        sync_mode = self.sync_mode

        true_cfg = self.true_cfg

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if id_weight is not UNSET:
            field_dict["id_weight"] = id_weight
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if max_sequence_length is not UNSET:
            field_dict["max_sequence_length"] = max_sequence_length
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if start_step is not UNSET:
            field_dict["start_step"] = start_step
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if true_cfg is not UNSET:
            field_dict["true_cfg"] = true_cfg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_image_url = d.pop("reference_image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        id_weight = d.pop("id_weight", UNSET)

        def _parse_image_size(
            data: object,
        ) -> FluxPulidInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_flux_pulid_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _max_sequence_length = d.pop("max_sequence_length", UNSET)
        max_sequence_length: FluxPulidInputMaxSequenceLength | Unset
        if isinstance(_max_sequence_length, Unset):
            max_sequence_length = UNSET
        else:
            max_sequence_length = check_flux_pulid_input_max_sequence_length(_max_sequence_length)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        start_step = d.pop("start_step", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        true_cfg = d.pop("true_cfg", UNSET)

        flux_pulid_input = cls(
            prompt=prompt,
            reference_image_url=reference_image_url,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            id_weight=id_weight,
            image_size=image_size,
            max_sequence_length=max_sequence_length,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
            start_step=start_step,
            sync_mode=sync_mode,
            true_cfg=true_cfg,
        )

        return flux_pulid_input
