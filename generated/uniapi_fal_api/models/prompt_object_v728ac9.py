from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_box_v4ada27 import BoundingBoxV4ADA27
    from ..models.color import Color


T = TypeVar("T", bound="PromptObjectV728AC9")


@_attrs_define
class PromptObjectV728AC9:
    action: str | Unset = UNSET
    """String."""
    appearance_details: str | Unset = UNSET
    """String."""
    bounding_boxes: list[BoundingBoxV4ADA27] | Unset = UNSET
    """List of BoundingBoxV4ADA27."""
    clothing: str | Unset = UNSET
    """String."""
    colors: list[Color] | Unset = UNSET
    """List of Color."""
    description: str | Unset = UNSET
    """String."""
    expression: str | Unset = UNSET
    """String."""
    gender: str | Unset = UNSET
    """String."""
    location: str | Unset = UNSET
    """String."""
    number_of_objects: float | Unset = UNSET
    """Number."""
    orientation: str | Unset = UNSET
    """String."""
    pose: str | Unset = UNSET
    """String."""
    relationship: str | Unset = UNSET
    """String."""
    relative_distance: float | Unset = UNSET
    """Number."""
    relative_size: str | Unset = UNSET
    """String."""
    shape_and_color: str | Unset = UNSET
    """String."""
    skin_color: Color | Unset = UNSET
    """Color."""
    skin_tone_and_texture: str | Unset = UNSET
    """String."""
    texture: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        appearance_details = self.appearance_details

        bounding_boxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bounding_boxes, Unset):
            bounding_boxes = []
            for bounding_boxes_item_data in self.bounding_boxes:
                bounding_boxes_item = bounding_boxes_item_data.to_dict()
                bounding_boxes.append(bounding_boxes_item)

        clothing = self.clothing

        colors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = []
            for colors_item_data in self.colors:
                colors_item = colors_item_data.to_dict()
                colors.append(colors_item)

        description = self.description

        expression = self.expression

        gender = self.gender

        location = self.location

        number_of_objects = self.number_of_objects

        orientation = self.orientation

        pose = self.pose

        relationship = self.relationship

        relative_distance = self.relative_distance

        relative_size = self.relative_size

        shape_and_color = self.shape_and_color

        skin_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skin_color, Unset):
            skin_color = self.skin_color.to_dict()

        skin_tone_and_texture = self.skin_tone_and_texture

        texture = self.texture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if appearance_details is not UNSET:
            field_dict["appearance_details"] = appearance_details
        if bounding_boxes is not UNSET:
            field_dict["bounding_boxes"] = bounding_boxes
        if clothing is not UNSET:
            field_dict["clothing"] = clothing
        if colors is not UNSET:
            field_dict["colors"] = colors
        if description is not UNSET:
            field_dict["description"] = description
        if expression is not UNSET:
            field_dict["expression"] = expression
        if gender is not UNSET:
            field_dict["gender"] = gender
        if location is not UNSET:
            field_dict["location"] = location
        if number_of_objects is not UNSET:
            field_dict["number_of_objects"] = number_of_objects
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if pose is not UNSET:
            field_dict["pose"] = pose
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        if relative_distance is not UNSET:
            field_dict["relative_distance"] = relative_distance
        if relative_size is not UNSET:
            field_dict["relative_size"] = relative_size
        if shape_and_color is not UNSET:
            field_dict["shape_and_color"] = shape_and_color
        if skin_color is not UNSET:
            field_dict["skin_color"] = skin_color
        if skin_tone_and_texture is not UNSET:
            field_dict["skin_tone_and_texture"] = skin_tone_and_texture
        if texture is not UNSET:
            field_dict["texture"] = texture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box_v4ada27 import BoundingBoxV4ADA27  # noqa: PLC0415
        from ..models.color import Color  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action", UNSET)

        appearance_details = d.pop("appearance_details", UNSET)

        _bounding_boxes = d.pop("bounding_boxes", UNSET)
        bounding_boxes: list[BoundingBoxV4ADA27] | Unset = UNSET
        if _bounding_boxes is not UNSET:
            bounding_boxes = []
            for bounding_boxes_item_data in _bounding_boxes:
                bounding_boxes_item = BoundingBoxV4ADA27.from_dict(bounding_boxes_item_data)

                bounding_boxes.append(bounding_boxes_item)

        clothing = d.pop("clothing", UNSET)

        _colors = d.pop("colors", UNSET)
        colors: list[Color] | Unset = UNSET
        if _colors is not UNSET:
            colors = []
            for colors_item_data in _colors:
                colors_item = Color.from_dict(colors_item_data)

                colors.append(colors_item)

        description = d.pop("description", UNSET)

        expression = d.pop("expression", UNSET)

        gender = d.pop("gender", UNSET)

        location = d.pop("location", UNSET)

        number_of_objects = d.pop("number_of_objects", UNSET)

        orientation = d.pop("orientation", UNSET)

        pose = d.pop("pose", UNSET)

        relationship = d.pop("relationship", UNSET)

        relative_distance = d.pop("relative_distance", UNSET)

        relative_size = d.pop("relative_size", UNSET)

        shape_and_color = d.pop("shape_and_color", UNSET)

        _skin_color = d.pop("skin_color", UNSET)
        skin_color: Color | Unset
        if isinstance(_skin_color, Unset):
            skin_color = UNSET
        else:
            skin_color = Color.from_dict(_skin_color)

        skin_tone_and_texture = d.pop("skin_tone_and_texture", UNSET)

        texture = d.pop("texture", UNSET)

        prompt_object_v728ac9 = cls(
            action=action,
            appearance_details=appearance_details,
            bounding_boxes=bounding_boxes,
            clothing=clothing,
            colors=colors,
            description=description,
            expression=expression,
            gender=gender,
            location=location,
            number_of_objects=number_of_objects,
            orientation=orientation,
            pose=pose,
            relationship=relationship,
            relative_distance=relative_distance,
            relative_size=relative_size,
            shape_and_color=shape_and_color,
            skin_color=skin_color,
            skin_tone_and_texture=skin_tone_and_texture,
            texture=texture,
        )

        prompt_object_v728ac9.additional_properties = d
        return prompt_object_v728ac9

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
