from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_custom_models_generate_input_aspect_ratio import (
    IdeogramCustomModelsGenerateInputAspectRatio,
    check_ideogram_custom_models_generate_input_aspect_ratio,
)
from ..models.ideogram_custom_models_generate_input_rendering_speed import (
    IdeogramCustomModelsGenerateInputRenderingSpeed,
    check_ideogram_custom_models_generate_input_rendering_speed,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ideogram_custom_models_generate_output import (
        IdeogramCustomModelsGenerateOutput,  # noqa: F401
    )


T = TypeVar("T", bound="IdeogramCustomModelsGenerateInput")


@_attrs_define
class IdeogramCustomModelsGenerateInput(
    FalInput["IdeogramCustomModelsGenerateOutput"],
    endpoint="fal-ai/ideogram/custom-models/generate",
):
    """Input of `fal-ai/ideogram/custom-models/generate` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    model_id: str
    """String."""
    prompt: str
    """String."""
    aspect_ratio: IdeogramCustomModelsGenerateInputAspectRatio | Unset = UNSET
    """One of "1:3", "3:1", "1:2", "2:1", "9:16", "16:9", "10:16", "16:10", ... (15 values). Server
    default: "1:1"."""
    expand_prompt: bool | Unset = UNSET
    """Boolean. Server default: true."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    rendering_speed: IdeogramCustomModelsGenerateInputRenderingSpeed | Unset = UNSET
    """One of "TURBO", "BALANCED", "QUALITY". Server default: "BALANCED"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        expand_prompt = self.expand_prompt

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        rendering_speed: str | Unset = UNSET
        if not isinstance(self.rendering_speed, Unset):
            rendering_speed = self.rendering_speed

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if rendering_speed is not UNSET:
            field_dict["rendering_speed"] = rendering_speed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: IdeogramCustomModelsGenerateInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ideogram_custom_models_generate_input_aspect_ratio(_aspect_ratio)

        expand_prompt = d.pop("expand_prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        _rendering_speed = d.pop("rendering_speed", UNSET)
        rendering_speed: IdeogramCustomModelsGenerateInputRenderingSpeed | Unset
        if isinstance(_rendering_speed, Unset):
            rendering_speed = UNSET
        else:
            rendering_speed = check_ideogram_custom_models_generate_input_rendering_speed(
                _rendering_speed
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_custom_models_generate_input = cls(
            model_id=model_id,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            expand_prompt=expand_prompt,
            negative_prompt=negative_prompt,
            num_images=num_images,
            rendering_speed=rendering_speed,
            seed=seed,
            sync_mode=sync_mode,
        )

        return ideogram_custom_models_generate_input
