"""A newcomer's first `make run`: clone, install, migrate, seed, first page; each step timed.

    python3 benchmarks/first_run.py [--keep] [--port 8765] [--target 120]

Clones this repository (its committed HEAD) into a temp folder, then runs what `make run`
runs there, step by step: `make install` (venv and pip, from the package registry),
`migrate`, `seed_demo`, and `runserver`, until `/` answers 200. Prints each step's wall
time and CPU time (user + system of the step's processes) and the machine's CPUs and load.
Exits 1 when the total misses the target (seconds). To see where seed_demo spends its time:
`python -m cProfile -o seed.prof manage.py seed_demo`.
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(label, command, cwd, rows, env):
    started, cpu = time.monotonic(), children_cpu()
    print(f"[first-run] {label}: {' '.join(command)}", file=sys.stderr, flush=True)
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    rows.append((label, time.monotonic() - started, children_cpu() - cpu))


def wait_for_page(url, timeout=300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--target", type=float, default=120.0, help="seconds (default 120)")
    parser.add_argument("--keep", action="store_true", help="leave the clone in place")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="laomo-first-run-"))
    clone = folder / "laomo"
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "VIRTUAL_ENV"}}
    rows, server = [], None
    try:
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        python = str(clone / ".venv" / "bin" / "python")
        timed("make install", ["make", "install"], clone, rows, env)
        timed("migrate", [python, "manage.py", "migrate", "--noinput"], clone, rows, env)
        timed("seed_demo", [python, "manage.py", "seed_demo"], clone, rows, env)
        started = time.monotonic()
        server = subprocess.Popen(
            [python, "manage.py", "runserver", f"127.0.0.1:{args.port}", "--noreload"],
            cwd=clone,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_page(f"http://127.0.0.1:{args.port}/")
        rows.append(("first page /", time.monotonic() - started, float("nan")))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"[first-run] kept {clone}", file=sys.stderr)

    total = sum(wall for _label, wall, _cpu in rows)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"CPUs: {os.cpu_count()}; load average before/after: {load}")
    print(f"{'step':<16}{'wall s':>10}{'CPU s':>10}")
    for label, wall, cpu in rows:
        print(f"{label:<16}{wall:>10.1f}{cpu:>10.1f}")
    print(f"{'total':<16}{total:>10.1f}")
    verdict = "met" if total <= args.target else "MISSED"
    print(f"target: first page within {args.target:.0f} s of a fresh clone: {verdict}")
    return 0 if total <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
