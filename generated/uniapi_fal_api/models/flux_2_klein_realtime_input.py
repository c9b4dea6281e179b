from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_klein_realtime_input_image_size import (
    Flux2KleinRealtimeInputImageSize,
    check_flux_2_klein_realtime_input_image_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_2_klein_realtime_output import Flux2KleinRealtimeOutput  # noqa: F401


T = TypeVar("T", bound="Flux2KleinRealtimeInput")


@_attrs_define
class Flux2KleinRealtimeInput(
    FalInput["Flux2KleinRealtimeOutput"], endpoint="fal-ai/flux-2/klein/realtime"
):
    """Input of `fal-ai/flux-2/klein/realtime` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_interpolation: bool | Unset = UNSET
    """Boolean."""
    image_size: Flux2KleinRealtimeInputImageSize | Unset = UNSET
    """One of "square", "square_hd". Server default: "square"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 3."""
    output_feedback_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    prompt: str | Unset = UNSET
    """String. Server default: "Turn this into \\"Living oil painting, melting gold and
    sapphire\\""."""
    schedule_mu: float | Unset = UNSET
    """Number. Server default: 2.3."""
    seed: float | Unset = UNSET
    """Number. Server default: 35."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_interpolation = self.enable_interpolation

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        output_feedback_strength = self.output_feedback_strength

        prompt = self.prompt

        schedule_mu = self.schedule_mu

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if enable_interpolation is not UNSET:
            field_dict["enable_interpolation"] = enable_interpolation
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_feedback_strength is not UNSET:
            field_dict["output_feedback_strength"] = output_feedback_strength
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if schedule_mu is not UNSET:
            field_dict["schedule_mu"] = schedule_mu
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_interpolation = d.pop("enable_interpolation", UNSET)

        _image_size = d.pop("image_size", UNSET)
        image_size: Flux2KleinRealtimeInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_flux_2_klein_realtime_input_image_size(_image_size)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        output_feedback_strength = d.pop("output_feedback_strength", UNSET)

        prompt = d.pop("prompt", UNSET)

        schedule_mu = d.pop("schedule_mu", UNSET)

        seed = d.pop("seed", UNSET)

        flux_2_klein_realtime_input = cls(
            image_url=image_url,
            enable_interpolation=enable_interpolation,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            output_feedback_strength=output_feedback_strength,
            prompt=prompt,
            schedule_mu=schedule_mu,
            seed=seed,
        )

        return flux_2_klein_realtime_input
