from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.cogvideox_5b_input_video_size_type_1 import (
    Cogvideox5BInputVideoSizeType1,
    check_cogvideox_5b_input_video_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from ..models.lora_weight import LoraWeight
    from .cogvideox_5b_output import Cogvideox5BOutput  # noqa: F401


T = TypeVar("T", bound="Cogvideox5BInput")


@_attrs_define
class Cogvideox5BInput(FalInput["Cogvideox5BOutput"], endpoint="fal-ai/cogvideox-5b"):
    """Input of `fal-ai/cogvideox-5b` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    video_size: Cogvideox5BInputVideoSizeType1 | ImageSize | Unset = UNSET
    """Video Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: {"height": 480, "width": 720}."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    loras: list[LoraWeight] | Unset = UNSET
    """Loras: list of LoraWeight. Server default: []."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 50."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 7."""
    use_rife: bool | Unset = UNSET
    """Use Rife: boolean. Server default: true."""
    export_fps: int | Unset = UNSET
    """Export Fps: integer, 4 to 32. Server default: 16."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        video_size: dict[str, Any] | str | Unset
        if isinstance(self.video_size, Unset):
            video_size = UNSET
        elif isinstance(self.video_size, ImageSize):
            video_size = self.video_size.to_dict()
        else:
            video_size = self.video_size

        negative_prompt = self.negative_prompt

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        guidance_scale = self.guidance_scale

        use_rife = self.use_rife

        export_fps = self.export_fps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if video_size is not UNSET:
            field_dict["video_size"] = video_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if loras is not UNSET:
            field_dict["loras"] = loras
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if use_rife is not UNSET:
            field_dict["use_rife"] = use_rife
        if export_fps is not UNSET:
            field_dict["export_fps"] = export_fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.lora_weight import LoraWeight  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_video_size(data: object) -> Cogvideox5BInputVideoSizeType1 | ImageSize | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_size_type_0 = ImageSize.from_dict(data)

                return video_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            video_size_type_1 = check_cogvideox_5b_input_video_size_type_1(data)

            return video_size_type_1

        video_size = _parse_video_size(d.pop("video_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        use_rife = d.pop("use_rife", UNSET)

        export_fps = d.pop("export_fps", UNSET)

        cogvideox_5b_input = cls(
            prompt=prompt,
            video_size=video_size,
            negative_prompt=negative_prompt,
            loras=loras,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            use_rife=use_rife,
            export_fps=export_fps,
        )

        return cogvideox_5b_input
