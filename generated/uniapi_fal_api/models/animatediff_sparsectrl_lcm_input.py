from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.animatediff_sparsectrl_lcm_input_controlnet_type import (
    AnimatediffSparsectrlLcmInputControlnetType,
    check_animatediff_sparsectrl_lcm_input_controlnet_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .animatediff_sparsectrl_lcm_output import AnimatediffSparsectrlLcmOutput  # noqa: F401


T = TypeVar("T", bound="AnimatediffSparsectrlLcmInput")


@_attrs_define
class AnimatediffSparsectrlLcmInput(
    FalInput["AnimatediffSparsectrlLcmOutput"], endpoint="fal-ai/animatediff-sparsectrl-lcm"
):
    """Input of `fal-ai/animatediff-sparsectrl-lcm` (text-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    controlnet_type: AnimatediffSparsectrlLcmInputControlnetType | Unset = UNSET
    """Controlnet Type: one of "scribble", "rgb". Server default: "scribble"."""
    num_inference_steps: int | Unset = UNSET
    """Number of inference steps: integer, 1 to 12. Server default: 4."""
    guidance_scale: int | Unset = UNSET
    """Classifier-Free Guidance scale (CFG): integer, 0 to 2. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    keyframe_0_image_url: None | str | Unset = UNSET
    """Keyframe 0 Image Url: string or None."""
    keyframe_0_index: int | Unset = UNSET
    """Keyframe 0 Index: integer. Server default: 0."""
    keyframe_1_image_url: None | str | Unset = UNSET
    """Keyframe 1 Image Url: string or None."""
    keyframe_1_index: int | Unset = UNSET
    """Keyframe 1 Index: integer. Server default: 0."""
    keyframe_2_image_url: None | str | Unset = UNSET
    """Keyframe 2 Image Url: string or None."""
    keyframe_2_index: int | Unset = UNSET
    """Keyframe 2 Index: integer. Server default: 0."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        controlnet_type: str | Unset = UNSET
        if not isinstance(self.controlnet_type, Unset):
            controlnet_type = self.controlnet_type

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        seed = self.seed

        keyframe_0_image_url: None | str | Unset
        if isinstance(self.keyframe_0_image_url, Unset):
            keyframe_0_image_url = UNSET
        else:
            keyframe_0_image_url = self.keyframe_0_image_url

        keyframe_0_index = self.keyframe_0_index

        keyframe_1_image_url: None | str | Unset
        if isinstance(self.keyframe_1_image_url, Unset):
            keyframe_1_image_url = UNSET
        else:
            keyframe_1_image_url = self.keyframe_1_image_url

        keyframe_1_index = self.keyframe_1_index

        keyframe_2_image_url: None | str | Unset
        if isinstance(self.keyframe_2_image_url, Unset):
            keyframe_2_image_url = UNSET
        else:
            keyframe_2_image_url = self.keyframe_2_image_url

        keyframe_2_index = self.keyframe_2_index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if controlnet_type is not UNSET:
            field_dict["controlnet_type"] = controlnet_type
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if keyframe_0_image_url is not UNSET:
            field_dict["keyframe_0_image_url"] = keyframe_0_image_url
        if keyframe_0_index is not UNSET:
            field_dict["keyframe_0_index"] = keyframe_0_index
        if keyframe_1_image_url is not UNSET:
            field_dict["keyframe_1_image_url"] = keyframe_1_image_url
        if keyframe_1_index is not UNSET:
            field_dict["keyframe_1_index"] = keyframe_1_index
        if keyframe_2_image_url is not UNSET:
            field_dict["keyframe_2_image_url"] = keyframe_2_image_url
        if keyframe_2_index is not UNSET:
            field_dict["keyframe_2_index"] = keyframe_2_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _controlnet_type = d.pop("controlnet_type", UNSET)
        controlnet_type: AnimatediffSparsectrlLcmInputControlnetType | Unset
        if isinstance(_controlnet_type, Unset):
            controlnet_type = UNSET
        else:
            controlnet_type = check_animatediff_sparsectrl_lcm_input_controlnet_type(
                _controlnet_type
            )

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        def _parse_keyframe_0_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keyframe_0_image_url = _parse_keyframe_0_image_url(d.pop("keyframe_0_image_url", UNSET))

        keyframe_0_index = d.pop("keyframe_0_index", UNSET)

        def _parse_keyframe_1_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keyframe_1_image_url = _parse_keyframe_1_image_url(d.pop("keyframe_1_image_url", UNSET))

        keyframe_1_index = d.pop("keyframe_1_index", UNSET)

        def _parse_keyframe_2_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keyframe_2_image_url = _parse_keyframe_2_image_url(d.pop("keyframe_2_image_url", UNSET))

        keyframe_2_index = d.pop("keyframe_2_index", UNSET)

        animatediff_sparsectrl_lcm_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            controlnet_type=controlnet_type,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            seed=seed,
            keyframe_0_image_url=keyframe_0_image_url,
            keyframe_0_index=keyframe_0_index,
            keyframe_1_image_url=keyframe_1_image_url,
            keyframe_1_index=keyframe_1_index,
            keyframe_2_image_url=keyframe_2_image_url,
            keyframe_2_index=keyframe_2_index,
        )

        return animatediff_sparsectrl_lcm_input
