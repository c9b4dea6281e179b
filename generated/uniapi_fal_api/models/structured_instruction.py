from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aesthetics_vd90c78 import AestheticsVD90C78
    from ..models.lighting_vbf4947 import LightingVBF4947
    from ..models.photographic_characteristics_vc0acd6 import (
        PhotographicCharacteristicsVC0ACD6,
    )
    from ..models.prompt_object_v728ac9 import PromptObjectV728AC9


T = TypeVar("T", bound="StructuredInstruction")


@_attrs_define
class StructuredInstruction:
    aesthetics: AestheticsVD90C78 | Unset = UNSET
    """AestheticsVD90C78."""
    artistic_style: str | Unset = UNSET
    """String."""
    background_setting: str | Unset = UNSET
    """String."""
    context: str | Unset = UNSET
    """String."""
    edit_instruction: str | Unset = UNSET
    """String."""
    lighting: LightingVBF4947 | Unset = UNSET
    """LightingVBF4947."""
    objects: list[PromptObjectV728AC9] | Unset = UNSET
    """List of PromptObjectV728AC9."""
    photographic_characteristics: PhotographicCharacteristicsVC0ACD6 | Unset = UNSET
    """PhotographicCharacteristicsVC0ACD6."""
    short_description: str | Unset = UNSET
    """String."""
    style_medium: str | Unset = UNSET
    """String."""
    text_render: list[Any] | Unset = UNSET
    """List."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aesthetics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aesthetics, Unset):
            aesthetics = self.aesthetics.to_dict()

        artistic_style = self.artistic_style

        background_setting = self.background_setting

        context = self.context

        edit_instruction = self.edit_instruction

        lighting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lighting, Unset):
            lighting = self.lighting.to_dict()

        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        photographic_characteristics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photographic_characteristics, Unset):
            photographic_characteristics = self.photographic_characteristics.to_dict()

        short_description = self.short_description

        style_medium = self.style_medium

        text_render: list[Any] | Unset = UNSET
        if not isinstance(self.text_render, Unset):
            text_render = self.text_render

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aesthetics is not UNSET:
            field_dict["aesthetics"] = aesthetics
        if artistic_style is not UNSET:
            field_dict["artistic_style"] = artistic_style
        if background_setting is not UNSET:
            field_dict["background_setting"] = background_setting
        if context is not UNSET:
            field_dict["context"] = context
        if edit_instruction is not UNSET:
            field_dict["edit_instruction"] = edit_instruction
        if lighting is not UNSET:
            field_dict["lighting"] = lighting
        if objects is not UNSET:
            field_dict["objects"] = objects
        if photographic_characteristics is not UNSET:
            field_dict["photographic_characteristics"] = photographic_characteristics
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if style_medium is not UNSET:
            field_dict["style_medium"] = style_medium
        if text_render is not UNSET:
            field_dict["text_render"] = text_render

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aesthetics_vd90c78 import AestheticsVD90C78  # noqa: PLC0415
        from ..models.lighting_vbf4947 import LightingVBF4947  # noqa: PLC0415
        from ..models.photographic_characteristics_vc0acd6 import (
            PhotographicCharacteristicsVC0ACD6,  # noqa: PLC0415
        )
        from ..models.prompt_object_v728ac9 import PromptObjectV728AC9  # noqa: PLC0415

        d = dict(src_dict)
        _aesthetics = d.pop("aesthetics", UNSET)
        aesthetics: AestheticsVD90C78 | Unset
        if isinstance(_aesthetics, Unset):
            aesthetics = UNSET
        else:
            aesthetics = AestheticsVD90C78.from_dict(_aesthetics)

        artistic_style = d.pop("artistic_style", UNSET)

        background_setting = d.pop("background_setting", UNSET)

        context = d.pop("context", UNSET)

        edit_instruction = d.pop("edit_instruction", UNSET)

        _lighting = d.pop("lighting", UNSET)
        lighting: LightingVBF4947 | Unset
        if isinstance(_lighting, Unset):
            lighting = UNSET
        else:
            lighting = LightingVBF4947.from_dict(_lighting)

        _objects = d.pop("objects", UNSET)
        objects: list[PromptObjectV728AC9] | Unset = UNSET
        if _objects is not UNSET:
            objects = []
            for objects_item_data in _objects:
                objects_item = PromptObjectV728AC9.from_dict(objects_item_data)

                objects.append(objects_item)

        _photographic_characteristics = d.pop("photographic_characteristics", UNSET)
        photographic_characteristics: PhotographicCharacteristicsVC0ACD6 | Unset
        if isinstance(_photographic_characteristics, Unset):
            photographic_characteristics = UNSET
        else:
            photographic_characteristics = PhotographicCharacteristicsVC0ACD6.from_dict(
                _photographic_characteristics
            )

        short_description = d.pop("short_description", UNSET)

        style_medium = d.pop("style_medium", UNSET)

        text_render = cast(list[Any], d.pop("text_render", UNSET))

        structured_instruction = cls(
            aesthetics=aesthetics,
            artistic_style=artistic_style,
            background_setting=background_setting,
            context=context,
            edit_instruction=edit_instruction,
            lighting=lighting,
            objects=objects,
            photographic_characteristics=photographic_characteristics,
            short_description=short_description,
            style_medium=style_medium,
            text_render=text_render,
        )

        structured_instruction.additional_properties = d
        return structured_instruction

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
