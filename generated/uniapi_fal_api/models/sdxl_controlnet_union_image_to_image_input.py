from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sdxl_controlnet_union_image_to_image_input_format import (
    SdxlControlnetUnionImageToImageInputFormat,
    check_sdxl_controlnet_union_image_to_image_input_format,
)
from ..models.sdxl_controlnet_union_image_to_image_input_image_size_type_1 import (
    SdxlControlnetUnionImageToImageInputImageSizeType1,
    check_sdxl_controlnet_union_image_to_image_input_image_size_type_1,
)
from ..models.sdxl_controlnet_union_image_to_image_input_safety_checker_version import (
    SdxlControlnetUnionImageToImageInputSafetyCheckerVersion,
    check_sdxl_controlnet_union_image_to_image_input_safety_checker_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding_v9c4351 import EmbeddingV9C4351
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB
    from .sdxl_controlnet_union_image_to_image_output import (
        SdxlControlnetUnionImageToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="SdxlControlnetUnionImageToImageInput")


@_attrs_define
class SdxlControlnetUnionImageToImageInput(
    FalInput["SdxlControlnetUnionImageToImageOutput"],
    endpoint="fal-ai/sdxl-controlnet-union/image-to-image",
):
    """Input of `fal-ai/sdxl-controlnet-union/image-to-image` (image-to-image). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    canny_image_url: str | Unset = UNSET
    """URL or local file."""
    canny_preprocess: bool | Unset = UNSET
    """Boolean. Server default: true."""
    controlnet_conditioning_scale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    crop_output: bool | Unset = UNSET
    """Boolean."""
    depth_image_url: str | Unset = UNSET
    """URL or local file."""
    depth_preprocess: bool | Unset = UNSET
    """Boolean. Server default: true."""
    embeddings: list[EmbeddingV9C4351] | Unset = UNSET
    """List of EmbeddingV9C4351."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expand_prompt: bool | Unset = UNSET
    """Boolean."""
    format_: SdxlControlnetUnionImageToImageInputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7.5."""
    image_size: ImageSizeV9A3DFF | SdxlControlnetUnionImageToImageInputImageSizeType1 | Unset = (
        UNSET
    )
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    loras: list[LoraWeightVF02BFB] | Unset = UNSET
    """List of LoraWeightVF02BFB."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    normal_image_url: str | Unset = UNSET
    """URL or local file."""
    normal_preprocess: bool | Unset = UNSET
    """Boolean. Server default: true."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 35."""
    openpose_image_url: str | Unset = UNSET
    """URL or local file."""
    openpose_preprocess: bool | Unset = UNSET
    """Boolean. Server default: true."""
    preserve_aspect_ratio: bool | Unset = UNSET
    """Boolean."""
    request_id: str | Unset = UNSET
    """String. Server default: ""."""
    safety_checker_version: SdxlControlnetUnionImageToImageInputSafetyCheckerVersion | Unset = UNSET
    """One of "v1", "v2". Server default: "v1"."""
    seed: float | Unset = UNSET
    """Number."""
    segmentation_image_url: str | Unset = UNSET
    """URL or local file."""
    segmentation_preprocess: bool | Unset = UNSET
    """Boolean. Server default: true."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.95."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    teed_image_url: str | Unset = UNSET
    """URL or local file."""
    teed_preprocess: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        canny_image_url = self.canny_image_url

        canny_preprocess = self.canny_preprocess

        controlnet_conditioning_scale = self.controlnet_conditioning_scale

        crop_output = self.crop_output

        depth_image_url = self.depth_image_url

        depth_preprocess = self.depth_preprocess

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

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        negative_prompt = self.negative_prompt

        normal_image_url = self.normal_image_url

        normal_preprocess = self.normal_preprocess

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        openpose_image_url = self.openpose_image_url

        openpose_preprocess = self.openpose_preprocess

        preserve_aspect_ratio = self.preserve_aspect_ratio

        request_id = self.request_id

        safety_checker_version: str | Unset = UNSET
        if not isinstance(self.safety_checker_version, Unset):
            safety_checker_version = self.safety_checker_version

        seed = self.seed

        segmentation_image_url = self.segmentation_image_url

        segmentation_preprocess = self.segmentation_preprocess

        strength = self.strength

        sync_mode = self.sync_mode

        teed_image_url = self.teed_image_url

        teed_preprocess = self.teed_preprocess

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if canny_image_url is not UNSET:
            field_dict["canny_image_url"] = canny_image_url
        if canny_preprocess is not UNSET:
            field_dict["canny_preprocess"] = canny_preprocess
        if controlnet_conditioning_scale is not UNSET:
            field_dict["controlnet_conditioning_scale"] = controlnet_conditioning_scale
        if crop_output is not UNSET:
            field_dict["crop_output"] = crop_output
        if depth_image_url is not UNSET:
            field_dict["depth_image_url"] = depth_image_url
        if depth_preprocess is not UNSET:
            field_dict["depth_preprocess"] = depth_preprocess
        if embeddings is not UNSET:
            field_dict["embeddings"] = embeddings
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if format_ is not UNSET:
            field_dict["format"] = format_
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if loras is not UNSET:
            field_dict["loras"] = loras
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if normal_image_url is not UNSET:
            field_dict["normal_image_url"] = normal_image_url
        if normal_preprocess is not UNSET:
            field_dict["normal_preprocess"] = normal_preprocess
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if openpose_image_url is not UNSET:
            field_dict["openpose_image_url"] = openpose_image_url
        if openpose_preprocess is not UNSET:
            field_dict["openpose_preprocess"] = openpose_preprocess
        if preserve_aspect_ratio is not UNSET:
            field_dict["preserve_aspect_ratio"] = preserve_aspect_ratio
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if safety_checker_version is not UNSET:
            field_dict["safety_checker_version"] = safety_checker_version
        if seed is not UNSET:
            field_dict["seed"] = seed
        if segmentation_image_url is not UNSET:
            field_dict["segmentation_image_url"] = segmentation_image_url
        if segmentation_preprocess is not UNSET:
            field_dict["segmentation_preprocess"] = segmentation_preprocess
        if strength is not UNSET:
            field_dict["strength"] = strength
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if teed_image_url is not UNSET:
            field_dict["teed_image_url"] = teed_image_url
        if teed_preprocess is not UNSET:
            field_dict["teed_preprocess"] = teed_preprocess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedding_v9c4351 import EmbeddingV9C4351  # noqa: PLC0415
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        canny_image_url = d.pop("canny_image_url", UNSET)

        canny_preprocess = d.pop("canny_preprocess", UNSET)

        controlnet_conditioning_scale = d.pop("controlnet_conditioning_scale", UNSET)

        crop_output = d.pop("crop_output", UNSET)

        depth_image_url = d.pop("depth_image_url", UNSET)

        depth_preprocess = d.pop("depth_preprocess", UNSET)

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
        format_: SdxlControlnetUnionImageToImageInputFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_sdxl_controlnet_union_image_to_image_input_format(_format_)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | SdxlControlnetUnionImageToImageInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_sdxl_controlnet_union_image_to_image_input_image_size_type_1(
                data
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF02BFB] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF02BFB.from_dict(loras_item_data)

                loras.append(loras_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        normal_image_url = d.pop("normal_image_url", UNSET)

        normal_preprocess = d.pop("normal_preprocess", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        openpose_image_url = d.pop("openpose_image_url", UNSET)

        openpose_preprocess = d.pop("openpose_preprocess", UNSET)

        preserve_aspect_ratio = d.pop("preserve_aspect_ratio", UNSET)

        request_id = d.pop("request_id", UNSET)

        _safety_checker_version = d.pop("safety_checker_version", UNSET)
        safety_checker_version: SdxlControlnetUnionImageToImageInputSafetyCheckerVersion | Unset
        if isinstance(_safety_checker_version, Unset):
            safety_checker_version = UNSET
        else:
            safety_checker_version = (
                check_sdxl_controlnet_union_image_to_image_input_safety_checker_version(
                    _safety_checker_version
                )
            )

        seed = d.pop("seed", UNSET)

        segmentation_image_url = d.pop("segmentation_image_url", UNSET)

        segmentation_preprocess = d.pop("segmentation_preprocess", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        teed_image_url = d.pop("teed_image_url", UNSET)

        teed_preprocess = d.pop("teed_preprocess", UNSET)

        sdxl_controlnet_union_image_to_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            canny_image_url=canny_image_url,
            canny_preprocess=canny_preprocess,
            controlnet_conditioning_scale=controlnet_conditioning_scale,
            crop_output=crop_output,
            depth_image_url=depth_image_url,
            depth_preprocess=depth_preprocess,
            embeddings=embeddings,
            enable_safety_checker=enable_safety_checker,
            expand_prompt=expand_prompt,
            format_=format_,
            guidance_scale=guidance_scale,
            image_size=image_size,
            loras=loras,
            negative_prompt=negative_prompt,
            normal_image_url=normal_image_url,
            normal_preprocess=normal_preprocess,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            openpose_image_url=openpose_image_url,
            openpose_preprocess=openpose_preprocess,
            preserve_aspect_ratio=preserve_aspect_ratio,
            request_id=request_id,
            safety_checker_version=safety_checker_version,
            seed=seed,
            segmentation_image_url=segmentation_image_url,
            segmentation_preprocess=segmentation_preprocess,
            strength=strength,
            sync_mode=sync_mode,
            teed_image_url=teed_image_url,
            teed_preprocess=teed_preprocess,
        )

        return sdxl_controlnet_union_image_to_image_input
