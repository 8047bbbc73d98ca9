"""The zip of photos: matched by 编号 or by name (and employer), each checked before anything
is written, and a zip that would unpack to more than its limit refused."""

import io
import zipfile

import pytest
from django.conf import settings
from django.core.management import CommandError
from django.test import override_settings
from PIL import Image
from wagtail.images import get_image_model

from exhibits.honorees.models import HonoreePage
from exhibits.rolls.photos import read_photos
from exhibits.rolls.plan import make_plan
from exhibits.rolls.reading import RollFileError, read_roll
from tests.rolls.conftest import WANG, ZHAO, xlsx
from tests.rolls.test_import import database, run

pytestmark = pytest.mark.django_db


def picture(size=(300, 400), colour="red", kind="JPEG"):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


def zipped(**files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def import_with(tmp_path, photos, *args):
    (tmp_path / "photos.zip").write_bytes(photos)
    return run(tmp_path, xlsx(WANG, ZHAO), "--photos", str(tmp_path / "photos.zip"), *args)


def test_photos_are_matched_by_id_and_by_name_and_employer(tmp_path, lists):
    photos = zipped(
        **{
            "照片/A001.jpg": picture((300, 400)),
            "照片/赵强-舞钢华岳特种钢板有限公司.png": picture((500, 600), kind="PNG"),
        }
    )
    import_with(tmp_path, photos, "--publish")
    wang, zhao = (HonoreePage.objects.get(title=name) for name in ("王芳", "赵强"))
    assert (wang.portrait.width, wang.portrait.height) == (300, 400)
    assert (zhao.portrait.width, zhao.portrait.height) == (500, 600)
    assert wang.portrait_alt == "王芳的照片"

    before = database(), get_image_model().objects.count()
    out, _err = import_with(tmp_path, photos, "--publish")  # the same photos again
    assert "不变 2 人" in out
    assert (database(), get_image_model().objects.count()) == before


def test_a_new_photo_replaces_the_portrait(tmp_path, lists):
    import_with(tmp_path, zipped(**{"王芳.jpg": picture()}), "--publish")
    plan = make_plan(
        read_roll(xlsx(WANG)), read_photos(zipped(**{"王芳.jpg": picture(colour="blue")}))
    )
    assert list(plan.people[0].changes) == ["portrait"]


def test_a_bad_photo_writes_nothing_and_is_named(tmp_path, lists):
    before = database()
    photos = zipped(**{"A001.jpg": b"not a picture at all", "赵强.gif": picture(kind="GIF")})
    with pytest.raises(CommandError, match="名单有 2 处问题"):
        import_with(tmp_path, photos)
    assert database() == before
    problems = make_plan(read_roll(xlsx(WANG, ZHAO)), read_photos(photos)).problems
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("照片包", 1, "A001.jpg"),
        ("照片包", 2, "赵强.gif"),
    ]
    assert "不是有效的图片文件" in problems[0].message
    assert "不是 JPG、PNG 或 WebP 图片" in problems[1].message


def test_a_photo_with_too_many_pixels_is_a_problem(lists):
    limits = {**settings.ROLL_PHOTO_LIMITS, "pixels": 10_000}
    with override_settings(ROLL_PHOTO_LIMITS=limits):
        photos = read_photos(zipped(**{"王芳.jpg": picture((200, 200))}))
    assert photos.problems == [(1, "王芳.jpg", "像素太多（200×200），上限约 0 百万像素。")]


def test_a_zip_that_would_unpack_beyond_its_limit_is_refused(lists):
    bomb = zipped(**{"王芳.jpg": b"\0" * 3_000_000})  # a few kilobytes zipped
    assert len(bomb) < 100_000
    limits = {**settings.ROLL_PHOTO_LIMITS, "unpacked_bytes": 1_000_000}
    with override_settings(ROLL_PHOTO_LIMITS=limits), pytest.raises(RollFileError, match="解压后"):
        read_photos(bomb)
    with pytest.raises(RollFileError, match="不是有效的 zip 文件"):
        read_photos(b"PK\x03\x04 broken")


def test_a_photo_no_one_is_named_by_is_a_warning(lists):
    plan = make_plan(read_roll(xlsx(WANG)), read_photos(zipped(**{"李四.jpg": picture()})))
    assert plan.ok
    assert plan.warnings == ["照片没有对应名单中的人，已忽略：李四.jpg"]
