from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pro_v1_vto_input_output_format import (
    FluxProV1VtoInputOutputFormat,
    check_flux_pro_v1_vto_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_pro_v1_vto_output import FluxProV1VtoOutput  # noqa: F401


T = TypeVar("T", bound="FluxProV1VtoInput")


@_attrs_define
class FluxProV1VtoInput(FalInput["FluxProV1VtoOutput"], endpoint="fal-ai/flux-pro/v1/vto"):
    """Input of `fal-ai/flux-pro/v1/vto` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    garment_image_url: str
    """URL or local file."""
    human_image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    output_format: FluxProV1VtoInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        garment_image_url = self.garment_image_url

        human_image_url = self.human_image_url

        prompt = self.prompt

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "garment_image_url": garment_image_url,
                "human_image_url": human_image_url,
                "prompt": prompt,
            }
        )
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        garment_image_url = d.pop("garment_image_url")

        human_image_url = d.pop("human_image_url")

        prompt = d.pop("prompt")

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxProV1VtoInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_pro_v1_vto_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_pro_v1_vto_input = cls(
            garment_image_url=garment_image_url,
            human_image_url=human_image_url,
            prompt=prompt,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return flux_pro_v1_vto_input
