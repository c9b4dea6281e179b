from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.lightx_relight_input_relit_cond_type import (
    LightxRelightInputRelitCondType,
    check_lightx_relight_input_relit_cond_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relight_parameters import RelightParameters
    from .lightx_relight_output import LightxRelightOutput  # noqa: F401


T = TypeVar("T", bound="LightxRelightInput")


@_attrs_define
class LightxRelightInput(FalInput["LightxRelightOutput"], endpoint="fal-ai/lightx/relight"):
    """Input of `fal-ai/lightx/relight` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    relit_cond_type: LightxRelightInputRelitCondType | Unset = UNSET
    """Relit Cond Type: one of "ic", "ref", "hdr", "bg". Server default: "ic"."""
    relight_parameters: RelightParameters | Unset = UNSET
    """Relight Parameters: RelightParameters."""
    relit_cond_img_url: str | Unset = UNSET
    """Relit Cond Img Url: string."""
    ref_id: int | Unset = UNSET
    """Ref Id: integer, at least 0. Server default: 0."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        seed = self.seed

        relit_cond_type: str | Unset = UNSET
        if not isinstance(self.relit_cond_type, Unset):
            relit_cond_type = self.relit_cond_type

        relight_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relight_parameters, Unset):
            relight_parameters = self.relight_parameters.to_dict()

        relit_cond_img_url = self.relit_cond_img_url

        ref_id = self.ref_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if relit_cond_type is not UNSET:
            field_dict["relit_cond_type"] = relit_cond_type
        if relight_parameters is not UNSET:
            field_dict["relight_parameters"] = relight_parameters
        if relit_cond_img_url is not UNSET:
            field_dict["relit_cond_img_url"] = relit_cond_img_url
        if ref_id is not UNSET:
            field_dict["ref_id"] = ref_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relight_parameters import RelightParameters  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _relit_cond_type = d.pop("relit_cond_type", UNSET)
        relit_cond_type: LightxRelightInputRelitCondType | Unset
        if isinstance(_relit_cond_type, Unset):
            relit_cond_type = UNSET
        else:
            relit_cond_type = check_lightx_relight_input_relit_cond_type(_relit_cond_type)

        _relight_parameters = d.pop("relight_parameters", UNSET)
        relight_parameters: RelightParameters | Unset
        if isinstance(_relight_parameters, Unset):
            relight_parameters = UNSET
        else:
            relight_parameters = RelightParameters.from_dict(_relight_parameters)

        relit_cond_img_url = d.pop("relit_cond_img_url", UNSET)

        ref_id = d.pop("ref_id", UNSET)

        lightx_relight_input = cls(
            video_url=video_url,
            prompt=prompt,
            seed=seed,
            relit_cond_type=relit_cond_type,
            relight_parameters=relight_parameters,
            relit_cond_img_url=relit_cond_img_url,
            ref_id=ref_id,
        )

        return lightx_relight_input
