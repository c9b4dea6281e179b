from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_image_01_subject_reference_input_aspect_ratio import (
    MinimaxImage01SubjectReferenceInputAspectRatio,
    check_minimax_image_01_subject_reference_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_image_01_subject_reference_output import (
        MinimaxImage01SubjectReferenceOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxImage01SubjectReferenceInput")


@_attrs_define
class MinimaxImage01SubjectReferenceInput(
    FalInput["MinimaxImage01SubjectReferenceOutput"],
    endpoint="fal-ai/minimax/image-01/subject-reference",
):
    """Input of `fal-ai/minimax/image-01/subject-reference` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: MinimaxImage01SubjectReferenceInputAspectRatio | Unset = UNSET
    """One of "1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9". Server default: "1:1"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    prompt_optimizer: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_images = self.num_images

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MinimaxImage01SubjectReferenceInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_minimax_image_01_subject_reference_input_aspect_ratio(
                _aspect_ratio
            )

        num_images = d.pop("num_images", UNSET)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        minimax_image_01_subject_reference_input = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_image_01_subject_reference_input
