"""The throw-away demo site the benchmarks measure: seeded database, collected static, gunicorn.

`demo_site()` seeds a fresh SQLite file (or a fresh PostgreSQL database on the server
named by a URL) with `seed_demo`, collects static files into a temp directory and
serves the site with gunicorn on a free loopback port using the production settings.
Everything it creates is removed when the `with` block ends, even on an error or a
SIGTERM.
"""

import contextlib
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
REQUEST_TIMEOUT = 30.0
SETTINGS_MODULE = "siteconfig.settings.production"
# Not REDIS_URL's database: the test suite flushes that one before and after every test
# (tests/conftest.py), which would drop the content version in the middle of a run.
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")


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


def versions(*packages):
    found = []
    for package in packages or ("Django", "wagtail", "gunicorn", "whitenoise"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found.append(f"{package} {metadata.version(package)}")
    return ", ".join(found)


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


def configure_django_in_process(database_url, tmp, settings_module="siteconfig.settings.dev"):
    """Django set up in this process on a throw-away database, for in-process benchmarks."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        DATABASE_URL=database_url,
        # Debug off: no query log kept in memory, templates cached as in production.
        DEBUG="0",
        # One connection for the whole run, as a production worker keeps it.
        DB_CONN_MAX_AGE="600",
        MEDIA_ROOT=str(tmp / "media"),
    )
    os.environ.pop("REDIS_URL", None)  # the process-memory cache: no Redis needed
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- the server -------------------------------------------------------------------


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


def start_gunicorn(env, port, workers, log_path, extra_args=()):
    command = [
        executable("gunicorn"),
        "siteconfig.wsgi",
        "-w",
        str(workers),
        "-b",
        f"127.0.0.1:{port}",
        *extra_args,
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


def fetch(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path, headers=headers or {})
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


def raise_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


@dataclass
class DemoSite:
    port: int
    env: dict
    tmp: Path
    static_root: Path
    media_root: Path
    log_path: Path
    db_description: str
    workers: int

    def errors_logged(self):
        """gunicorn's own log lines that report an error (the access log is kept apart)."""
        lines = tail(self.log_path, 100_000).splitlines()
        return [line for line in lines if "Error" in line or "Traceback" in line]


@contextlib.contextmanager
def demo_site(database_url=None, workers=2, extra_env=None, gunicorn_args=()):
    """Yield a DemoSite once gunicorn answers; remove everything afterwards.

    gunicorn_args may name files in the site's temp dir: "{tmp}" is replaced by it.
    """
    signal.signal(signal.SIGTERM, raise_on_sigterm)  # so the finally block still runs
    seed_demo = "exhibits/demo/management/commands/seed_demo.py"
    if not (ROOT / seed_demo).exists():
        raise SystemExit(f"{seed_demo} is missing: nothing to seed")

    tmp = Path(tempfile.mkdtemp(prefix="laomo-bench-"))
    cache_prefix = f"laomo-bench-{os.getpid()}"
    database = PostgresDatabase(database_url) if database_url else None
    gunicorn = None
    log_path = tmp / "gunicorn.log"
    try:
        static_root = tmp / "static"
        media_root = tmp / "media"
        media_root.mkdir()
        port = free_port()

        if database:
            database.create()
            url = database.url
            db_description = database.describe()
        else:
            import sqlite3

            url = f"sqlite:///{tmp / 'db.sqlite3'}"
            db_description = f"sqlite {sqlite3.sqlite_version} ({tmp / 'db.sqlite3'})"

        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
            SECRET_KEY="bench",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
            SECURE_SSL_REDIRECT="0",
            DATABASE_URL=url,
            # Production requires a shared cache; a per-run prefix keeps old renditions out.
            REDIS_URL=BENCH_REDIS_URL,
            CACHE_KEY_PREFIX=cache_prefix,
            MEDIA_ROOT=str(media_root),
            STATIC_ROOT=str(static_root),
            PYTHONUNBUFFERED="1",
        )
        env.update(extra_env or {})

        manage(env, "migrate", "--noinput")
        manage(env, "seed_demo")
        manage(env, "collectstatic", "--noinput")

        args = [arg.replace("{tmp}", str(tmp)) for arg in gunicorn_args]
        gunicorn = start_gunicorn(env, port, workers, log_path, args)
        wait_until_up(gunicorn, port, log_path)
        log(f"gunicorn up on 127.0.0.1:{port} ({workers} workers)")
        yield DemoSite(port, env, tmp, static_root, media_root, log_path, db_description, workers)
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
                clear_cache(cache_prefix)


def clear_cache(prefix):
    """Delete the run's keys (KEY_PREFIX:version:key) from the benchmark's Redis database."""
    import redis

    try:
        client = redis.Redis.from_url(BENCH_REDIS_URL)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
        log(f"deleted {len(keys)} cache keys {prefix}:* from {BENCH_REDIS_URL}")
    except redis.RedisError as error:
        log(f"could not clear the cache keys {prefix}:*: {error}")
