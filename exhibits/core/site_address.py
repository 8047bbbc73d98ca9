"""The site's public address: the Wagtail Site that short links, QR codes and og:url are built on.

Wagtail makes every absolute link from the Site's host name and port (设置 → 站点). The
migration leaves the placeholder localhost:80 there, so until someone sets the real
address each plaque, QR code and shared link points at a machine nobody else can reach.
`configure()` sets it from a base URL (seed_demo and `manage.py set_site_url` use it), and
`unreachable_site()` finds a Site still on a local address, for the admin's warning.
"""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_base_url(base_url):
    """http://127.0.0.1:8001 → ("127.0.0.1", 8001); https://laomo.example.cn → (…, 443)."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValidationError(f"网址须以 http:// 或 https:// 开头并含主机名：{base_url!r}")
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError as error:
        raise ValidationError(f"端口无效：{base_url!r}") from error
    if parts.scheme == "https" and port != 443 or parts.scheme == "http" and port == 443:
        # Wagtail's Site.root_url says https for port 443 and http for every other port.
        raise ValidationError(f"Wagtail 的站点只能表示 http 或 443 端口上的 https：{base_url!r}")
    return parts.hostname.lower(), port


def configure(base_url, site=None):
    """Point the default Site (or the one given) at base_url; True when anything changed."""
    hostname, port = parse_base_url(base_url)
    site = site or Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])  # Site.save clears the cached root paths
    return True


def is_local(hostname):
    """A name only this machine answers to: localhost, a loopback or the unspecified address."""
    hostname = hostname.strip("[]").lower()
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def served_at():
    """(host name, port) of WAGTAILADMIN_BASE_URL, where this server says it is served."""
    try:
        return parse_base_url(settings.WAGTAILADMIN_BASE_URL)
    except (AttributeError, ValidationError):
        return None


def unreachable_site():
    """The default Site when its address is local (placeholder localhost, 127.0.0.1…), or None.

    A local address that is exactly where this server says it runs (the demo's
    http://127.0.0.1:8000, which `make run` also puts in WAGTAILADMIN_BASE_URL) is right
    for that machine, and no mistake.
    """
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or not is_local(site.hostname):
        return None
    if (site.hostname, site.port) == served_at():
        return None
    return site
