from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.krea_v2_medium_text_to_image_input_aspect_ratio import (
    KreaV2MediumTextToImageInputAspectRatio,
    check_krea_v2_medium_text_to_image_input_aspect_ratio,
)
from ..models.krea_v2_medium_text_to_image_input_creativity import (
    KreaV2MediumTextToImageInputCreativity,
    check_krea_v2_medium_text_to_image_input_creativity,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_style_reference import ImageStyleReference
    from ..models.style import Style
    from .krea_v2_medium_text_to_image_output import KreaV2MediumTextToImageOutput  # noqa: F401


T = TypeVar("T", bound="KreaV2MediumTextToImageInput")


@_attrs_define
class KreaV2MediumTextToImageInput(
    FalInput["KreaV2MediumTextToImageOutput"], endpoint="krea/v2/medium/text-to-image"
):
    """Input of `krea/v2/medium/text-to-image` (text-to-image). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: KreaV2MediumTextToImageInputAspectRatio | Unset = UNSET
    """One of "1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16". Server default: "1:1"."""
    creativity: KreaV2MediumTextToImageInputCreativity | Unset = UNSET
    """One of "raw", "low", "medium", "high". Server default: "medium"."""
    image_style_references: list[ImageStyleReference] | Unset = UNSET
    """List of ImageStyleReference."""
    moodboards: list[Style] | Unset = UNSET
    """List of Style."""
    seed: float | Unset = UNSET
    """Number."""
    styles: list[Style] | Unset = UNSET
    """List of Style."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        creativity: str | Unset = UNSET
        if not isinstance(self.creativity, Unset):
            creativity = self.creativity

        image_style_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_style_references, Unset):
            image_style_references = []
            for image_style_references_item_data in self.image_style_references:
                image_style_references_item = image_style_references_item_data.to_dict()
                image_style_references.append(image_style_references_item)

        moodboards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.moodboards, Unset):
            moodboards = []
            for moodboards_item_data in self.moodboards:
                moodboards_item = moodboards_item_data.to_dict()
                moodboards.append(moodboards_item)

        seed = self.seed

        styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = []
            for styles_item_data in self.styles:
                styles_item = styles_item_data.to_dict()
                styles.append(styles_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if image_style_references is not UNSET:
            field_dict["image_style_references"] = image_style_references
        if moodboards is not UNSET:
            field_dict["moodboards"] = moodboards
        if seed is not UNSET:
            field_dict["seed"] = seed
        if styles is not UNSET:
            field_dict["styles"] = styles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_style_reference import ImageStyleReference  # noqa: PLC0415
        from ..models.style import Style  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KreaV2MediumTextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_krea_v2_medium_text_to_image_input_aspect_ratio(_aspect_ratio)

        _creativity = d.pop("creativity", UNSET)
        creativity: KreaV2MediumTextToImageInputCreativity | Unset
        if isinstance(_creativity, Unset):
            creativity = UNSET
        else:
            creativity = check_krea_v2_medium_text_to_image_input_creativity(_creativity)

        _image_style_references = d.pop("image_style_references", UNSET)
        image_style_references: list[ImageStyleReference] | Unset = UNSET
        if _image_style_references is not UNSET:
            image_style_references = []
            for image_style_references_item_data in _image_style_references:
                image_style_references_item = ImageStyleReference.from_dict(
                    image_style_references_item_data
                )

                image_style_references.append(image_style_references_item)

        _moodboards = d.pop("moodboards", UNSET)
        moodboards: list[Style] | Unset = UNSET
        if _moodboards is not UNSET:
            moodboards = []
            for moodboards_item_data in _moodboards:
                moodboards_item = Style.from_dict(moodboards_item_data)

                moodboards.append(moodboards_item)

        seed = d.pop("seed", UNSET)

        _styles = d.pop("styles", UNSET)
        styles: list[Style] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = Style.from_dict(styles_item_data)

                styles.append(styles_item)

        krea_v2_medium_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            creativity=creativity,
            image_style_references=image_style_references,
            moodboards=moodboards,
            seed=seed,
            styles=styles,
        )

        return krea_v2_medium_text_to_image_input
