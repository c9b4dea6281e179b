from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_segment import EventSegment


T = TypeVar("T", bound="MarlinFindOutput")


@_attrs_define
class MarlinFindOutput:
    """Output of `fal-ai/marlin/find` (unknown)."""

    format_ok: bool
    """Boolean."""
    text: str
    """String."""
    span: EventSegment | Unset = UNSET
    """EventSegment."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ok = self.format_ok

        text = self.text

        span: dict[str, Any] | Unset = UNSET
        if not isinstance(self.span, Unset):
            span = self.span.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format_ok": format_ok,
                "text": text,
            }
        )
        if span is not UNSET:
            field_dict["span"] = span

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_segment import EventSegment  # noqa: PLC0415

        d = dict(src_dict)
        format_ok = d.pop("format_ok")

        text = d.pop("text")

        _span = d.pop("span", UNSET)
        span: EventSegment | Unset
        if isinstance(_span, Unset):
            span = UNSET
        else:
            span = EventSegment.from_dict(_span)

        marlin_find_output = cls(
            format_ok=format_ok,
            text=text,
            span=span,
        )

        marlin_find_output.additional_properties = d
        return marlin_find_output

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
