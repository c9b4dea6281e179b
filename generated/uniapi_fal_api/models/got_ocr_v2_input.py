from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .got_ocr_v2_output import GotOcrV2Output  # noqa: F401


T = TypeVar("T", bound="GotOcrV2Input")


@_attrs_define
class GotOcrV2Input(FalInput["GotOcrV2Output"], endpoint="fal-ai/got-ocr/v2"):
    """Input of `fal-ai/got-ocr/v2` (vision)."""

    input_image_urls: list[str] | Unset = UNSET
    """Input Image Urls: list of string. Server default: []."""
    do_format: bool | Unset = UNSET
    """Do Format: boolean. Server default: false."""
    multi_page: bool | Unset = UNSET
    """Multi Page: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        input_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.input_image_urls, Unset):
            input_image_urls = self.input_image_urls

        do_format = self.do_format

        multi_page = self.multi_page

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if input_image_urls is not UNSET:
            field_dict["input_image_urls"] = input_image_urls
        if do_format is not UNSET:
            field_dict["do_format"] = do_format
        if multi_page is not UNSET:
            field_dict["multi_page"] = multi_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_image_urls = cast(list[str], d.pop("input_image_urls", UNSET))

        do_format = d.pop("do_format", UNSET)

        multi_page = d.pop("multi_page", UNSET)

        got_ocr_v2_input = cls(
            input_image_urls=input_image_urls,
            do_format=do_format,
            multi_page=multi_page,
        )

        return got_ocr_v2_input
