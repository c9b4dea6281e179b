from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relight_parameters_bg_source import (
    RelightParametersBgSource,
    check_relight_parameters_bg_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelightParameters")


@_attrs_define
class RelightParameters:
    relight_prompt: str
    """String."""
    bg_source: RelightParametersBgSource | Unset = UNSET
    """One of "Left", "Right", "Top", "Bottom". Server default: "Left"."""
    cfg: float | Unset = UNSET
    """Number, 1 to 10. Server default: 2."""
    use_sky_mask: bool | Unset = UNSET
    """Boolean. Server default: false."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relight_prompt = self.relight_prompt

        bg_source: str | Unset = UNSET
        if not isinstance(self.bg_source, Unset):
            bg_source = self.bg_source

        cfg = self.cfg

        use_sky_mask = self.use_sky_mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relight_prompt": relight_prompt,
            }
        )
        if bg_source is not UNSET:
            field_dict["bg_source"] = bg_source
        if cfg is not UNSET:
            field_dict["cfg"] = cfg
        if use_sky_mask is not UNSET:
            field_dict["use_sky_mask"] = use_sky_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relight_prompt = d.pop("relight_prompt")

        _bg_source = d.pop("bg_source", UNSET)
        bg_source: RelightParametersBgSource | Unset
        if isinstance(_bg_source, Unset):
            bg_source = UNSET
        else:
            bg_source = check_relight_parameters_bg_source(_bg_source)

        cfg = d.pop("cfg", UNSET)

        use_sky_mask = d.pop("use_sky_mask", UNSET)

        relight_parameters = cls(
            relight_prompt=relight_prompt,
            bg_source=bg_source,
            cfg=cfg,
            use_sky_mask=use_sky_mask,
        )

        relight_parameters.additional_properties = d
        return relight_parameters

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
