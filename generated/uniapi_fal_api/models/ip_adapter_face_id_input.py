from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ip_adapter_face_id_input_model_type import (
    IpAdapterFaceIdInputModelType,
    check_ip_adapter_face_id_input_model_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ip_adapter_face_id_output import IpAdapterFaceIdOutput  # noqa: F401


T = TypeVar("T", bound="IpAdapterFaceIdInput")


@_attrs_define
class IpAdapterFaceIdInput(FalInput["IpAdapterFaceIdOutput"], endpoint="fal-ai/ip-adapter-face-id"):
    """Input of `fal-ai/ip-adapter-face-id` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    base_1_5_model_repo: str | Unset = UNSET
    """String. Server default: "SG161222/Realistic_Vision_V4.0_noVAE"."""
    base_sdxl_model_repo: str | Unset = UNSET
    """String. Server default: "SG161222/RealVisXL_V3.0"."""
    face_id_det_size: float | Unset = UNSET
    """Number. Server default: 640."""
    face_image_url: str | Unset = UNSET
    """URL or local file."""
    face_images_data_url: str | Unset = UNSET
    """URL or local file."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7.5."""
    height: float | Unset = UNSET
    """Number. Server default: 512."""
    model_type: IpAdapterFaceIdInputModelType | Unset = UNSET
    """One of "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1".
    Server default: "1_5-v1"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "blurry, low resolution, bad, ugly, low quality, pixelated,
    interpolated, compression artifacts, noisey, grainy"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    num_samples: float | Unset = UNSET
    """Number. Server default: 4."""
    seed: float | Unset = UNSET
    """Number."""
    width: float | Unset = UNSET
    """Number. Server default: 512."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        base_1_5_model_repo = self.base_1_5_model_repo

        base_sdxl_model_repo = self.base_sdxl_model_repo

        face_id_det_size = self.face_id_det_size

        face_image_url = self.face_image_url

        face_images_data_url = self.face_images_data_url

        guidance_scale = self.guidance_scale

        height = self.height

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        num_samples = self.num_samples

        seed = self.seed

        width = self.width

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if base_1_5_model_repo is not UNSET:
            field_dict["base_1_5_model_repo"] = base_1_5_model_repo
        if base_sdxl_model_repo is not UNSET:
            field_dict["base_sdxl_model_repo"] = base_sdxl_model_repo
        if face_id_det_size is not UNSET:
            field_dict["face_id_det_size"] = face_id_det_size
        if face_image_url is not UNSET:
            field_dict["face_image_url"] = face_image_url
        if face_images_data_url is not UNSET:
            field_dict["face_images_data_url"] = face_images_data_url
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if height is not UNSET:
            field_dict["height"] = height
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if seed is not UNSET:
            field_dict["seed"] = seed
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        base_1_5_model_repo = d.pop("base_1_5_model_repo", UNSET)

        base_sdxl_model_repo = d.pop("base_sdxl_model_repo", UNSET)

        face_id_det_size = d.pop("face_id_det_size", UNSET)

        face_image_url = d.pop("face_image_url", UNSET)

        face_images_data_url = d.pop("face_images_data_url", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        height = d.pop("height", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: IpAdapterFaceIdInputModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_ip_adapter_face_id_input_model_type(_model_type)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        num_samples = d.pop("num_samples", UNSET)

        seed = d.pop("seed", UNSET)

        width = d.pop("width", UNSET)

        ip_adapter_face_id_input = cls(
            prompt=prompt,
            base_1_5_model_repo=base_1_5_model_repo,
            base_sdxl_model_repo=base_sdxl_model_repo,
            face_id_det_size=face_id_det_size,
            face_image_url=face_image_url,
            face_images_data_url=face_images_data_url,
            guidance_scale=guidance_scale,
            height=height,
            model_type=model_type,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            num_samples=num_samples,
            seed=seed,
            width=width,
        )

        return ip_adapter_face_id_input
