from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fast_lightning_sdxl_image_to_image_input_format import (
    FastLightningSdxlImageToImageInputFormat,
    check_fast_lightning_sdxl_image_to_image_input_format,
)
from ..models.fast_lightning_sdxl_image_to_image_input_image_size_type_1 import (
    FastLightningSdxlImageToImageInputImageSizeType1,
    check_fast_lightning_sdxl_image_to_image_input_image_size_type_1,
)
from ..models.fast_lightning_sdxl_image_to_image_input_num_inference_steps import (
    FastLightningSdxlImageToImageInputNumInferenceSteps,
    check_fast_lightning_sdxl_image_to_image_input_num_inference_steps,
)
from ..models.fast_lightning_sdxl_image_to_image_input_safety_checker_version import (
    FastLightningSdxlImageToImageInputSafetyCheckerVersion,
    check_fast_lightning_sdxl_image_to_image_input_safety_checker_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding_v9c4351 import EmbeddingV9C4351
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .fast_lightning_sdxl_image_to_image_output import (
        FastLightningSdxlImageToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="FastLightningSdxlImageToImageInput")


@_attrs_define
class FastLightningSdxlImageToImageInput(
    FalInput["FastLightningSdxlImageToImageOutput"],
    endpoint="fal-ai/fast-lightning-sdxl/image-to-image",
):
    """Input of `fal-ai/fast-lightning-sdxl/image-to-image` (image-to-image). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    crop_output: bool | Unset = UNSET
    """Boolean."""
    embeddings: list[EmbeddingV9C4351] | Unset = UNSET
    """List of EmbeddingV9C4351."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expand_prompt: bool | Unset = UNSET
    """Boolean."""
    format_: FastLightningSdxlImageToImageInputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    image_size: FastLightningSdxlImageToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: FastLightningSdxlImageToImageInputNumInferenceSteps | Unset = UNSET
    """One of "1", "2", "4", "8". Server default: "4"."""
    preserve_aspect_ratio: bool | Unset = UNSET
    """Boolean."""
    request_id: str | Unset = UNSET
    """String. Server default: ""."""
    safety_checker_version: FastLightningSdxlImageToImageInputSafetyCheckerVersion | Unset = UNSET
    """One of "v1", "v2". Server default: "v1"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.95."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        crop_output = self.crop_output

        embeddings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.embeddings, Unset):
            embeddings = []
            for embeddings_item_data in self.embeddings:
                embeddings_item = embeddings_item_data.to_dict()
                embeddings.append(embeddings_item)

        enable_safety_checker = self.enable_safety_checker

        expand_prompt = self.expand_prompt

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_images = self.num_images

        num_inference_steps: str | Unset = UNSET
        if not isinstance(self.num_inference_steps, Unset):
            num_inference_steps = self.num_inference_steps

        preserve_aspect_ratio = self.preserve_aspect_ratio

        request_id = self.request_id

        safety_checker_version: str | Unset = UNSET
        if not isinstance(self.safety_checker_version, Unset):
            safety_checker_version = self.safety_checker_version

        seed = self.seed

        strength = self.strength

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if crop_output is not UNSET:
            field_dict["crop_output"] = crop_output
        if embeddings is not UNSET:
            field_dict["embeddings"] = embeddings
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if format_ is not UNSET:
            field_dict["format"] = format_
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if preserve_aspect_ratio is not UNSET:
            field_dict["preserve_aspect_ratio"] = preserve_aspect_ratio
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if safety_checker_version is not UNSET:
            field_dict["safety_checker_version"] = safety_checker_version
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding_v9c4351 import EmbeddingV9C4351  # noqa: PLC0415
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        crop_output = d.pop("crop_output", UNSET)

        _embeddings = d.pop("embeddings", UNSET)
        embeddings: list[EmbeddingV9C4351] | Unset = UNSET
        if _embeddings is not UNSET:
            embeddings = []
            for embeddings_item_data in _embeddings:
                embeddings_item = EmbeddingV9C4351.from_dict(embeddings_item_data)

                embeddings.append(embeddings_item)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: FastLightningSdxlImageToImageInputFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_fast_lightning_sdxl_image_to_image_input_format(_format_)

        def _parse_image_size(
            data: object,
        ) -> FastLightningSdxlImageToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_fast_lightning_sdxl_image_to_image_input_image_size_type_1(
                data
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        _num_inference_steps = d.pop("num_inference_steps", UNSET)
        num_inference_steps: FastLightningSdxlImageToImageInputNumInferenceSteps | Unset
        if isinstance(_num_inference_steps, Unset):
            num_inference_steps = UNSET
        else:
            num_inference_steps = (
                check_fast_lightning_sdxl_image_to_image_input_num_inference_steps(
                    _num_inference_steps
                )
            )

        preserve_aspect_ratio = d.pop("preserve_aspect_ratio", UNSET)

        request_id = d.pop("request_id", UNSET)

        _safety_checker_version = d.pop("safety_checker_version", UNSET)
        safety_checker_version: FastLightningSdxlImageToImageInputSafetyCheckerVersion | Unset
        if isinstance(_safety_checker_version, Unset):
            safety_checker_version = UNSET
        else:
            safety_checker_version = (
                check_fast_lightning_sdxl_image_to_image_input_safety_checker_version(
                    _safety_checker_version
                )
            )

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        fast_lightning_sdxl_image_to_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            crop_output=crop_output,
            embeddings=embeddings,
            enable_safety_checker=enable_safety_checker,
            expand_prompt=expand_prompt,
            format_=format_,
            image_size=image_size,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            preserve_aspect_ratio=preserve_aspect_ratio,
            request_id=request_id,
            safety_checker_version=safety_checker_version,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
        )

        return fast_lightning_sdxl_image_to_image_input
