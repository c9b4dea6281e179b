from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .t2v_turbo_output import T2VTurboOutput  # noqa: F401


T = TypeVar("T", bound="T2VTurboInput")


@_attrs_define
class T2VTurboInput(FalInput["T2VTurboOutput"], endpoint="fal-ai/t2v-turbo"):
    """Input of `fal-ai/t2v-turbo` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None, 0 to 203,279."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 12. Server default: 4."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0.1 to 30. Server default: 7.5."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 16 to 32. Server default: 16."""
    export_fps: int | Unset = UNSET
    """Export Fps: integer, 1 to 24. Server default: 8."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        num_frames = self.num_frames

        export_fps = self.export_fps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if export_fps is not UNSET:
            field_dict["export_fps"] = export_fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        export_fps = d.pop("export_fps", UNSET)

        t2v_turbo_input = cls(
            prompt=prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            num_frames=num_frames,
            export_fps=export_fps,
        )

        return t2v_turbo_input
