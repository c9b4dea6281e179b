from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.iclight_v2_input_image_size_type_1 import (
    IclightV2InputImageSizeType1,
    check_iclight_v2_input_image_size_type_1,
)
from ..models.iclight_v2_input_initial_latent import (
    IclightV2InputInitialLatent,
    check_iclight_v2_input_initial_latent,
)
from ..models.iclight_v2_input_output_format import (
    IclightV2InputOutputFormat,
    check_iclight_v2_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .iclight_v2_output import IclightV2Output  # noqa: F401


T = TypeVar("T", bound="IclightV2Input")


@_attrs_define
class IclightV2Input(FalInput["IclightV2Output"], endpoint="fal-ai/iclight-v2"):
    """Input of `fal-ai/iclight-v2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    background_threshold: float | Unset = UNSET
    """Number. Server default: 0.67."""
    cfg: float | Unset = UNSET
    """Number. Server default: 1."""
    enable_hr_fix: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    highres_denoise: float | Unset = UNSET
    """Number. Server default: 0.95."""
    hr_downscale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    image_size: IclightV2InputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    initial_latent: IclightV2InputInitialLatent | Unset = UNSET
    """One of "None", "Left", "Right", "Top", "Bottom". Server default: "None"."""
    lowres_denoise: float | Unset = UNSET
    """Number. Server default: 0.98."""
    mask_image_url: str | Unset = UNSET
    """URL or local file."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    output_format: IclightV2InputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        background_threshold = self.background_threshold

        cfg = self.cfg

        enable_hr_fix = self.enable_hr_fix

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        highres_denoise = self.highres_denoise

        hr_downscale = self.hr_downscale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        initial_latent: str | Unset = UNSET
        if not isinstance(self.initial_latent, Unset):
            initial_latent = self.initial_latent

        lowres_denoise = self.lowres_denoise

        mask_image_url = self.mask_image_url

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if background_threshold is not UNSET:
            field_dict["background_threshold"] = background_threshold
        if cfg is not UNSET:
            field_dict["cfg"] = cfg
        if enable_hr_fix is not UNSET:
            field_dict["enable_hr_fix"] = enable_hr_fix
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if highres_denoise is not UNSET:
            field_dict["highres_denoise"] = highres_denoise
        if hr_downscale is not UNSET:
            field_dict["hr_downscale"] = hr_downscale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if initial_latent is not UNSET:
            field_dict["initial_latent"] = initial_latent
        if lowres_denoise is not UNSET:
            field_dict["lowres_denoise"] = lowres_denoise
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        background_threshold = d.pop("background_threshold", UNSET)

        cfg = d.pop("cfg", UNSET)

        enable_hr_fix = d.pop("enable_hr_fix", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        highres_denoise = d.pop("highres_denoise", UNSET)

        hr_downscale = d.pop("hr_downscale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> IclightV2InputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_iclight_v2_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _initial_latent = d.pop("initial_latent", UNSET)
        initial_latent: IclightV2InputInitialLatent | Unset
        if isinstance(_initial_latent, Unset):
            initial_latent = UNSET
        else:
            initial_latent = check_iclight_v2_input_initial_latent(_initial_latent)

        lowres_denoise = d.pop("lowres_denoise", UNSET)

        mask_image_url = d.pop("mask_image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: IclightV2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_iclight_v2_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        iclight_v2_input = cls(
            image_url=image_url,
            prompt=prompt,
            background_threshold=background_threshold,
            cfg=cfg,
            enable_hr_fix=enable_hr_fix,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            highres_denoise=highres_denoise,
            hr_downscale=hr_downscale,
            image_size=image_size,
            initial_latent=initial_latent,
            lowres_denoise=lowres_denoise,
            mask_image_url=mask_image_url,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return iclight_v2_input
