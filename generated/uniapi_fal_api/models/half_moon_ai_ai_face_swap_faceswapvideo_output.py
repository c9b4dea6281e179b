from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video import Video


T = TypeVar("T", bound="HalfMoonAiAiFaceSwapFaceswapvideoOutput")


@_attrs_define
class HalfMoonAiAiFaceSwapFaceswapvideoOutput:
    """Output of `half-moon-ai/ai-face-swap/faceswapvideo` (video-to-video). fal no longer lists this endpoint."""

    video: Video
    """Video."""
    processing_time_ms: int | None | Unset = UNSET
    """Processing Time Ms: integer or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        processing_time_ms: int | None | Unset
        if isinstance(self.processing_time_ms, Unset):
            processing_time_ms = UNSET
        else:
            processing_time_ms = self.processing_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
            }
        )
        if processing_time_ms is not UNSET:
            field_dict["processing_time_ms"] = processing_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video import Video  # noqa: PLC0415

        d = dict(src_dict)
        video = Video.from_dict(d.pop("video"))

        def _parse_processing_time_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        processing_time_ms = _parse_processing_time_ms(d.pop("processing_time_ms", UNSET))

        half_moon_ai_ai_face_swap_faceswapvideo_output = cls(
            video=video,
            processing_time_ms=processing_time_ms,
        )

        half_moon_ai_ai_face_swap_faceswapvideo_output.additional_properties = d
        return half_moon_ai_ai_face_swap_faceswapvideo_output

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
