"""`make lab` and `make app` start their servers for a normal user and as root (JupyterLab
refuses root without --allow-root; the Makefile adds it when `id -u` is 0)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .browser_support import TOKEN, _wait_ready, free_port, stop_process_group
from .conftest import ROOT

pytestmark = pytest.mark.slow
VENV = Path(sys.prefix)


@contextlib.contextmanager
def _make(target: str, args_name: str, args: str, tmp_path: Path):
    log = tmp_path / f"make-{target}.log"
    # -o: never re-install from inside a test; VENV: the environment running the tests
    command = ["make", "--no-print-directory", "-o", f"{VENV}/.installed", target,
               f"VENV={VENV}", f"{args_name}={args}"]
    with log.open("w") as handle:
        process = subprocess.Popen(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT,
                                   start_new_session=True,
                                   env=dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"),
                                            JUPYTER_RUNTIME_DIR=str(tmp_path / "rt")))
    try:
        yield process, log
    finally:
        stop_process_group(process)


def test_make_lab_serves_the_notebooks(tmp_path):
    port = free_port()
    args = (f"--no-browser --port={port} --ServerApp.ip=127.0.0.1 "
            f"--IdentityProvider.token={TOKEN} --LabApp.workspaces_dir={tmp_path / 'ws'}")
    with _make("lab", "LAB_ARGS", args, tmp_path) as (process, log):
        _wait_ready(f"http://127.0.0.1:{port}/api/status?token={TOKEN}", port, process, log)
        command = log.read_text().splitlines()[0]
    assert ("--allow-root" in command) == (os.geteuid() == 0)


def test_make_app_serves_the_app(tmp_path):
    port = free_port()
    with _make("app", "APP_ARGS", f"--port={port}", tmp_path) as (process, log):
        _wait_ready(None, port, process, log)
        assert process.poll() is None
