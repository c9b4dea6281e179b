from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .yue_output import YueOutput  # noqa: F401


T = TypeVar("T", bound="YueInput")


@_attrs_define
class YueInput(FalInput["YueOutput"], endpoint="fal-ai/yue"):
    """Input of `fal-ai/yue` (text-to-audio). fal no longer lists this endpoint."""

    lyrics: str
    """Lyrics: string."""
    genres: str
    """Genres: string."""

    def to_dict(self) -> dict[str, Any]:
        lyrics = self.lyrics

        genres = self.genres

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lyrics = d.pop("lyrics")

        genres = d.pop("genres")

        yue_input = cls(
            lyrics=lyrics,
            genres=genres,
        )

        return yue_input
