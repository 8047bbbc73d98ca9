#!/usr/bin/env python
"""Page-serving benchmark: the public pages against a static file, under gunicorn.

Seeds a throw-away database (a fresh SQLite file, or a fresh PostgreSQL database
when --database-url is given) with `seed_demo`, collects static files into a temp
directory, serves the site with gunicorn on a free loopback port using the
production settings, then loads each URL for a bounded time with a small closed
loop of stdlib http.client threads and prints a table:

    requests/s, p50/p95 latency, bytes per response, errors, and each page's
    requests/s as a fraction of a similar-sized static file's ("static ceiling").

Everything it creates (temp dirs, the PostgreSQL database, the gunicorn
process) is removed at the end; the set-up is shared with kiosk.py in _server.py.

    .venv/bin/python benchmarks/pages.py [--seconds N] [--database-url URL]
"""

import argparse
import http.client
import json
import math
import os
import re
import statistics
import sys
import threading
import time
from urllib.parse import unquote, urlsplit, urlunsplit

from _server import REQUEST_TIMEOUT, demo_site, fetch, log, tail, versions

PAGE_PATHS = ["/", "/honorees/"]
HONOREE_LINK = re.compile(r'<a\s+class="card__link"\s+href="([^"]+)"')
MAX_REQUESTS_PER_URL = 1_000_000


# --- warm-up ----------------------------------------------------------------------


def warm_up(port, paths):
    sizes = {}
    for path in paths:
        started = time.perf_counter()
        status, body, _ = fetch(port, path)
        if status != 200:
            raise SystemExit(f"warm-up GET {path} returned HTTP {status}")
        sizes[path] = len(body)
        elapsed_ms = 1000 * (time.perf_counter() - started)
        log(f"warm-up GET {path}: {len(body)} bytes, {elapsed_ms:.0f} ms")
    return sizes


def first_honoree(port):
    status, body, _ = fetch(port, "/honorees/")
    if status != 200:
        raise SystemExit(f"GET /honorees/ returned HTTP {status}")
    match = HONOREE_LINK.search(body.decode("utf-8", "replace"))
    if not match:
        raise SystemExit('no <a class="card__link" href="..."> on /honorees/: is the demo seeded?')
    href = match.group(1).replace("&amp;", "&")
    parts = urlsplit(href)
    return urlunsplit(("", "", parts.path, parts.query, ""))


def pick_static_file(static_root, target_size):
    """The collected file (hashed name when a manifest exists) closest to target_size."""
    manifest = static_root / "staticfiles.json"
    if manifest.exists():
        names = sorted(set(json.loads(manifest.read_text())["paths"].values()))
    else:
        names = sorted(
            str(path.relative_to(static_root))
            for path in static_root.rglob("*")
            if path.is_file() and path.suffix not in {".gz", ".br"}
        )
    files = [(name, static_root / name) for name in names]
    candidates = [(name, path.stat().st_size) for name, path in files if path.is_file()]
    if not candidates:
        raise SystemExit(f"no collected static files in {static_root}")
    name, size = min(candidates, key=lambda item: (abs(item[1] - target_size), item[0]))
    return "/static/" + name, size


# --- load ---------------------------------------------------------------------------


class Result:
    def __init__(self, path):
        self.path = path
        self.latencies = []
        self.bytes = 0
        self.errors = 0
        self.connections = 0
        self.elapsed = 0.0
        self.lock = threading.Lock()

    @property
    def requests(self):
        return len(self.latencies) + self.errors

    @property
    def ok(self):
        return len(self.latencies)

    @property
    def rps(self):
        return self.ok / self.elapsed if self.elapsed else 0.0

    def percentile(self, fraction):
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        index = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
        return ordered[index] * 1000

    @property
    def mean_bytes(self):
        return self.bytes / self.ok if self.ok else 0


def client(port, path, deadline, budget, result):
    """One closed-loop client: a request, wait for the whole response, repeat."""
    latencies, received, errors, connections = [], 0, 0, 0
    conn = None
    while budget > 0 and time.perf_counter() < deadline:
        budget -= 1
        if conn is None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
            connections += 1
        started = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = None
            continue
        finished = time.perf_counter()
        if response.status == 200:
            latencies.append(finished - started)
            received += len(body)
        else:
            errors += 1
        if response.will_close:  # gunicorn's sync workers close every connection
            conn.close()
            conn = None
    if conn is not None:
        conn.close()
    with result.lock:
        result.latencies.extend(latencies)
        result.bytes += received
        result.errors += errors
        result.connections += connections


