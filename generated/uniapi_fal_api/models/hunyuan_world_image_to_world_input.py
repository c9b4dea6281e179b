from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_world_image_to_world_output import HunyuanWorldImageToWorldOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanWorldImageToWorldInput")


@_attrs_define
class HunyuanWorldImageToWorldInput(
    FalInput["HunyuanWorldImageToWorldOutput"], endpoint="fal-ai/hunyuan_world/image-to-world"
):
    """Input of `fal-ai/hunyuan_world/image-to-world` (image-to-3d)."""

    image_url: str
    """Image Url: string."""
    labels_fg1: str
    """Labels Fg1: string."""
    labels_fg2: str
    """Labels Fg2: string."""
    classes: str
    """Classes: string."""
    export_drc: bool | Unset = UNSET
    """Export Drc: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        labels_fg1 = self.labels_fg1

        labels_fg2 = self.labels_fg2

        classes = self.classes

        export_drc = self.export_drc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
            }
        )
        if export_drc is not UNSET:
            field_dict["export_drc"] = export_drc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        labels_fg1 = d.pop("labels_fg1")

        labels_fg2 = d.pop("labels_fg2")

        classes = d.pop("classes")

        export_drc = d.pop("export_drc", UNSET)

        hunyuan_world_image_to_world_input = cls(
            image_url=image_url,
            labels_fg1=labels_fg1,
            labels_fg2=labels_fg2,
            classes=classes,
            export_drc=export_drc,
        )

        return hunyuan_world_image_to_world_input
