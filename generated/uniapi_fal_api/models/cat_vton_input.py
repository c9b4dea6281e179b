from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.cat_vton_input_cloth_type import (
    CatVtonInputClothType,
    check_cat_vton_input_cloth_type,
)
from ..models.cat_vton_input_image_size_type_1 import (
    CatVtonInputImageSizeType1,
    check_cat_vton_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .cat_vton_output import CatVtonOutput  # noqa: F401


T = TypeVar("T", bound="CatVtonInput")


@_attrs_define
class CatVtonInput(FalInput["CatVtonOutput"], endpoint="fal-ai/cat-vton"):
    """Input of `fal-ai/cat-vton` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    cloth_type: CatVtonInputClothType
    """One of "upper", "lower", "overall", "inner", "outer"."""
    garment_image_url: str
    """URL or local file."""
    human_image_url: str
    """URL or local file."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 2.5."""
    image_size: CatVtonInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "portrait_4_3"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        cloth_type: str = self.cloth_type

        garment_image_url = self.garment_image_url

        human_image_url = self.human_image_url

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cloth_type": cloth_type,
                "garment_image_url": garment_image_url,
                "human_image_url": human_image_url,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        cloth_type = check_cat_vton_input_cloth_type(d.pop("cloth_type"))

        garment_image_url = d.pop("garment_image_url")

        human_image_url = d.pop("human_image_url")

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> CatVtonInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_cat_vton_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        cat_vton_input = cls(
            cloth_type=cloth_type,
            garment_image_url=garment_image_url,
            human_image_url=human_image_url,
            guidance_scale=guidance_scale,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        return cat_vton_input
