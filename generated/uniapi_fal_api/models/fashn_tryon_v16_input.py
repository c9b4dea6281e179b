from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fashn_tryon_v16_input_category import (
    FashnTryonV16InputCategory,
    check_fashn_tryon_v16_input_category,
)
from ..models.fashn_tryon_v16_input_garment_photo_type import (
    FashnTryonV16InputGarmentPhotoType,
    check_fashn_tryon_v16_input_garment_photo_type,
)
from ..models.fashn_tryon_v16_input_mode import (
    FashnTryonV16InputMode,
    check_fashn_tryon_v16_input_mode,
)
from ..models.fashn_tryon_v16_input_moderation_level import (
    FashnTryonV16InputModerationLevel,
    check_fashn_tryon_v16_input_moderation_level,
)
from ..models.fashn_tryon_v16_input_output_format import (
    FashnTryonV16InputOutputFormat,
    check_fashn_tryon_v16_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .fashn_tryon_v16_output import FashnTryonV16Output  # noqa: F401


T = TypeVar("T", bound="FashnTryonV16Input")


@_attrs_define
class FashnTryonV16Input(FalInput["FashnTryonV16Output"], endpoint="fal-ai/fashn/tryon/v1.6"):
    """Input of `fal-ai/fashn/tryon/v1.6` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    garment_image: str
    """String."""
    model_image: str
    """String."""
    category: FashnTryonV16InputCategory | Unset = UNSET
    """One of "tops", "bottoms", "one-pieces", "auto". Server default: "auto"."""
    garment_photo_type: FashnTryonV16InputGarmentPhotoType | Unset = UNSET
    """One of "auto", "model", "flat-lay". Server default: "auto"."""
    mode: FashnTryonV16InputMode | Unset = UNSET
    """One of "performance", "balanced", "quality". Server default: "balanced"."""
    moderation_level: FashnTryonV16InputModerationLevel | Unset = UNSET
    """One of "none", "permissive", "conservative". Server default: "permissive"."""
    num_samples: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: FashnTryonV16InputOutputFormat | Unset = UNSET
    """One of "png", "jpeg". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    segmentation_free: bool | Unset = UNSET
    """Boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        garment_image = self.garment_image

        model_image = self.model_image

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        garment_photo_type: str | Unset = UNSET
        if not isinstance(self.garment_photo_type, Unset):
            garment_photo_type = self.garment_photo_type

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        moderation_level: str | Unset = UNSET
        if not isinstance(self.moderation_level, Unset):
            moderation_level = self.moderation_level

        num_samples = self.num_samples

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        segmentation_free = self.segmentation_free

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "garment_image": garment_image,
                "model_image": model_image,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if garment_photo_type is not UNSET:
            field_dict["garment_photo_type"] = garment_photo_type
        if mode is not UNSET:
            field_dict["mode"] = mode
        if moderation_level is not UNSET:
            field_dict["moderation_level"] = moderation_level
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if segmentation_free is not UNSET:
            field_dict["segmentation_free"] = segmentation_free
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        garment_image = d.pop("garment_image")

        model_image = d.pop("model_image")

        _category = d.pop("category", UNSET)
        category: FashnTryonV16InputCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_fashn_tryon_v16_input_category(_category)

        _garment_photo_type = d.pop("garment_photo_type", UNSET)
        garment_photo_type: FashnTryonV16InputGarmentPhotoType | Unset
        if isinstance(_garment_photo_type, Unset):
            garment_photo_type = UNSET
        else:
            garment_photo_type = check_fashn_tryon_v16_input_garment_photo_type(_garment_photo_type)

        _mode = d.pop("mode", UNSET)
        mode: FashnTryonV16InputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_fashn_tryon_v16_input_mode(_mode)

        _moderation_level = d.pop("moderation_level", UNSET)
        moderation_level: FashnTryonV16InputModerationLevel | Unset
        if isinstance(_moderation_level, Unset):
            moderation_level = UNSET
        else:
            moderation_level = check_fashn_tryon_v16_input_moderation_level(_moderation_level)

        num_samples = d.pop("num_samples", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FashnTryonV16InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_fashn_tryon_v16_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        segmentation_free = d.pop("segmentation_free", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        fashn_tryon_v16_input = cls(
            garment_image=garment_image,
            model_image=model_image,
            category=category,
            garment_photo_type=garment_photo_type,
            mode=mode,
            moderation_level=moderation_level,
            num_samples=num_samples,
            output_format=output_format,
            seed=seed,
            segmentation_free=segmentation_free,
            sync_mode=sync_mode,
        )

        return fashn_tryon_v16_input
