from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .live_portrait_output import LivePortraitOutput  # noqa: F401


T = TypeVar("T", bound="LivePortraitInput")


@_attrs_define
class LivePortraitInput(FalInput["LivePortraitOutput"], endpoint="fal-ai/live-portrait"):
    """Input of `fal-ai/live-portrait` (image-to-video)."""

    video_url: str
    """Video Url: string."""
    image_url: str
    """Image Url: string."""
    blink: float | Unset = UNSET
    """Blink: number, -30 to 30. Server default: 0."""
    eyebrow: float | Unset = UNSET
    """Eyebrow: number, -30 to 30. Server default: 0."""
    wink: float | Unset = UNSET
    """Wink: number, 0 to 25. Server default: 0."""
    pupil_x: float | Unset = UNSET
    """Pupil X: number, -45 to 45. Server default: 0."""
    pupil_y: float | Unset = UNSET
    """Pupil Y: number, -45 to 45. Server default: 0."""
    aaa: float | Unset = UNSET
    """Aaa: number, -200 to 200. Server default: 0."""
    eee: float | Unset = UNSET
    """Eee: number, -40 to 40. Server default: 0."""
    woo: float | Unset = UNSET
    """Woo: number, -100 to 100. Server default: 0."""
    smile: float | Unset = UNSET
    """Smile: number, -2 to 2. Server default: 0."""
    flag_lip_zero: bool | Unset = UNSET
    """Flag Lip Zero: boolean. Server default: true."""
    rotate_pitch: float | Unset = UNSET
    """Rotate Pitch: number, -45 to 45. Server default: 0."""
    rotate_yaw: float | Unset = UNSET
    """Rotate Yaw: number, -45 to 45. Server default: 0."""
    rotate_roll: float | Unset = UNSET
    """Rotate Roll: number, -45 to 45. Server default: 0."""
    flag_eye_retargeting: bool | Unset = UNSET
    """Flag Eye Retargeting: boolean. Server default: false."""
    flag_lip_retargeting: bool | Unset = UNSET
    """Flag Lip Retargeting: boolean. Server default: false."""
    flag_stitching: bool | Unset = UNSET
    """Flag Stitching: boolean. Server default: true."""
    flag_relative: bool | Unset = UNSET
    """Flag Relative: boolean. Server default: true."""
    flag_pasteback: bool | Unset = UNSET
    """Flag Pasteback: boolean. Server default: true."""
    flag_do_crop: bool | Unset = UNSET
    """Flag Do Crop: boolean. Server default: true."""
    flag_do_rot: bool | Unset = UNSET
    """Flag Do Rot: boolean. Server default: true."""
    dsize: int | Unset = UNSET
    """Dsize: integer. Server default: 512."""
    scale: float | Unset = UNSET
    """Scale: number. Server default: 2.3."""
    vx_ratio: float | Unset = UNSET
    """Vx Ratio: number. Server default: 0."""
    vy_ratio: float | Unset = UNSET
    """Vy Ratio: number. Server default: -0.125."""
    batch_size: int | Unset = UNSET
    """Batch Size: integer. Server default: 32."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        image_url = self.image_url

        blink = self.blink

        eyebrow = self.eyebrow

        wink = self.wink

        pupil_x = self.pupil_x

        pupil_y = self.pupil_y

        aaa = self.aaa

        eee = self.eee

        woo = self.woo

        smile = self.smile

        flag_lip_zero = self.flag_lip_zero

        rotate_pitch = self.rotate_pitch

        rotate_yaw = self.rotate_yaw

        rotate_roll = self.rotate_roll

        flag_eye_retargeting = self.flag_eye_retargeting

        flag_lip_retargeting = self.flag_lip_retargeting

        flag_stitching = self.flag_stitching

        flag_relative = self.flag_relative

        flag_pasteback = self.flag_pasteback

        flag_do_crop = self.flag_do_crop

        flag_do_rot = self.flag_do_rot

        dsize = self.dsize

        scale = self.scale

        vx_ratio = self.vx_ratio

        vy_ratio = self.vy_ratio

        batch_size = self.batch_size

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "image_url": image_url,
            }
        )
        if blink is not UNSET:
            field_dict["blink"] = blink
        if eyebrow is not UNSET:
            field_dict["eyebrow"] = eyebrow
        if wink is not UNSET:
            field_dict["wink"] = wink
        if pupil_x is not UNSET:
            field_dict["pupil_x"] = pupil_x
        if pupil_y is not UNSET:
            field_dict["pupil_y"] = pupil_y
        if aaa is not UNSET:
            field_dict["aaa"] = aaa
        if eee is not UNSET:
            field_dict["eee"] = eee
        if woo is not UNSET:
            field_dict["woo"] = woo
        if smile is not UNSET:
            field_dict["smile"] = smile
        if flag_lip_zero is not UNSET:
            field_dict["flag_lip_zero"] = flag_lip_zero
        if rotate_pitch is not UNSET:
            field_dict["rotate_pitch"] = rotate_pitch
        if rotate_yaw is not UNSET:
            field_dict["rotate_yaw"] = rotate_yaw
        if rotate_roll is not UNSET:
            field_dict["rotate_roll"] = rotate_roll
        if flag_eye_retargeting is not UNSET:
            field_dict["flag_eye_retargeting"] = flag_eye_retargeting
        if flag_lip_retargeting is not UNSET:
            field_dict["flag_lip_retargeting"] = flag_lip_retargeting
        if flag_stitching is not UNSET:
            field_dict["flag_stitching"] = flag_stitching
        if flag_relative is not UNSET:
            field_dict["flag_relative"] = flag_relative
        if flag_pasteback is not UNSET:
            field_dict["flag_pasteback"] = flag_pasteback
        if flag_do_crop is not UNSET:
            field_dict["flag_do_crop"] = flag_do_crop
        if flag_do_rot is not UNSET:
            field_dict["flag_do_rot"] = flag_do_rot
        if dsize is not UNSET:
            field_dict["dsize"] = dsize
        if scale is not UNSET:
            field_dict["scale"] = scale
        if vx_ratio is not UNSET:
            field_dict["vx_ratio"] = vx_ratio
        if vy_ratio is not UNSET:
            field_dict["vy_ratio"] = vy_ratio
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        image_url = d.pop("image_url")

        blink = d.pop("blink", UNSET)

        eyebrow = d.pop("eyebrow", UNSET)

        wink = d.pop("wink", UNSET)

        pupil_x = d.pop("pupil_x", UNSET)

        pupil_y = d.pop("pupil_y", UNSET)

        aaa = d.pop("aaa", UNSET)

        eee = d.pop("eee", UNSET)

        woo = d.pop("woo", UNSET)

        smile = d.pop("smile", UNSET)

        flag_lip_zero = d.pop("flag_lip_zero", UNSET)

        rotate_pitch = d.pop("rotate_pitch", UNSET)

        rotate_yaw = d.pop("rotate_yaw", UNSET)

        rotate_roll = d.pop("rotate_roll", UNSET)

        flag_eye_retargeting = d.pop("flag_eye_retargeting", UNSET)

        flag_lip_retargeting = d.pop("flag_lip_retargeting", UNSET)

        flag_stitching = d.pop("flag_stitching", UNSET)

        flag_relative = d.pop("flag_relative", UNSET)

        flag_pasteback = d.pop("flag_pasteback", UNSET)

        flag_do_crop = d.pop("flag_do_crop", UNSET)

        flag_do_rot = d.pop("flag_do_rot", UNSET)

        dsize = d.pop("dsize", UNSET)

        scale = d.pop("scale", UNSET)

        vx_ratio = d.pop("vx_ratio", UNSET)

        vy_ratio = d.pop("vy_ratio", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        live_portrait_input = cls(
            video_url=video_url,
            image_url=image_url,
            blink=blink,
            eyebrow=eyebrow,
            wink=wink,
            pupil_x=pupil_x,
            pupil_y=pupil_y,
            aaa=aaa,
            eee=eee,
            woo=woo,
            smile=smile,
            flag_lip_zero=flag_lip_zero,
            rotate_pitch=rotate_pitch,
            rotate_yaw=rotate_yaw,
            rotate_roll=rotate_roll,
            flag_eye_retargeting=flag_eye_retargeting,
            flag_lip_retargeting=flag_lip_retargeting,
            flag_stitching=flag_stitching,
            flag_relative=flag_relative,
            flag_pasteback=flag_pasteback,
            flag_do_crop=flag_do_crop,
            flag_do_rot=flag_do_rot,
            dsize=dsize,
            scale=scale,
            vx_ratio=vx_ratio,
            vy_ratio=vy_ratio,
            batch_size=batch_size,
            enable_safety_checker=enable_safety_checker,
        )

        return live_portrait_input
