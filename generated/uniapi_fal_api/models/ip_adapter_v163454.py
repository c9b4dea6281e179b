from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_adapter_v163454_scale_json import IPAdapterV163454ScaleJson


T = TypeVar("T", bound="IPAdapterV163454")


@_attrs_define
class IPAdapterV163454:
    ip_adapter_image_url: list[str] | str
    """String or list of string."""
    path: str
    """String."""
    ip_adapter_mask_url: str | Unset = UNSET
    """String."""
    model_subfolder: str | Unset = UNSET
    """String."""
    weight_name: str | Unset = UNSET
    """String."""
    insight_face_model_path: str | Unset = UNSET
    """String."""
    scale: float | Unset = UNSET
    """Number, at least 0. Server default: 1."""
    scale_json: IPAdapterV163454ScaleJson | Unset = UNSET
    """Object."""
    unconditional_noising_factor: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    image_projection_shortcut: bool | Unset = UNSET
    """Boolean. Server default: true."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_adapter_image_url: list[str] | str
        if isinstance(self.ip_adapter_image_url, list):
            ip_adapter_image_url = self.ip_adapter_image_url

        else:
            ip_adapter_image_url = self.ip_adapter_image_url

        path = self.path

        ip_adapter_mask_url = self.ip_adapter_mask_url

        model_subfolder = self.model_subfolder

        weight_name = self.weight_name

        insight_face_model_path = self.insight_face_model_path

        scale = self.scale

        scale_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_json, Unset):
            scale_json = self.scale_json.to_dict()

        unconditional_noising_factor = self.unconditional_noising_factor

        image_projection_shortcut = self.image_projection_shortcut

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip_adapter_image_url": ip_adapter_image_url,
                "path": path,
            }
        )
        if ip_adapter_mask_url is not UNSET:
            field_dict["ip_adapter_mask_url"] = ip_adapter_mask_url
        if model_subfolder is not UNSET:
            field_dict["model_subfolder"] = model_subfolder
        if weight_name is not UNSET:
            field_dict["weight_name"] = weight_name
        if insight_face_model_path is not UNSET:
            field_dict["insight_face_model_path"] = insight_face_model_path
        if scale is not UNSET:
            field_dict["scale"] = scale
        if scale_json is not UNSET:
            field_dict["scale_json"] = scale_json
        if unconditional_noising_factor is not UNSET:
            field_dict["unconditional_noising_factor"] = unconditional_noising_factor
        if image_projection_shortcut is not UNSET:
            field_dict["image_projection_shortcut"] = image_projection_shortcut

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_adapter_v163454_scale_json import IPAdapterV163454ScaleJson  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ip_adapter_image_url(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ip_adapter_image_url_type_1 = cast(list[str], data)

                return ip_adapter_image_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        ip_adapter_image_url = _parse_ip_adapter_image_url(d.pop("ip_adapter_image_url"))

        path = d.pop("path")

        ip_adapter_mask_url = d.pop("ip_adapter_mask_url", UNSET)

        model_subfolder = d.pop("model_subfolder", UNSET)

        weight_name = d.pop("weight_name", UNSET)

        insight_face_model_path = d.pop("insight_face_model_path", UNSET)

        scale = d.pop("scale", UNSET)

        _scale_json = d.pop("scale_json", UNSET)
        scale_json: IPAdapterV163454ScaleJson | Unset
        if isinstance(_scale_json, Unset):
            scale_json = UNSET
        else:
            scale_json = IPAdapterV163454ScaleJson.from_dict(_scale_json)

        unconditional_noising_factor = d.pop("unconditional_noising_factor", UNSET)

        image_projection_shortcut = d.pop("image_projection_shortcut", UNSET)

        ip_adapter_v163454 = cls(
            ip_adapter_image_url=ip_adapter_image_url,
            path=path,
            ip_adapter_mask_url=ip_adapter_mask_url,
            model_subfolder=model_subfolder,
            weight_name=weight_name,
            insight_face_model_path=insight_face_model_path,
            scale=scale,
            scale_json=scale_json,
            unconditional_noising_factor=unconditional_noising_factor,
            image_projection_shortcut=image_projection_shortcut,
        )

        ip_adapter_v163454.additional_properties = d
        return ip_adapter_v163454

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
