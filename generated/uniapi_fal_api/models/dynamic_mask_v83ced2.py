from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trajectory_v060d3a import TrajectoryV060D3A


T = TypeVar("T", bound="DynamicMaskV83CED2")


@_attrs_define
class DynamicMaskV83CED2:
    mask_url: str
    """URL or local file."""
    trajectories: list[TrajectoryV060D3A] | Unset = UNSET
    """List of TrajectoryV060D3A."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask_url = self.mask_url

        trajectories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trajectories, Unset):
            trajectories = []
            for trajectories_item_data in self.trajectories:
                trajectories_item = trajectories_item_data.to_dict()
                trajectories.append(trajectories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mask_url": mask_url,
            }
        )
        if trajectories is not UNSET:
            field_dict["trajectories"] = trajectories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trajectory_v060d3a import TrajectoryV060D3A  # noqa: PLC0415

        d = dict(src_dict)
        mask_url = d.pop("mask_url")

        _trajectories = d.pop("trajectories", UNSET)
        trajectories: list[TrajectoryV060D3A] | Unset = UNSET
        if _trajectories is not UNSET:
            trajectories = []
            for trajectories_item_data in _trajectories:
                trajectories_item = TrajectoryV060D3A.from_dict(trajectories_item_data)

                trajectories.append(trajectories_item)

        dynamic_mask_v83ced2 = cls(
            mask_url=mask_url,
            trajectories=trajectories,
        )

        dynamic_mask_v83ced2.additional_properties = d
        return dynamic_mask_v83ced2

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
