from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.playground_v25_input_format import (
    PlaygroundV25InputFormat,
    check_playground_v25_input_format,
)
from ..models.playground_v25_input_image_size_type_1 import (
    PlaygroundV25InputImageSizeType1,
    check_playground_v25_input_image_size_type_1,
)
from ..models.playground_v25_input_safety_checker_version import (
    PlaygroundV25InputSafetyCheckerVersion,
    check_playground_v25_input_safety_checker_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding import Embedding
    from ..models.image_size import ImageSize
    from .playground_v25_output import PlaygroundV25Output  # noqa: F401


T = TypeVar("T", bound="PlaygroundV25Input")


@_attrs_define
class PlaygroundV25Input(FalInput["PlaygroundV25Output"], endpoint="fal-ai/playground-v25"):
    """Input of `fal-ai/playground-v25` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    image_size: ImageSize | PlaygroundV25InputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 25."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 3."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    embeddings: list[Embedding] | Unset = UNSET
    """Embeddings: list of Embedding. Server default: []."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    safety_checker_version: PlaygroundV25InputSafetyCheckerVersion | Unset = UNSET
    """Safety Checker Version: one of "v1", "v2". Server default: "v1"."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: false."""
    format_: PlaygroundV25InputFormat | Unset = UNSET
    """Format: one of "jpeg", "png". Server default: "jpeg"."""
    guidance_rescale: float | Unset = UNSET
    """Guidance Rescale: number, 0 to 1. Server default: 0."""
    request_id: str | Unset = UNSET
    """Request Id: string. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        guidance_scale = self.guidance_scale

        num_images = self.num_images

        embeddings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.embeddings, Unset):
            embeddings = []
            for embeddings_item_data in self.embeddings:
                embeddings_item = embeddings_item_data.to_dict()
                embeddings.append(embeddings_item)

        enable_safety_checker = self.enable_safety_checker

        safety_checker_version: str | Unset = UNSET
        if not isinstance(self.safety_checker_version, Unset):
            safety_checker_version = self.safety_checker_version

        expand_prompt = self.expand_prompt

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        guidance_rescale = self.guidance_rescale

        request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if embeddings is not UNSET:
            field_dict["embeddings"] = embeddings
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if safety_checker_version is not UNSET:
            field_dict["safety_checker_version"] = safety_checker_version
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if format_ is not UNSET:
            field_dict["format"] = format_
        if guidance_rescale is not UNSET:
            field_dict["guidance_rescale"] = guidance_rescale
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding import Embedding  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_image_size(data: object) -> ImageSize | PlaygroundV25InputImageSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_playground_v25_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_images = d.pop("num_images", UNSET)

        _embeddings = d.pop("embeddings", UNSET)
        embeddings: list[Embedding] | Unset = UNSET
        if _embeddings is not UNSET:
            embeddings = []
            for embeddings_item_data in _embeddings:
                embeddings_item = Embedding.from_dict(embeddings_item_data)

                embeddings.append(embeddings_item)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _safety_checker_version = d.pop("safety_checker_version", UNSET)
        safety_checker_version: PlaygroundV25InputSafetyCheckerVersion | Unset
        if isinstance(_safety_checker_version, Unset):
            safety_checker_version = UNSET
        else:
            safety_checker_version = check_playground_v25_input_safety_checker_version(
                _safety_checker_version
            )

        expand_prompt = d.pop("expand_prompt", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: PlaygroundV25InputFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_playground_v25_input_format(_format_)

        guidance_rescale = d.pop("guidance_rescale", UNSET)

        request_id = d.pop("request_id", UNSET)

        playground_v25_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            num_images=num_images,
            embeddings=embeddings,
            enable_safety_checker=enable_safety_checker,
            safety_checker_version=safety_checker_version,
            expand_prompt=expand_prompt,
            format_=format_,
            guidance_rescale=guidance_rescale,
            request_id=request_id,
        )

        return playground_v25_input
