"""The photos that come with a roll: a zip of portraits named by 编号, by 姓名, or by
姓名-工作单位 (2026-001.jpg, 王芳.jpg, 王芳-平顶山天安煤业.jpg), in any folder of the zip.

Every photo is checked before anything is written: a real JPEG, PNG or WebP, within the
size and pixel limits; a zip that would unpack to more than its limit (a zip bomb) is
refused whole. Problems are named like a row's: the zip, the photo's place in it, its name.
"""

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from PIL import Image, UnidentifiedImageError

from exhibits.rolls.reading import RollFileError

FORMATS = {"JPEG", "PNG", "WEBP"}
EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}
ZIP_SHEET = "照片包"


@dataclass(frozen=True)
class Photo:
    filename: str
    data: bytes
    number: int  # its place in the zip, for messages

    @property
    def sha1(self):
        return hashlib.sha1(self.data).hexdigest()


@dataclass
class Photos:
    by_key: dict  # {stem: Photo}
    problems: list  # [(number, filename, message)]

    def find(self, external_id, name, employer):
        """The photo named by this person's 编号, 姓名-工作单位 or 姓名, in that order."""
        for key in (external_id, f"{name}-{employer}" if employer else None, name):
            if key and key in self.by_key:
                return self.by_key[key]
        return None


def read_photos(data):
    limits = settings.ROLL_PHOTO_LIMITS
    if len(data) > limits["zip_bytes"]:
        raise RollFileError(
            f"照片包太大（{len(data) / 1_048_576:.0f} MB），上限为 "
            f"{limits['zip_bytes'] // 1_048_576} MB；请分几次导入。"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [entry for entry in archive.infolist() if not entry.is_dir()]
    except (zipfile.BadZipFile, OSError) as error:
        raise RollFileError("照片包不是有效的 zip 文件。") from error
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits["unpacked_bytes"]:
        raise RollFileError(
            f"照片包解压后有 {unpacked / 1_048_576:.0f} MB，超过上限 "
            f"{limits['unpacked_bytes'] // 1_048_576} MB，已拒绝。"
        )
    photos = Photos({}, [])
    for number, entry in enumerate(entries, start=1):
        path = PurePosixPath(_filename(entry))
        if path.name.startswith(".") or "__MACOSX" in path.parts:
            continue  # what macOS and Windows leave in a zip
        if path.suffix.lower() not in EXTENSIONS:
            photos.problems.append((number, path.name, "不是 JPG、PNG 或 WebP 图片。"))
            continue
        if entry.file_size > limits["photo_bytes"]:
            limit_mb = limits["photo_bytes"] // 1_048_576
            photos.problems.append((number, path.name, f"超过 {limit_mb} MB，请缩小后再上传。"))
            continue
        try:
            content = archive.read(entry)
        except (zipfile.BadZipFile, OSError, RuntimeError):  # RuntimeError: encrypted
            photos.problems.append((number, path.name, "无法从照片包中读出（已损坏或加了密码）。"))
            continue
        message = _check_image(content, limits["pixels"])
        if message:
            photos.problems.append((number, path.name, message))
            continue
        stem = "".join(path.stem.split())
        if stem in photos.by_key:
            photos.problems.append((number, path.name, f"与 {photos.by_key[stem].filename} 重名。"))
            continue
        photos.by_key[stem] = Photo(path.name, content, number)
    return photos


def _filename(entry):
    """Zips made on Chinese Windows name files in GBK without saying so."""
    if entry.flag_bits & 0x800:  # UTF-8, as the zip says
        return entry.filename
    try:
        return entry.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return entry.filename


def _check_image(content, max_pixels):
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.format not in FORMATS:
                return "不是 JPG、PNG 或 WebP 图片。"
            width, height = image.size
            if width * height > max_pixels:
                return f"像素太多（{width}×{height}），上限约 {max_pixels // 1_000_000} 百万像素。"
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return "不是有效的图片文件（可能已损坏）。"
    return None
