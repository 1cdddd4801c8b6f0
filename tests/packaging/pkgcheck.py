"""Shared helpers of the packaging checks (tests/packaging): run a command, collect failures, report."""
import json
import os
import re
import shutil
import subprocess
import sys

SKIP = 77  # ctest SKIP_RETURN_CODE


class Checker:
    """Collects failures so that one run reports all of them, then exits 1 if there was any."""

    def __init__(self, name):
        self.name = name
        self.failures = []

    def check(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition

    def fail(self, message):
        self.failures.append(message)

    def done(self):
        for failure in self.failures:
            print(f"FAIL: {failure}", file=sys.stderr)
        if self.failures:
            print(f"{self.name}: {len(self.failures)} failure(s)", file=sys.stderr)
            sys.exit(1)
        print(f"{self.name}: ok")
        sys.exit(0)


def need_tool(tool, package):
    if not shutil.which(tool):
        sys.exit(f"{tool} not found (Debian package {package}; scripts/install-deps.sh installs it)")


def run(args, check=True, **kwargs):
    """Runs args, returns the CompletedProcess (text mode); raises with the output when check and it fails."""
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    result = subprocess.run(args, **kwargs)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} exited with {result.returncode}\n"
                           f"{result.stdout or ''}{result.stderr or ''}")
    return result


def qt_plugin_dir(qmake):
    return run([qmake, "-query", "QT_INSTALL_PLUGINS"]).stdout.strip()


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def policy_registry_key(source_dir):
    """The registry key ConfigLoader reads on Windows, taken from its source (there is no Windows build here)."""
    with open(os.path.join(source_dir, "src", "core", "config", "ConfigLoader.cpp"), encoding="utf-8") as f:
        match = re.search(r'"HKEY_LOCAL_MACHINE\\\\((?:[^"\\]|\\\\)+)"', f.read())
    if not match:
        raise RuntimeError("src/core/ConfigLoader.cpp names no HKEY_LOCAL_MACHINE key any more")
    return match.group(1).replace("\\\\", "\\")


def help_options(help_text):
    """Long options (and their short forms) listed by QCommandLineParser's --help output."""
    options = set()
    for line in help_text.splitlines():
        match = re.match(r"^\s+((?:-[\w?-]+(?: <[^>]*>)?(?:, )?)+)\s{2,}", line)
        if match:
            options.update(re.findall(r"(--?[\w-]+)", match.group(1)))
    options.discard("-?")
    return options
