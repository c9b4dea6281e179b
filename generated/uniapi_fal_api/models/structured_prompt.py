from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aesthetics import Aesthetics
    from ..models.lighting import Lighting
    from ..models.photographic_characteristics import PhotographicCharacteristics
    from ..models.prompt_object import PromptObject


T = TypeVar("T", bound="StructuredPrompt")


@_attrs_define
class StructuredPrompt:
    short_description: None | str | Unset = UNSET
    """String or None."""
    objects: list[PromptObject] | None | Unset = UNSET
    """List of PromptObject or None. Server default: []."""
    background_setting: None | str | Unset = UNSET
    """String or None."""
    lighting: Lighting | None | Unset = UNSET
    """Lighting or None."""
    aesthetics: Aesthetics | None | Unset = UNSET
    """Aesthetics or None."""
    photographic_characteristics: None | PhotographicCharacteristics | Unset = UNSET
    """PhotographicCharacteristics or None."""
    style_medium: None | str | Unset = UNSET
    """String or None."""
    text_render: list[Any] | None | Unset = UNSET
    """List or None. Server default: []."""
    context: None | str | Unset = UNSET
    """String or None."""
    artistic_style: None | str | Unset = UNSET
    """String or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aesthetics import Aesthetics  # noqa: PLC0415
        from ..models.lighting import Lighting  # noqa: PLC0415
        from ..models.photographic_characteristics import PhotographicCharacteristics  # noqa: PLC0415

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        objects: list[dict[str, Any]] | None | Unset
        if isinstance(self.objects, Unset):
            objects = UNSET
        elif isinstance(self.objects, list):
            objects = []
            for objects_type_0_item_data in self.objects:
                objects_type_0_item = objects_type_0_item_data.to_dict()
                objects.append(objects_type_0_item)

        else:
            objects = self.objects

        background_setting: None | str | Unset
        if isinstance(self.background_setting, Unset):
            background_setting = UNSET
        else:
            background_setting = self.background_setting

        lighting: dict[str, Any] | None | Unset
        if isinstance(self.lighting, Unset):
            lighting = UNSET
        elif isinstance(self.lighting, Lighting):
            lighting = self.lighting.to_dict()
        else:
            lighting = self.lighting

        aesthetics: dict[str, Any] | None | Unset
        if isinstance(self.aesthetics, Unset):
            aesthetics = UNSET
        elif isinstance(self.aesthetics, Aesthetics):
            aesthetics = self.aesthetics.to_dict()
        else:
            aesthetics = self.aesthetics

        photographic_characteristics: dict[str, Any] | None | Unset
        if isinstance(self.photographic_characteristics, Unset):
            photographic_characteristics = UNSET
        elif isinstance(self.photographic_characteristics, PhotographicCharacteristics):
            photographic_characteristics = self.photographic_characteristics.to_dict()
        else:
            photographic_characteristics = self.photographic_characteristics

        style_medium: None | str | Unset
        if isinstance(self.style_medium, Unset):
            style_medium = UNSET
        else:
            style_medium = self.style_medium

        text_render: list[Any] | None | Unset
        if isinstance(self.text_render, Unset):
            text_render = UNSET
        elif isinstance(self.text_render, list):
            text_render = self.text_render

        else:
            text_render = self.text_render

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        artistic_style: None | str | Unset
        if isinstance(self.artistic_style, Unset):
            artistic_style = UNSET
        else:
            artistic_style = self.artistic_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if objects is not UNSET:
            field_dict["objects"] = objects
        if background_setting is not UNSET:
            field_dict["background_setting"] = background_setting
        if lighting is not UNSET:
            field_dict["lighting"] = lighting
        if aesthetics is not UNSET:
            field_dict["aesthetics"] = aesthetics
        if photographic_characteristics is not UNSET:
            field_dict["photographic_characteristics"] = photographic_characteristics
        if style_medium is not UNSET:
            field_dict["style_medium"] = style_medium
        if text_render is not UNSET:
            field_dict["text_render"] = text_render
        if context is not UNSET:
            field_dict["context"] = context
        if artistic_style is not UNSET:
            field_dict["artistic_style"] = artistic_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aesthetics import Aesthetics  # noqa: PLC0415
        from ..models.lighting import Lighting  # noqa: PLC0415
        from ..models.photographic_characteristics import PhotographicCharacteristics  # noqa: PLC0415
        from ..models.prompt_object import PromptObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(d.pop("short_description", UNSET))

        def _parse_objects(data: object) -> list[PromptObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                objects_type_0 = []
                _objects_type_0 = data
                for objects_type_0_item_data in _objects_type_0:
                    objects_type_0_item = PromptObject.from_dict(objects_type_0_item_data)

                    objects_type_0.append(objects_type_0_item)

                return objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PromptObject] | None | Unset, data)

        objects = _parse_objects(d.pop("objects", UNSET))

        def _parse_background_setting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_setting = _parse_background_setting(d.pop("background_setting", UNSET))

        def _parse_lighting(data: object) -> Lighting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lighting_type_0 = Lighting.from_dict(data)

                return lighting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Lighting | None | Unset, data)

        lighting = _parse_lighting(d.pop("lighting", UNSET))

        def _parse_aesthetics(data: object) -> Aesthetics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aesthetics_type_0 = Aesthetics.from_dict(data)

                return aesthetics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Aesthetics | None | Unset, data)

        aesthetics = _parse_aesthetics(d.pop("aesthetics", UNSET))

        def _parse_photographic_characteristics(
            data: object,
        ) -> None | PhotographicCharacteristics | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                photographic_characteristics_type_0 = PhotographicCharacteristics.from_dict(data)

                return photographic_characteristics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhotographicCharacteristics | Unset, data)

        photographic_characteristics = _parse_photographic_characteristics(
            d.pop("photographic_characteristics", UNSET)
        )

        def _parse_style_medium(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style_medium = _parse_style_medium(d.pop("style_medium", UNSET))

        def _parse_text_render(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                text_render_type_0 = cast(list[Any], data)

                return text_render_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        text_render = _parse_text_render(d.pop("text_render", UNSET))

        def _parse_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_artistic_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artistic_style = _parse_artistic_style(d.pop("artistic_style", UNSET))

        structured_prompt = cls(
            short_description=short_description,
            objects=objects,
            background_setting=background_setting,
            lighting=lighting,
            aesthetics=aesthetics,
            photographic_characteristics=photographic_characteristics,
            style_medium=style_medium,
            text_render=text_render,
            context=context,
            artistic_style=artistic_style,
        )

        structured_prompt.additional_properties = d
        return structured_prompt

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
