from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptObject")


@_attrs_define
class PromptObject:
    relationship: str
    """String."""
    description: None | str | Unset = UNSET
    """String or None."""
    location: None | str | Unset = UNSET
    """String or None."""
    relative_size: None | str | Unset = UNSET
    """String or None."""
    shape_and_color: None | str | Unset = UNSET
    """String or None."""
    texture: None | str | Unset = UNSET
    """String or None."""
    appearance_details: None | str | Unset = UNSET
    """String or None."""
    number_of_objects: int | None | Unset = UNSET
    """Integer or None."""
    pose: None | str | Unset = UNSET
    """String or None."""
    expression: None | str | Unset = UNSET
    """String or None."""
    clothing: None | str | Unset = UNSET
    """String or None."""
    action: None | str | Unset = UNSET
    """String or None."""
    gender: None | str | Unset = UNSET
    """String or None."""
    skin_tone_and_texture: None | str | Unset = UNSET
    """String or None."""
    orientation: None | str | Unset = UNSET
    """String or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relationship = self.relationship

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        relative_size: None | str | Unset
        if isinstance(self.relative_size, Unset):
            relative_size = UNSET
        else:
            relative_size = self.relative_size

        shape_and_color: None | str | Unset
        if isinstance(self.shape_and_color, Unset):
            shape_and_color = UNSET
        else:
            shape_and_color = self.shape_and_color

        texture: None | str | Unset
        if isinstance(self.texture, Unset):
            texture = UNSET
        else:
            texture = self.texture

        appearance_details: None | str | Unset
        if isinstance(self.appearance_details, Unset):
            appearance_details = UNSET
        else:
            appearance_details = self.appearance_details

        number_of_objects: int | None | Unset
        if isinstance(self.number_of_objects, Unset):
            number_of_objects = UNSET
        else:
            number_of_objects = self.number_of_objects

        pose: None | str | Unset
        if isinstance(self.pose, Unset):
            pose = UNSET
        else:
            pose = self.pose

        expression: None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        else:
            expression = self.expression

        clothing: None | str | Unset
        if isinstance(self.clothing, Unset):
            clothing = UNSET
        else:
            clothing = self.clothing

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        skin_tone_and_texture: None | str | Unset
        if isinstance(self.skin_tone_and_texture, Unset):
            skin_tone_and_texture = UNSET
        else:
            skin_tone_and_texture = self.skin_tone_and_texture

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        else:
            orientation = self.orientation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relationship": relationship,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if relative_size is not UNSET:
            field_dict["relative_size"] = relative_size
        if shape_and_color is not UNSET:
            field_dict["shape_and_color"] = shape_and_color
        if texture is not UNSET:
            field_dict["texture"] = texture
        if appearance_details is not UNSET:
            field_dict["appearance_details"] = appearance_details
        if number_of_objects is not UNSET:
            field_dict["number_of_objects"] = number_of_objects
        if pose is not UNSET:
            field_dict["pose"] = pose
        if expression is not UNSET:
            field_dict["expression"] = expression
        if clothing is not UNSET:
            field_dict["clothing"] = clothing
        if action is not UNSET:
            field_dict["action"] = action
        if gender is not UNSET:
            field_dict["gender"] = gender
        if skin_tone_and_texture is not UNSET:
            field_dict["skin_tone_and_texture"] = skin_tone_and_texture
        if orientation is not UNSET:
            field_dict["orientation"] = orientation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relationship = d.pop("relationship")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_relative_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relative_size = _parse_relative_size(d.pop("relative_size", UNSET))

        def _parse_shape_and_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shape_and_color = _parse_shape_and_color(d.pop("shape_and_color", UNSET))

        def _parse_texture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        texture = _parse_texture(d.pop("texture", UNSET))

        def _parse_appearance_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        appearance_details = _parse_appearance_details(d.pop("appearance_details", UNSET))

        def _parse_number_of_objects(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_objects = _parse_number_of_objects(d.pop("number_of_objects", UNSET))

        def _parse_pose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pose = _parse_pose(d.pop("pose", UNSET))

        def _parse_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))

        def _parse_clothing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clothing = _parse_clothing(d.pop("clothing", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_skin_tone_and_texture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skin_tone_and_texture = _parse_skin_tone_and_texture(d.pop("skin_tone_and_texture", UNSET))

        def _parse_orientation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        prompt_object = cls(
            relationship=relationship,
            description=description,
            location=location,
            relative_size=relative_size,
            shape_and_color=shape_and_color,
            texture=texture,
            appearance_details=appearance_details,
            number_of_objects=number_of_objects,
            pose=pose,
            expression=expression,
            clothing=clothing,
            action=action,
            gender=gender,
            skin_tone_and_texture=skin_tone_and_texture,
            orientation=orientation,
        )

        prompt_object.additional_properties = d
        return prompt_object

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
