from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.dreamo_input_first_reference_task import (
    DreamoInputFirstReferenceTask,
    check_dreamo_input_first_reference_task,
)
from ..models.dreamo_input_image_size_type_1 import (
    DreamoInputImageSizeType1,
    check_dreamo_input_image_size_type_1,
)
from ..models.dreamo_input_second_reference_task import (
    DreamoInputSecondReferenceTask,
    check_dreamo_input_second_reference_task,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .dreamo_output import DreamoOutput  # noqa: F401


T = TypeVar("T", bound="DreamoInput")


@_attrs_define
class DreamoInput(FalInput["DreamoOutput"], endpoint="fal-ai/dreamo"):
    """Input of `fal-ai/dreamo` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    first_image_url: str | Unset = UNSET
    """First Reference Image URL: string."""
    second_image_url: str | Unset = UNSET
    """Second Reference Image URL: string."""
    first_reference_task: DreamoInputFirstReferenceTask | Unset = UNSET
    """First Reference Task: one of "ip", "id", "style". Server default: "ip"."""
    second_reference_task: DreamoInputSecondReferenceTask | Unset = UNSET
    """Second Reference Task: one of "ip", "id", "style". Server default: "ip"."""
    image_size: DreamoInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 12."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 3.5."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    ref_resolution: int | Unset = UNSET
    """Ref Resolution: integer, 512 to 1,024. Server default: 512."""
    true_cfg: float | Unset = UNSET
    """True Cfg: number, 1 to 5. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        first_image_url = self.first_image_url

        second_image_url = self.second_image_url

        first_reference_task: str | Unset = UNSET
        if not isinstance(self.first_reference_task, Unset):
            first_reference_task = self.first_reference_task

        second_reference_task: str | Unset = UNSET
        if not isinstance(self.second_reference_task, Unset):
            second_reference_task = self.second_reference_task

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

        negative_prompt = self.negative_prompt

        sync_mode = self.sync_mode

        ref_resolution = self.ref_resolution

        true_cfg = self.true_cfg

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if first_image_url is not UNSET:
            field_dict["first_image_url"] = first_image_url
        if second_image_url is not UNSET:
            field_dict["second_image_url"] = second_image_url
        if first_reference_task is not UNSET:
            field_dict["first_reference_task"] = first_reference_task
        if second_reference_task is not UNSET:
            field_dict["second_reference_task"] = second_reference_task
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if ref_resolution is not UNSET:
            field_dict["ref_resolution"] = ref_resolution
        if true_cfg is not UNSET:
            field_dict["true_cfg"] = true_cfg
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        first_image_url = d.pop("first_image_url", UNSET)

        second_image_url = d.pop("second_image_url", UNSET)

        _first_reference_task = d.pop("first_reference_task", UNSET)
        first_reference_task: DreamoInputFirstReferenceTask | Unset
        if isinstance(_first_reference_task, Unset):
            first_reference_task = UNSET
        else:
            first_reference_task = check_dreamo_input_first_reference_task(_first_reference_task)

        _second_reference_task = d.pop("second_reference_task", UNSET)
        second_reference_task: DreamoInputSecondReferenceTask | Unset
        if isinstance(_second_reference_task, Unset):
            second_reference_task = UNSET
        else:
            second_reference_task = check_dreamo_input_second_reference_task(_second_reference_task)

        def _parse_image_size(data: object) -> DreamoInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_dreamo_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        ref_resolution = d.pop("ref_resolution", UNSET)

        true_cfg = d.pop("true_cfg", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        dreamo_input = cls(
            prompt=prompt,
            first_image_url=first_image_url,
            second_image_url=second_image_url,
            first_reference_task=first_reference_task,
            second_reference_task=second_reference_task,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            sync_mode=sync_mode,
            ref_resolution=ref_resolution,
            true_cfg=true_cfg,
            enable_safety_checker=enable_safety_checker,
        )

        return dreamo_input
