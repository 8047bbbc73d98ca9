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
process) is removed in a finally block.

    .venv/bin/python benchmarks/pages.py [--seconds N] [--database-url URL]
"""

import argparse
import contextlib
import http.client
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PAGE_PATHS = ["/", "/honorees/"]
HONOREE_LINK = re.compile(r'<a\s+class="card__link"\s+href="([^"]+)"')
MAX_REQUESTS_PER_URL = 1_000_000
REQUEST_TIMEOUT = 30.0

SETTINGS_MODULE = "siteconfig.settings.production"


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def executable(name):
    candidate = VENV_BIN / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"cannot find {name}: run `make install` first")
    return found


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- database -------------------------------------------------------------------


class PostgresDatabase:
    """A fresh database on the server named by URL, dropped by drop()."""

    def __init__(self, url):
        parts = urlsplit(url)
        if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
            raise SystemExit(f"--database-url must be a PostgreSQL URL, got {parts.scheme}://")
        self.name = f"laomo_bench_{os.getpid()}"
        self.admin_url = urlunsplit(parts._replace(path="/postgres"))
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
        self.created = False
        self.server_version = "?"

    def _connect(self):
        import psycopg

        return psycopg.connect(self.admin_url, autocommit=True)

    def create(self):
        with self._connect() as conn:
            self.server_version = conn.execute("SHOW server_version").fetchone()[0]
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
            conn.execute(f'CREATE DATABASE "{self.name}"')
        self.created = True
        log(f"created PostgreSQL database {self.name}")

    def drop(self):
        if not self.created:
            return
        with self._connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.created = False
        log(f"dropped PostgreSQL database {self.name}")

    def describe(self):
        parts = urlsplit(self.url)
        where = f"{parts.hostname}:{parts.port or 5432}/{self.name}"
        return f"postgresql {self.server_version} ({where})"


# --- setup ------------------------------------------------------------------------


def manage(env, *args):
    started = time.perf_counter()
    command = [executable("python"), "manage.py", *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:])
        sys.stderr.write(result.stderr[-4000:])
        raise SystemExit(f"manage.py {' '.join(args)} failed (exit {result.returncode})")
    log(f"manage.py {' '.join(args)}: {elapsed:.1f} s")


def start_gunicorn(env, port, workers, log_path):
    command = [
        executable("gunicorn"),
        "siteconfig.wsgi",
        "-w",
        str(workers),
        "-b",
        f"127.0.0.1:{port}",
    ]
    with open(log_path, "wb") as log_file:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop_gunicorn(process):
    if process is None or process.poll() is not None:
        return
    process.terminate()  # the master stops its workers gracefully
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the session gunicorn was started in
        process.wait(timeout=10)
    log("gunicorn stopped")


def tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def fetch(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        conn.close()


def wait_until_up(process, port, log_path, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}:\n{tail(log_path)}")
        try:
            fetch(port, "/")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer within {timeout} s:\n{tail(log_path)}")


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


def versions():
    found = []
    for package in ("Django", "wagtail", "gunicorn", "whitenoise"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found.append(f"{package} {metadata.version(package)}")
    return ", ".join(found)


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


def raise_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


def main():
    args = parse_args()
    signal.signal(signal.SIGTERM, raise_on_sigterm)  # so the finally block still runs
    seed_demo = "exhibits/demo/management/commands/seed_demo.py"
    if not (ROOT / seed_demo).exists():
        raise SystemExit(f"{seed_demo} is missing: nothing to seed")

    tmp = Path(tempfile.mkdtemp(prefix="laomo-bench-"))
    database = PostgresDatabase(args.database_url) if args.database_url else None
    gunicorn = None
    log_path = tmp / "gunicorn.log"
    try:
        static_root = tmp / "static"
        media_root = tmp / "media"
        media_root.mkdir()
        port = free_port()

        if database:
            database.create()
            database_url = database.url
            db_description = database.describe()
        else:
            import sqlite3

            database_url = f"sqlite:///{tmp / 'db.sqlite3'}"
            db_description = f"sqlite {sqlite3.sqlite_version} ({tmp / 'db.sqlite3'})"

        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
            SECRET_KEY="bench",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
            SECURE_SSL_REDIRECT="0",
            DATABASE_URL=database_url,
            # Production requires a shared cache; a per-run prefix keeps old renditions out.
            REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
            CACHE_KEY_PREFIX=f"laomo-bench-{os.getpid()}",
            MEDIA_ROOT=str(media_root),
            STATIC_ROOT=str(static_root),
            PYTHONUNBUFFERED="1",
        )

        manage(env, "migrate", "--noinput")
        manage(env, "seed_demo")
        manage(env, "collectstatic", "--noinput")

        gunicorn = start_gunicorn(env, port, args.workers, log_path)
        wait_until_up(gunicorn, port, log_path)
        log(f"gunicorn up on 127.0.0.1:{port} ({args.workers} workers)")

        paths = [*PAGE_PATHS, first_honoree(port)]
        sizes = warm_up(port, paths)
        static_path, static_size = pick_static_file(static_root, statistics.median(sizes.values()))
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
            "database": db_description,
            "CPUs": f"{cpus} (usable {usable}); client and server share them",
            "load average": f"{load_before:.2f} before the run (1 min; other processes count)",
            "gunicorn": f"{args.workers} sync workers on 127.0.0.1:{port}",
            "settings": f"siteconfig.settings.production (STATIC_ROOT, MEDIA_ROOT in {tmp})",
            "cache": "redis (REDIS_URL)" if env.get("REDIS_URL") else "locmem (per worker)",
            "DB_CONN_MAX_AGE": env.get("DB_CONN_MAX_AGE", "60 (production default)"),
            "client": f"{args.threads} closed-loop http.client threads, {args.seconds:g} s per URL",
            "median page": f"{statistics.median(sizes.values()):,.0f} bytes",
            "Python": f"{sys.version.split()[0]}; {versions()}",
        }
        static_note = f"{static_path} ({static_size:,} bytes, served by {served_by})"
        print_report(environment, results, results[-1], static_note)

        logged = tail(log_path, 100_000).splitlines()
        errors_logged = [line for line in logged if "Error" in line or "Traceback" in line]
        if errors_logged:
            print(f"\ngunicorn log has {len(errors_logged)} error line(s); last lines:")
            print(tail(log_path, 30))
    finally:
        try:
            stop_gunicorn(gunicorn)
        finally:
            try:
                if database:
                    database.drop()
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
                log(f"removed {tmp}")


if __name__ == "__main__":
    main()
