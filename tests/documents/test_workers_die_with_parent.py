"""Issue #21, defect 9: killing a batch while its letters render left worker processes
blocked on pipes to the dead app, one still alive ten minutes later. A worker now ends
when its parent is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The parent: a pool made as render_all makes it, busy with long tasks, printing its
# workers' ids; then it waits to be killed.
PARENT = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from arapp.documents import parallel

def busy(n):
    time.sleep(600)

if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=3, mp_context=multiprocessing.get_context("spawn"),
                               initializer=parallel._die_with_parent, initargs=(os.getpid(),))
    futures = [pool.submit(busy, n) for n in range(6)]
    while len(pool._processes) < 3:
        time.sleep(0.05)
    time.sleep(1.0)  # the workers have run their initializer
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_workers_end_when_the_app_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen(
        [sys.executable, str(script)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 3 and all(alive(pid) for pid in workers)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # started by this test: do not leave them behind on a failure
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_render_all_gives_its_workers_the_watch() -> None:
    import inspect

    from arapp.documents import parallel

    source = inspect.getsource(parallel.render_all)
    assert "initializer=_die_with_parent" in source and "os.getpid()" in source
