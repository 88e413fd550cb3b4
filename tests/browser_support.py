"""Starting JupyterLab or Voilà on 127.0.0.1 and driving Debian's Chromium with Playwright.

Follows shared/ENVIRONMENT.md: a free port, a known token, the server in its own session
and stopped by its PID, a copy of the notebook in a temporary folder, Chromium launched from
/usr/bin/chromium (never `playwright install`). Outside CI a missing browser skips the test
with one line; under CI=true it fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import IN_CI, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
LAUNCH_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--disable-background-networking", "--disable-sync",
               "--disable-component-update"]
TOKEN = "stance-toolkit-test-token"


def require_browser() -> None:
    """Skip (fail under CI) when Chromium or Playwright is missing."""
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append("Debian's chromium (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package")
    if missing:
        message = "needs " + " and ".join(missing)
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str | None, port: int) -> bool:
    """True when the server answers: ``url`` returns 200, or (no url) the port accepts."""
    try:
        if url is None:
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                return True
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _wait_ready(url: str | None, port: int, process: subprocess.Popen, log: Path,
                timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text()[-3000:]}")
        if _answers(url, port):
            return
        time.sleep(0.5)
    raise RuntimeError(f"server not ready after {timeout}s:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def serve(kind: str, notebook: Path, workdir: Path) -> Iterator[str]:
    """Serve a copy of ``notebook`` with ``kind`` ("voila" or "lab"); yields the page URL."""
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / notebook.name
    shutil.copy(notebook, target)
    port = free_port()
    bindir = Path(sys.executable).parent
    env = {**os.environ, "JUPYTER_PLATFORM_DIRS": "1", "PYTHONPATH": str(ROOT)}
    if kind == "voila":
        command = [str(bindir / "voila"), target.name, "--no-browser", f"--port={port}",
                   "--Voila.ip=127.0.0.1", f"--token={TOKEN}",
                   "--VoilaConfiguration.file_allowlist=['.*']"]
        ready = None  # a GET of the page would run the notebook: wait for the port instead
        page = f"http://127.0.0.1:{port}/?token={TOKEN}"
    elif kind == "lab":
        settings = workdir / ".settings" / "@jupyterlab" / "apputils-extension"
        settings.mkdir(parents=True, exist_ok=True)
        (settings / "notification.jupyterlab-settings").write_text(
            '{"fetchNews": "false", "checkForUpdates": false}')
        notebook_settings = workdir / ".settings" / "@jupyterlab" / "notebook-extension"
        notebook_settings.mkdir(exist_ok=True)
        # every cell stays in the page (Lab 4 detaches cells scrolled out of view)
        (notebook_settings / "tracker.jupyterlab-settings").write_text(
            '{"windowingMode": "none"}')
        (workdir / ".settings" / "@jupyterlab" / "docmanager-extension").mkdir(exist_ok=True)
        (workdir / ".settings" / "@jupyterlab" / "docmanager-extension"
         / "plugin.jupyterlab-settings").write_text('{"autosave": false}')
        command = [str(bindir / "jupyter"), "lab", "--no-browser", "--allow-root",
                   f"--port={port}", "--ServerApp.ip=127.0.0.1",
                   f"--IdentityProvider.token={TOKEN}",
                   f"--LabApp.workspaces_dir={workdir / '.ws'}",
                   f"--LabApp.user_settings_dir={workdir / '.settings'}",
                   f"--ServerApp.root_dir={workdir}"]
        ready = f"http://127.0.0.1:{port}/api/status?token={TOKEN}"
        page = f"http://127.0.0.1:{port}/lab/tree/{target.name}?token={TOKEN}"
    else:
        raise ValueError(f"kind must be 'voila' or 'lab', not {kind!r}")
    log = workdir / f"{kind}.log"
    with log.open("w") as handle:
        process = subprocess.Popen(command, cwd=workdir, stdout=handle, stderr=subprocess.STDOUT,
                                   env=env, start_new_session=True)
    try:
        _wait_ready(ready, port, process, log)
        yield page
    finally:
        stop_process_group(process)


def stop_process_group(process: subprocess.Popen) -> None:
    """End a server started in its own session: TERM its group, KILL it after 15 s."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def browser_page(width: int = 1400, height: int = 1000):
    """A Playwright page in Debian's headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under tests/artifacts/ (ignored by git)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
