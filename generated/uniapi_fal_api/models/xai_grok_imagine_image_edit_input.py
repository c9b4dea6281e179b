from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.xai_grok_imagine_image_edit_input_aspect_ratio import (
    XaiGrokImagineImageEditInputAspectRatio,
    check_xai_grok_imagine_image_edit_input_aspect_ratio,
)
from ..models.xai_grok_imagine_image_edit_input_output_format import (
    XaiGrokImagineImageEditInputOutputFormat,
    check_xai_grok_imagine_image_edit_input_output_format,
)
from ..models.xai_grok_imagine_image_edit_input_resolution import (
    XaiGrokImagineImageEditInputResolution,
    check_xai_grok_imagine_image_edit_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .xai_grok_imagine_image_edit_output import XaiGrokImagineImageEditOutput  # noqa: F401


T = TypeVar("T", bound="XaiGrokImagineImageEditInput")


@_attrs_define
class XaiGrokImagineImageEditInput(
    FalInput["XaiGrokImagineImageEditOutput"], endpoint="xai/grok-imagine-image/edit"
):
    """Input of `xai/grok-imagine-image/edit` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: XaiGrokImagineImageEditInputAspectRatio | Unset = UNSET
    """One of "auto", "2:1", "20:9", "19.5:9", "16:9", "4:3", "3:2", "1:1", ... (14 values). Server
    default: "auto"."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: XaiGrokImagineImageEditInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "jpeg"."""
    resolution: XaiGrokImagineImageEditInputResolution | Unset = UNSET
    """One of "1k", "2k". Server default: "1k"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: XaiGrokImagineImageEditInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_xai_grok_imagine_image_edit_input_aspect_ratio(_aspect_ratio)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: XaiGrokImagineImageEditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_xai_grok_imagine_image_edit_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: XaiGrokImagineImageEditInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_xai_grok_imagine_image_edit_input_resolution(_resolution)

        sync_mode = d.pop("sync_mode", UNSET)

        xai_grok_imagine_image_edit_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            num_images=num_images,
            output_format=output_format,
            resolution=resolution,
            sync_mode=sync_mode,
        )

        return xai_grok_imagine_image_edit_input