def load(port, path, seconds, threads):
    result = Result(path)
    started = time.perf_counter()
    deadline = started + seconds
    budget = MAX_REQUESTS_PER_URL // threads
    workers = [
        threading.Thread(target=client, args=(port, path, deadline, budget, result), daemon=True)
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(seconds + REQUEST_TIMEOUT + 5)
    result.elapsed = time.perf_counter() - started
    log(f"{path}: {result.ok} ok, {result.errors} errors in {result.elapsed:.1f} s")
    return result


# --- report -------------------------------------------------------------------------


def print_report(environment, results, static_result, static_note):
    print()
    print("Environment")
    width = max(len(key) for key in environment)
    for key, value in environment.items():
        print(f"  {key:<{width}}  {value}")
    print()
    headers = ["URL", "req/s", "p50 ms", "p95 ms", "bytes/resp", "errors", "conns", "vs static"]
    rows = []
    for result in results:
        ratio = result.rps / static_result.rps if static_result.rps else float("nan")
        rows.append(
            [
                unquote(result.path),
                f"{result.rps:.1f}",
                f"{result.percentile(0.50):.1f}",
                f"{result.percentile(0.95):.1f}",
                f"{result.mean_bytes:,.0f}",
                str(result.errors),
                str(result.connections),
                f"{ratio:.2f}" if result is not static_result else "1.00 (ceiling)",
            ]
        )
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) for i in range(len(headers))]

    def line(cells):
        return "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    print()
    print(f"Static ceiling: {static_note}")
    print("vs static = page req/s / static file req/s (same server, same client, same size class).")
    print("conns = TCP connections opened (gunicorn's sync workers close one after each response).")


# --- main ---------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--seconds", type=float, default=10.0, help="load time per URL (default 10)")
    add(
        "--database-url",
        help="PostgreSQL server URL: a fresh database is created there, then dropped "
        "(default: a temp SQLite file)",
    )
    add("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    add("--threads", type=int, default=4, help="concurrent client connections (default 4)")
    args = parser.parse_args()
    if not 0 < args.seconds <= 600:
        parser.error("--seconds must be in (0, 600]")
    if not 1 <= args.threads <= 64:
        parser.error("--threads must be between 1 and 64")
    if not 1 <= args.workers <= 32:
        parser.error("--workers must be between 1 and 32")
    return args


def main():
    args = parse_args()
    with demo_site(args.database_url, args.workers) as site:
        port = site.port
        paths = [*PAGE_PATHS, first_honoree(port)]
        sizes = warm_up(port, paths)
        static_path, static_size = pick_static_file(
            site.static_root, statistics.median(sizes.values())
        )
        status, body, headers = fetch(port, static_path)
        if status != 200 or len(body) != static_size:
            raise SystemExit(
                f"GET {static_path} returned HTTP {status}, {len(body)} of {static_size} bytes"
            )
        served_by = "whitenoise" if "immutable" in headers.get("Cache-Control", "") else "?"
        paths.append(static_path)
        # A few more unmeasured requests per URL so that every worker has loaded
        # its templates and caches, not only the one that served the first GET.
        for path in paths:
            for _ in range(2 * args.workers):
                fetch(port, path)

        load_before = os.getloadavg()[0]
        results = [load(port, path, args.seconds, args.threads) for path in paths]

        cpus = os.cpu_count()
        try:
            usable = len(os.sched_getaffinity(0))
        except AttributeError:
            usable = cpus
        environment = {
            "database": site.db_description,
            "CPUs": f"{cpus} (usable {usable}); client and server share them",
            "load average": f"{load_before:.2f} before the run (1 min; other processes count)",
            "gunicorn": f"{args.workers} sync workers on 127.0.0.1:{port}",
            "settings": f"siteconfig.settings.production (STATIC_ROOT, MEDIA_ROOT in {site.tmp})",
            "cache": f"redis ({site.env['REDIS_URL']}, BENCH_REDIS_URL)",
            "DB_CONN_MAX_AGE": site.env.get("DB_CONN_MAX_AGE", "60 (production default)"),
            "client": f"{args.threads} closed-loop http.client threads, {args.seconds:g} s per URL",
            "median page": f"{statistics.median(sizes.values()):,.0f} bytes",
            "Python": f"{sys.version.split()[0]}; {versions()}",
        }
        static_note = f"{static_path} ({static_size:,} bytes, served by {served_by})"
        print_report(environment, results, results[-1], static_note)

        errors_logged = site.errors_logged()
        if errors_logged:
            print(f"\ngunicorn log has {len(errors_logged)} error line(s); last lines:")
            print(tail(site.log_path, 30))


if __name__ == "__main__":
    main()
