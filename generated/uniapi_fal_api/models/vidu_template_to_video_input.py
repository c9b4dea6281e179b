from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_template_to_video_input_aspect_ratio import (
    ViduTemplateToVideoInputAspectRatio,
    check_vidu_template_to_video_input_aspect_ratio,
)
from ..models.vidu_template_to_video_input_template import (
    ViduTemplateToVideoInputTemplate,
    check_vidu_template_to_video_input_template,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_template_to_video_output import ViduTemplateToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ViduTemplateToVideoInput")


@_attrs_define
class ViduTemplateToVideoInput(
    FalInput["ViduTemplateToVideoOutput"], endpoint="fal-ai/vidu/template-to-video"
):
    """Input of `fal-ai/vidu/template-to-video` (image-to-video)."""

    input_image_urls: list[str]
    """Input Image Urls: list of string."""
    template: ViduTemplateToVideoInputTemplate | Unset = UNSET
    """Template: one of "dreamy_wedding", "romantic_lift", "sweet_proposal", "couple_arrival",
    "cupid_arrow", "pet_lovers", "lunar_newyear", "hug", ... (181 values). Server default:
    "hug"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    aspect_ratio: ViduTemplateToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16". Server default: "16:9"."""

    def to_dict(self) -> dict[str, Any]:
        input_image_urls = self.input_image_urls

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_image_urls": input_image_urls,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_image_urls = cast(list[str], d.pop("input_image_urls"))

        _template = d.pop("template", UNSET)
        template: ViduTemplateToVideoInputTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = check_vidu_template_to_video_input_template(_template)

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduTemplateToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_template_to_video_input_aspect_ratio(_aspect_ratio)

        vidu_template_to_video_input = cls(
            input_image_urls=input_image_urls,
            template=template,
            seed=seed,
            aspect_ratio=aspect_ratio,
        )

        return vidu_template_to_video_input
