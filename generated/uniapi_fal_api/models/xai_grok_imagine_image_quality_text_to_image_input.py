from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.xai_grok_imagine_image_quality_text_to_image_input_aspect_ratio import (
    XaiGrokImagineImageQualityTextToImageInputAspectRatio,
    check_xai_grok_imagine_image_quality_text_to_image_input_aspect_ratio,
)
from ..models.xai_grok_imagine_image_quality_text_to_image_input_output_format import (
    XaiGrokImagineImageQualityTextToImageInputOutputFormat,
    check_xai_grok_imagine_image_quality_text_to_image_input_output_format,
)
from ..models.xai_grok_imagine_image_quality_text_to_image_input_resolution import (
    XaiGrokImagineImageQualityTextToImageInputResolution,
    check_xai_grok_imagine_image_quality_text_to_image_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .xai_grok_imagine_image_quality_text_to_image_output import (
        XaiGrokImagineImageQualityTextToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="XaiGrokImagineImageQualityTextToImageInput")


@_attrs_define
class XaiGrokImagineImageQualityTextToImageInput(
    FalInput["XaiGrokImagineImageQualityTextToImageOutput"],
    endpoint="xai/grok-imagine-image/quality/text-to-image",
):
    """Input of `xai/grok-imagine-image/quality/text-to-image` (text-to-image). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    prompt: str
    """String."""
    aspect_ratio: XaiGrokImagineImageQualityTextToImageInputAspectRatio | Unset = UNSET
    """One of "2:1", "20:9", "19.5:9", "16:9", "4:3", "3:2", "1:1", "2:3", ... (13 values). Server
    default: "1:1"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: XaiGrokImagineImageQualityTextToImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "jpeg"."""
    resolution: XaiGrokImagineImageQualityTextToImageInputResolution | Unset = UNSET
    """One of "1k", "2k". Server default: "1k"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
        aspect_ratio: XaiGrokImagineImageQualityTextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_xai_grok_imagine_image_quality_text_to_image_input_aspect_ratio(
                _aspect_ratio
            )

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: XaiGrokImagineImageQualityTextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_xai_grok_imagine_image_quality_text_to_image_input_output_format(
                _output_format
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: XaiGrokImagineImageQualityTextToImageInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_xai_grok_imagine_image_quality_text_to_image_input_resolution(
                _resolution
            )

        sync_mode = d.pop("sync_mode", UNSET)

        xai_grok_imagine_image_quality_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            output_format=output_format,
            resolution=resolution,
            sync_mode=sync_mode,
        )

        return xai_grok_imagine_image_quality_text_to_image_input
