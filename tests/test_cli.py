import subprocess
import sys

from kit import __version__
from kit.cli import run


def test_version(capsys):
    try:
        run(["--version"])
    except SystemExit as e:
        assert e.code == 0
    assert __version__ in capsys.readouterr().out


def test_exit_after_start_prints_ms(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "KIT_DATA_DIR": str(tmp_path / "d"), "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    out = subprocess.run([sys.executable, "-m", "kit", "--exit-after-start"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert float(out.stdout.strip().splitlines()[-1]) > 0
