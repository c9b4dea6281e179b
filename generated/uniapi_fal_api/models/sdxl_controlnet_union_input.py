from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sdxl_controlnet_union_input_format import (
    SdxlControlnetUnionInputFormat,
    check_sdxl_controlnet_union_input_format,
)
from ..models.sdxl_controlnet_union_input_image_size_type_0_type_1 import (
    SdxlControlnetUnionInputImageSizeType0Type1,
    check_sdxl_controlnet_union_input_image_size_type_0_type_1,
)
from ..models.sdxl_controlnet_union_input_safety_checker_version import (
    SdxlControlnetUnionInputSafetyCheckerVersion,
    check_sdxl_controlnet_union_input_safety_checker_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding import Embedding
    from ..models.image_size import ImageSize
    from ..models.lora_weight_vf430d9 import LoraWeightVF430D9
    from .sdxl_controlnet_union_output import SdxlControlnetUnionOutput  # noqa: F401


T = TypeVar("T", bound="SdxlControlnetUnionInput")


@_attrs_define
class SdxlControlnetUnionInput(
    FalInput["SdxlControlnetUnionOutput"], endpoint="fal-ai/sdxl-controlnet-union"
):
    """Input of `fal-ai/sdxl-controlnet-union` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    controlnet_conditioning_scale: float | Unset = UNSET
    """Controlnet Conditioning Scale: number, 0 to 1. Server default: 0.5."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    image_size: ImageSize | None | SdxlControlnetUnionInputImageSizeType0Type1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9" or None."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 70. Server default: 35."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 7.5."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    loras: list[LoraWeightVF430D9] | Unset = UNSET
    """Loras: list of LoraWeightVF430D9. Server default: []."""
    embeddings: list[Embedding] | Unset = UNSET
    """Embeddings: list of Embedding. Server default: []."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    safety_checker_version: SdxlControlnetUnionInputSafetyCheckerVersion | Unset = UNSET
    """Safety Checker Version: one of "v1", "v2". Server default: "v1"."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: false."""
    format_: SdxlControlnetUnionInputFormat | Unset = UNSET
    """Format: one of "jpeg", "png". Server default: "jpeg"."""
    request_id: str | Unset = UNSET
    """Request Id: string. Server default: ""."""
    openpose_image_url: str | Unset = UNSET
    """Openpose Image Url: string."""
    openpose_preprocess: bool | Unset = UNSET
    """Openpose Preprocess: boolean. Server default: true."""
    depth_image_url: str | Unset = UNSET
    """Depth Image Url: string."""
    depth_preprocess: bool | Unset = UNSET
    """Depth Preprocess: boolean. Server default: true."""
    teed_image_url: str | Unset = UNSET
    """Teed Image Url: string."""
    teed_preprocess: bool | Unset = UNSET
    """Teed Preprocess: boolean. Server default: true."""
    canny_image_url: str | Unset = UNSET
    """Canny Image Url: string."""
    canny_preprocess: bool | Unset = UNSET
    """Canny Preprocess: boolean. Server default: true."""
    normal_image_url: str | Unset = UNSET
    """Normal Image Url: string."""
    normal_preprocess: bool | Unset = UNSET
    """Normal Preprocess: boolean. Server default: true."""
    segmentation_image_url: str | Unset = UNSET
    """Segmentation Image Url: string."""
    segmentation_preprocess: bool | Unset = UNSET
    """Segmentation Preprocess: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        controlnet_conditioning_scale = self.controlnet_conditioning_scale

        negative_prompt = self.negative_prompt

        image_size: dict[str, Any] | None | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        elif isinstance(self.image_size, str):
            image_size = self.image_size
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        num_images = self.num_images

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

        enable_safety_checker = self.enable_safety_checker

        safety_checker_version: str | Unset = UNSET
        if not isinstance(self.safety_checker_version, Unset):
            safety_checker_version = self.safety_checker_version

        expand_prompt = self.expand_prompt

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        request_id = self.request_id

        openpose_image_url = self.openpose_image_url

        openpose_preprocess = self.openpose_preprocess

        depth_image_url = self.depth_image_url

        depth_preprocess = self.depth_preprocess

        teed_image_url = self.teed_image_url

        teed_preprocess = self.teed_preprocess

        canny_image_url = self.canny_image_url

        canny_preprocess = self.canny_preprocess

        normal_image_url = self.normal_image_url

        normal_preprocess = self.normal_preprocess

        segmentation_image_url = self.segmentation_image_url

        segmentation_preprocess = self.segmentation_preprocess

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if controlnet_conditioning_scale is not UNSET:
            field_dict["controlnet_conditioning_scale"] = controlnet_conditioning_scale
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
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if loras is not UNSET:
            field_dict["loras"] = loras
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
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if openpose_image_url is not UNSET:
            field_dict["openpose_image_url"] = openpose_image_url
        if openpose_preprocess is not UNSET:
            field_dict["openpose_preprocess"] = openpose_preprocess
        if depth_image_url is not UNSET:
            field_dict["depth_image_url"] = depth_image_url
        if depth_preprocess is not UNSET:
            field_dict["depth_preprocess"] = depth_preprocess
        if teed_image_url is not UNSET:
            field_dict["teed_image_url"] = teed_image_url
        if teed_preprocess is not UNSET:
            field_dict["teed_preprocess"] = teed_preprocess
        if canny_image_url is not UNSET:
            field_dict["canny_image_url"] = canny_image_url
        if canny_preprocess is not UNSET:
            field_dict["canny_preprocess"] = canny_preprocess
        if normal_image_url is not UNSET:
            field_dict["normal_image_url"] = normal_image_url
        if normal_preprocess is not UNSET:
            field_dict["normal_preprocess"] = normal_preprocess
        if segmentation_image_url is not UNSET:
            field_dict["segmentation_image_url"] = segmentation_image_url
        if segmentation_preprocess is not UNSET:
            field_dict["segmentation_preprocess"] = segmentation_preprocess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding import Embedding  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.lora_weight_vf430d9 import LoraWeightVF430D9  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        controlnet_conditioning_scale = d.pop("controlnet_conditioning_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSize | None | SdxlControlnetUnionInputImageSizeType0Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0_type_0 = ImageSize.from_dict(data)

                return image_size_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_size_type_0_type_1 = (
                    check_sdxl_controlnet_union_input_image_size_type_0_type_1(data)
                )

                return image_size_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ImageSize | None | SdxlControlnetUnionInputImageSizeType0Type1 | Unset, data
            )

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

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

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _safety_checker_version = d.pop("safety_checker_version", UNSET)
        safety_checker_version: SdxlControlnetUnionInputSafetyCheckerVersion | Unset
        if isinstance(_safety_checker_version, Unset):
            safety_checker_version = UNSET
        else:
            safety_checker_version = check_sdxl_controlnet_union_input_safety_checker_version(
                _safety_checker_version
            )

        expand_prompt = d.pop("expand_prompt", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: SdxlControlnetUnionInputFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_sdxl_controlnet_union_input_format(_format_)

        request_id = d.pop("request_id", UNSET)

        openpose_image_url = d.pop("openpose_image_url", UNSET)

        openpose_preprocess = d.pop("openpose_preprocess", UNSET)

        depth_image_url = d.pop("depth_image_url", UNSET)

        depth_preprocess = d.pop("depth_preprocess", UNSET)

        teed_image_url = d.pop("teed_image_url", UNSET)

        teed_preprocess = d.pop("teed_preprocess", UNSET)

        canny_image_url = d.pop("canny_image_url", UNSET)

        canny_preprocess = d.pop("canny_preprocess", UNSET)

        normal_image_url = d.pop("normal_image_url", UNSET)

        normal_preprocess = d.pop("normal_preprocess", UNSET)

        segmentation_image_url = d.pop("segmentation_image_url", UNSET)

        segmentation_preprocess = d.pop("segmentation_preprocess", UNSET)

        sdxl_controlnet_union_input = cls(
            prompt=prompt,
            controlnet_conditioning_scale=controlnet_conditioning_scale,
            negative_prompt=negative_prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            loras=loras,
            embeddings=embeddings,
            enable_safety_checker=enable_safety_checker,
            safety_checker_version=safety_checker_version,
            expand_prompt=expand_prompt,
            format_=format_,
            request_id=request_id,
            openpose_image_url=openpose_image_url,
            openpose_preprocess=openpose_preprocess,
            depth_image_url=depth_image_url,
            depth_preprocess=depth_preprocess,
            teed_image_url=teed_image_url,
            teed_preprocess=teed_preprocess,
            canny_image_url=canny_image_url,
            canny_preprocess=canny_preprocess,
            normal_image_url=normal_image_url,
            normal_preprocess=normal_preprocess,
            segmentation_image_url=segmentation_image_url,
            segmentation_preprocess=segmentation_preprocess,
        )

        return sdxl_controlnet_union_input
