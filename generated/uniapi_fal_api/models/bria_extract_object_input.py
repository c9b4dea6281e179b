from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_extract_object_output import BriaExtractObjectOutput  # noqa: F401


T = TypeVar("T", bound="BriaExtractObjectInput")


@_attrs_define
class BriaExtractObjectInput(FalInput["BriaExtractObjectOutput"], endpoint="bria/extract-object"):
    """Input of `bria/extract-object` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    autocrop: bool | Unset = UNSET
    """Boolean."""
    image_url: str | Unset = UNSET
    """URL or local file. Server default:
    "https://bria-datasets.s3.amazonaws.com/object-extraction/tools_construction_flatlay.jpg"."""
    prompt: str | Unset = UNSET
    """String. Server default: "yellow hammer"."""
    remove_background: bool | Unset = UNSET
    """Boolean."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        autocrop = self.autocrop

        image_url = self.image_url

        prompt = self.prompt

        remove_background = self.remove_background

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if autocrop is not UNSET:
            field_dict["autocrop"] = autocrop
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        autocrop = d.pop("autocrop", UNSET)

        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        remove_background = d.pop("remove_background", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_extract_object_input = cls(
            autocrop=autocrop,
            image_url=image_url,
            prompt=prompt,
            remove_background=remove_background,
            sync_mode=sync_mode,
        )

        return bria_extract_object_input
