from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .controlnext_output import ControlnextOutput  # noqa: F401


T = TypeVar("T", bound="ControlnextInput")


@_attrs_define
class ControlnextInput(FalInput["ControlnextOutput"], endpoint="fal-ai/controlnext"):
    """Input of `fal-ai/controlnext` (video-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Image Url: string."""
    video_url: str
    """Video Url: string."""
    height: int | Unset = UNSET
    """Height: integer, 64 to 1,024. Server default: 1024."""
    width: int | Unset = UNSET
    """Width: integer, 64 to 1,024. Server default: 576."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0.1 to 10. Server default: 3."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 100. Server default: 25."""
    max_frame_num: int | Unset = UNSET
    """Max Frame Num: integer, 1 to 1,000. Server default: 240."""
    batch_frames: int | Unset = UNSET
    """Batch Frames: integer, 1 to 50. Server default: 24."""
    overlap: int | Unset = UNSET
    """Overlap: integer, 0 to 20. Server default: 6."""
    sample_stride: int | Unset = UNSET
    """Sample Stride: integer, 1 to 10. Server default: 2."""
    decode_chunk_size: int | Unset = UNSET
    """Decode Chunk Size: integer, 1 to 10. Server default: 2."""
    motion_bucket_id: float | Unset = UNSET
    """Motion Bucket Id: number, 0 to 255. Server default: 127."""
    fps: int | Unset = UNSET
    """Fps: integer, 1 to 60. Server default: 7."""
    controlnext_cond_scale: float | Unset = UNSET
    """Controlnext Cond Scale: number, 0.1 to 10. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        height = self.height

        width = self.width

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        max_frame_num = self.max_frame_num

        batch_frames = self.batch_frames

        overlap = self.overlap

        sample_stride = self.sample_stride

        decode_chunk_size = self.decode_chunk_size

        motion_bucket_id = self.motion_bucket_id

        fps = self.fps

        controlnext_cond_scale = self.controlnext_cond_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if max_frame_num is not UNSET:
            field_dict["max_frame_num"] = max_frame_num
        if batch_frames is not UNSET:
            field_dict["batch_frames"] = batch_frames
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if sample_stride is not UNSET:
            field_dict["sample_stride"] = sample_stride
        if decode_chunk_size is not UNSET:
            field_dict["decode_chunk_size"] = decode_chunk_size
        if motion_bucket_id is not UNSET:
            field_dict["motion_bucket_id"] = motion_bucket_id
        if fps is not UNSET:
            field_dict["fps"] = fps
        if controlnext_cond_scale is not UNSET:
            field_dict["controlnext_cond_scale"] = controlnext_cond_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        max_frame_num = d.pop("max_frame_num", UNSET)

        batch_frames = d.pop("batch_frames", UNSET)

        overlap = d.pop("overlap", UNSET)

        sample_stride = d.pop("sample_stride", UNSET)

        decode_chunk_size = d.pop("decode_chunk_size", UNSET)

        motion_bucket_id = d.pop("motion_bucket_id", UNSET)

        fps = d.pop("fps", UNSET)

        controlnext_cond_scale = d.pop("controlnext_cond_scale", UNSET)

        controlnext_input = cls(
            image_url=image_url,
            video_url=video_url,
            height=height,
            width=width,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            max_frame_num=max_frame_num,
            batch_frames=batch_frames,
            overlap=overlap,
            sample_stride=sample_stride,
            decode_chunk_size=decode_chunk_size,
            motion_bucket_id=motion_bucket_id,
            fps=fps,
            controlnext_cond_scale=controlnext_cond_scale,
        )

        return controlnext_input
