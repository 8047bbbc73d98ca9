"""The story feeds (RSS 2.0 and Atom, Django's syndication): the newest live stories of an index.

Routes of the story index (/stories/feed/rss/, /stories/feed/atom/); every link is absolute
on the Wagtail Site's address, as shared links are. A story with an uploaded video carries
it as an enclosure, so podcast and video apps can fetch the programme itself.
"""

import datetime
import mimetypes

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from wagtail.models import Site

PUBLISHER = "平顶山市总工会"


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "zh-cn"
    author_name = PUBLISHER
    route_name = "rss"

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index.title} · 劳模风采"

    def link(self):
        return self.index.get_full_url(self.request)

    def feed_url(self):
        return self.index.feed_urls(self.request)[self.route_name]

    def description(self):
        return f"{PUBLISHER}“劳模风采”的人物故事、工会新闻和《劳动者之歌》节目"

    def items(self):
        stories = self.index.stories().for_cards().select_related("video")
        return list(stories[: settings.STORY_FEED_ITEMS])

    def item_title(self, item):
        episode = f"第{item.episode_number}期"
        if item.is_episode and episode not in item.title:
            return f"{item.title}（{episode}）"
        return item.title

    def item_description(self, item):
        return item.get_summary()

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return self.item_link(item)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        # A story's date is a calendar day in Pingdingshan: its midnight there.
        day = item.shown_date
        return timezone.make_aware(datetime.datetime(day.year, day.month, day.day))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [item.kind.name]

    def item_author_name(self, item):
        return PUBLISHER

    def item_enclosures(self, item):
        video = item.video
        if video is None:
            return []
        try:
            length = video.file.size
        except OSError:  # the file is missing from storage: announce it without a length
            length = 0
        mime_type = mimetypes.guess_type(video.filename)[0] or "video/mp4"
        url = video.url
        if url.startswith("/"):  # served by this site, not from another host
            url = Site.find_for_request(self.request).root_url + url
        return [Enclosure(url, str(length), mime_type)]


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    subtitle = StoryRssFeed.description
    route_name = "atom"
