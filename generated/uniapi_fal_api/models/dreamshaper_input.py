from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.dreamshaper_input_format import (
    DreamshaperInputFormat,
    check_dreamshaper_input_format,
)
from ..models.dreamshaper_input_image_size_type_1 import (
    DreamshaperInputImageSizeType1,
    check_dreamshaper_input_image_size_type_1,
)
from ..models.dreamshaper_input_model_name import (
    DreamshaperInputModelName,
    check_dreamshaper_input_model_name,
)
from ..models.dreamshaper_input_safety_checker_version import (
    DreamshaperInputSafetyCheckerVersion,
    check_dreamshaper_input_safety_checker_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding import Embedding
    from ..models.image_size import ImageSize
    from ..models.lora_weight_vf430d9 import LoraWeightVF430D9
    from .dreamshaper_output import DreamshaperOutput  # noqa: F401


T = TypeVar("T", bound="DreamshaperInput")


@_attrs_define
class DreamshaperInput(FalInput["DreamshaperOutput"], endpoint="fal-ai/dreamshaper"):
    """Input of `fal-ai/dreamshaper` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    model_name: DreamshaperInputModelName | Unset = UNSET
    """Model Name: one of "Lykon/dreamshaper-xl-1-0", "Lykon/dreamshaper-xl-v2-turbo",
    "Lykon/dreamshaper-8"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "(worst quality, low quality, normal quality,
    lowres, low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
    bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font, username,
    error, logo, words, letters, digits, autograph, trademark, name:1.2), (blur, blurry,
    grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated, poorly lit, bad shadow,
    draft, cropped, out of frame, cut off, censored, jpeg artifacts, out of focus, glitch,
    duplicate, (airbrushed, cartoon, anime, semi-realistic, cgi, render, blender, digital art,
    manga, amateur:1.3), (3D ,3D Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad
    anatomy, bad body, bad face, bad teeth, bad arms, bad legs, deformities:1.3)"."""
    image_size: DreamshaperInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: {"height": 1024, "width": 1024}."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 70. Server default: 35."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 5."""
    loras: list[LoraWeightVF430D9] | Unset = UNSET
    """Loras: list of LoraWeightVF430D9. Server default: []."""
    embeddings: list[Embedding] | Unset = UNSET
    """Embeddings: list of Embedding. Server default: []."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    format_: DreamshaperInputFormat | Unset = UNSET
    """Format: one of "jpeg", "png". Server default: "jpeg"."""
    safety_checker_version: DreamshaperInputSafetyCheckerVersion | Unset = UNSET
    """Safety Checker Version: one of "v1", "v2". Server default: "v1"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        model_name: str | Unset = UNSET
        if not isinstance(self.model_name, Unset):
            model_name = self.model_name

        negative_prompt = self.negative_prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        embeddings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.embeddings, Unset):
            embeddings = []
            for embeddings_item_data in self.embeddings:
                embeddings_item = embeddings_item_data.to_dict()
                embeddings.append(embeddings_item)

        expand_prompt = self.expand_prompt

        num_images = self.num_images

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        sync_mode = self.sync_mode

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        safety_checker_version: str | Unset = UNSET
        if not isinstance(self.safety_checker_version, Unset):
            safety_checker_version = self.safety_checker_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if loras is not UNSET:
            field_dict["loras"] = loras
        if embeddings is not UNSET:
            field_dict["embeddings"] = embeddings
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if format_ is not UNSET:
            field_dict["format"] = format_
        if safety_checker_version is not UNSET:
            field_dict["safety_checker_version"] = safety_checker_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding import Embedding  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.lora_weight_vf430d9 import LoraWeightVF430D9  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _model_name = d.pop("model_name", UNSET)
        model_name: DreamshaperInputModelName | Unset
        if isinstance(_model_name, Unset):
            model_name = UNSET
        else:
            model_name = check_dreamshaper_input_model_name(_model_name)

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_image_size(data: object) -> DreamshaperInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_dreamshaper_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF430D9] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF430D9.from_dict(loras_item_data)

                loras.append(loras_item)

        _embeddings = d.pop("embeddings", UNSET)
        embeddings: list[Embedding] | Unset = UNSET
        if _embeddings is not UNSET:
            embeddings = []
            for embeddings_item_data in _embeddings:
                embeddings_item = Embedding.from_dict(embeddings_item_data)

                embeddings.append(embeddings_item)

        expand_prompt = d.pop("expand_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: DreamshaperInputFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_dreamshaper_input_format(_format_)

        _safety_checker_version = d.pop("safety_checker_version", UNSET)
        safety_checker_version: DreamshaperInputSafetyCheckerVersion | Unset
        if isinstance(_safety_checker_version, Unset):
            safety_checker_version = UNSET
        else:
            safety_checker_version = check_dreamshaper_input_safety_checker_version(
                _safety_checker_version
            )

        dreamshaper_input = cls(
            prompt=prompt,
            model_name=model_name,
            negative_prompt=negative_prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            loras=loras,
            embeddings=embeddings,
            expand_prompt=expand_prompt,
            num_images=num_images,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            sync_mode=sync_mode,
            format_=format_,
            safety_checker_version=safety_checker_version,
        )

        return dreamshaper_input
