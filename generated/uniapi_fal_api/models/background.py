from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_image_fit import BackgroundImageFit, check_background_image_fit
from ..models.background_mode import BackgroundMode, check_background_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rgb_color_v9ae01c import RGBColorV9AE01C


T = TypeVar("T", bound="Background")


@_attrs_define
class Background:
    color: RGBColorV9AE01C | Unset = UNSET
    """RGBColorV9AE01C."""
    image_fit: BackgroundImageFit | Unset = UNSET
    """One of "Cover", "Contain", "Stretch". Server default: "Cover"."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    mode: BackgroundMode | Unset = UNSET
    """One of "Transparent", "Color", "Image". Server default: "Color"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        image_fit: str | Unset = UNSET
        if not isinstance(self.image_fit, Unset):
            image_fit = self.image_fit

        image_url = self.image_url

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if image_fit is not UNSET:
            field_dict["image_fit"] = image_fit
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rgb_color_v9ae01c import RGBColorV9AE01C  # noqa: PLC0415

        d = dict(src_dict)
        _color = d.pop("color", UNSET)
        color: RGBColorV9AE01C | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = RGBColorV9AE01C.from_dict(_color)

        _image_fit = d.pop("image_fit", UNSET)
        image_fit: BackgroundImageFit | Unset
        if isinstance(_image_fit, Unset):
            image_fit = UNSET
        else:
            image_fit = check_background_image_fit(_image_fit)

        image_url = d.pop("image_url", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: BackgroundMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_background_mode(_mode)

        background = cls(
            color=color,
            image_fit=image_fit,
            image_url=image_url,
            mode=mode,
        )

        background.additional_properties = d
        return background

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
