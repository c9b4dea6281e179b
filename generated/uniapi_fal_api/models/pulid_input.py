from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pulid_input_image_size_type_1 import (
    PulidInputImageSizeType1,
    check_pulid_input_image_size_type_1,
)
from ..models.pulid_input_mode import PulidInputMode, check_pulid_input_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.pika_image import PikaImage
    from .pulid_output import PulidOutput  # noqa: F401


T = TypeVar("T", bound="PulidInput")


@_attrs_define
class PulidInput(FalInput["PulidOutput"], endpoint="fal-ai/pulid"):
    """Input of `fal-ai/pulid` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    reference_images: list[PikaImage]
    """List of PikaImage."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1.2."""
    id_mix: bool | Unset = UNSET
    """Boolean."""
    id_scale: float | Unset = UNSET
    """Number. Server default: 0.8."""
    image_size: ImageSizeV9A3DFF | PulidInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    mode: PulidInputMode | Unset = UNSET
    """One of "fidelity", "extreme style". Server default: "fidelity"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "flaws in the eyes, flaws in the face, flaws, lowres, non-HDRi, low
    quality, worst quality,artifacts noise, text, watermark, glitch, deformed, mutated, ugly,
    disfigured, hands, low resolution, partially rendered objects,  deformed or partially
    rendered eyes, deformed, deformed eyeballs, cross-eyed,blurry"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 4."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        reference_images = []
        for reference_images_item_data in self.reference_images:
            reference_images_item = reference_images_item_data.to_dict()
            reference_images.append(reference_images_item)

        guidance_scale = self.guidance_scale

        id_mix = self.id_mix

        id_scale = self.id_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_images": reference_images,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if id_mix is not UNSET:
            field_dict["id_mix"] = id_mix
        if id_scale is not UNSET:
            field_dict["id_scale"] = id_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if mode is not UNSET:
            field_dict["mode"] = mode
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.pika_image import PikaImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_images = []
        _reference_images = d.pop("reference_images")
        for reference_images_item_data in _reference_images:
            reference_images_item = PikaImage.from_dict(reference_images_item_data)

            reference_images.append(reference_images_item)

        guidance_scale = d.pop("guidance_scale", UNSET)

        id_mix = d.pop("id_mix", UNSET)

        id_scale = d.pop("id_scale", UNSET)

        def _parse_image_size(data: object) -> ImageSizeV9A3DFF | PulidInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_pulid_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: PulidInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_pulid_input_mode(_mode)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        pulid_input = cls(
            prompt=prompt,
            reference_images=reference_images,
            guidance_scale=guidance_scale,
            id_mix=id_mix,
            id_scale=id_scale,
            image_size=image_size,
            mode=mode,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        return pulid_input
