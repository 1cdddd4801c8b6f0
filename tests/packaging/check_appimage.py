#!/usr/bin/python3
"""The AppImage, built and started for real.

check_appimage.py build --source S --build B --version V --inspect APPIMAGE_INSPECT
    Builds leo-kiosk-V-<arch>.AppImage (target "appimage"), then checks: its checksum file; the AppImage type-2
    layout (magic "AI\\x02" at offset 8, the .upd_info, .sha256_sig and .sig_key sections, the squashfs image right
    after the ELF section header table); a runtime that is statically linked; what Debian's libappimage sees in it
    (type 2, the payload offset, the files the kiosk needs: libraries, Qt plugins, the on-screen keyboard's QML
    modules, translations, fonts, qt.conf; nothing of the excludelist; files readable through it); the RUNPATHs of
    what --appimage-extract gives; --version and --help run from the AppImage.

check_appimage.py run --build B --version V --server LEO_ENT_SERVER
    As root: starts the reference server (127.0.0.1) with an account and a virtual X screen (Xvfb), then, in a
    mount namespace where the system's Qt 6 (libraries, plugins, QML modules, translations), every other library
    the AppImage carries and the system fonts are masked (empty files bound over them, empty tmpfs over the
    folders): --check-config against the server, then the kiosk, which must paint its login screen, load Qt from
    the AppImage only (/proc/PID/maps) and sign the account in (typed with xdotool; the server's request log must
    show the sign-in and the kiosk's userinfo request); then SIGTERM to the AppImage, which passes it on, and
    afterwards no mount and no temporary folder is left. In FUSE mode and in extract-and-run mode, or extract-and-run
    only when /dev/fuse cannot be used here (the output says which).

check_appimage.py namespace SPEC.json   (internal: the process that sets up the namespace; see run_in_namespace)
"""
import argparse
import json
import os
import re
import secrets
import signal
import struct
import subprocess
import sys
import tempfile
import time

import pkgcheck

APP_ID = "fr.leo.kiosk"
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
SYSTEM_LIBDIR = "/usr/lib/x86_64-linux-gnu"


def appimage_path(build, version):
    return os.path.join(build, "packaging", f"leo-kiosk-{version}-{os.uname().machine}.AppImage")


def cache_value(build, key):
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(key + ":"):
                return line.split("=", 1)[1].strip()
    return ""


def list_file(path):
    with open(path, encoding="utf-8") as f:
        return [line.split("#", 1)[0].split()[0] for line in f if line.split("#", 1)[0].split()]


def wait_for(condition, timeout, interval=0.1):
    """Polls condition() until it returns something true or the deadline passes; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def elf_image_offset(data):
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    return shoff + shentsize * shnum


def isolated_env(root, **extra):
    """A throwaway HOME, XDG folders and TMPDIR under root (TMPDIR holds only what the AppImage runtime makes);
    no session bus, so no keyring."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "LD_LIBRARY_PATH",
                        "APPIMAGE_EXTRACT_AND_RUN", "FONTCONFIG_FILE", "WAYLAND_DISPLAY", "DISPLAY")}
    for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                      ("XDG_CACHE_HOME", "cache"), ("TMPDIR", "tmp")):
        env[name] = os.path.join(root, sub)
        os.makedirs(env[name], exist_ok=True)
    env["XDG_RUNTIME_DIR"] = os.path.join(root, "runtime")
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={root}/no-session-bus"  # never autolaunched
    env["LC_ALL"] = "C.UTF-8"
    env.update(extra)
    return env


# --- build ------------------------------------------------------------------------------------------------------
def check_build(args):
    for tool, package in (("readelf", "binutils"), ("file", "file"), ("mksquashfs", "squashfs-tools"),
                          ("patchelf", "patchelf")):
        pkgcheck.need_tool(tool, package)
    c = pkgcheck.Checker("packaging appimage build")
    started = time.monotonic()
    built = pkgcheck.run(["cmake", "--build", args.build, "--target", "appimage"], check=False, timeout=600)
    if not c.check(built.returncode == 0, f"the appimage target failed:\n{built.stdout[-4000:]}{built.stderr[-4000:]}"):
        c.done()
    print(f"built in {time.monotonic() - started:.0f} s")
    appimage = appimage_path(args.build, args.version)
    if not c.check(os.access(appimage, os.X_OK), f"{appimage} is missing or not executable"):
        c.done()

    checksum = pkgcheck.run(["sha256sum", "-c", os.path.basename(appimage) + ".sha256"], check=False,
                            cwd=os.path.dirname(appimage))
    c.check(checksum.returncode == 0, f"sha256sum -c: {checksum.stdout}{checksum.stderr}")

    # The type-2 layout, read from the file itself.
    with open(appimage, "rb") as f:
        data = f.read(1 << 21)
    c.check(data[:4] == b"\x7fELF" and data[4] == 2, "the AppImage does not start with a 64-bit ELF header")
    c.check(data[8:11] == b"AI\x02", f"no AppImage type-2 magic at offset 8: {data[8:11]!r}")
    offset = elf_image_offset(data)
    c.check(data[offset:offset + 4] == b"hsqs", f"no squashfs image at the end of the ELF file (offset {offset})")
    sections = pkgcheck.run(["readelf", "-S", "-W", appimage]).stdout
    for name in (".upd_info", ".sha256_sig", ".sig_key"):
        c.check(re.search(rf"\s{re.escape(name)}\s+PROGBITS", sections), f"the runtime has no {name} section")
    runtime = os.path.join(args.build, "packaging", "appimage", "runtime", "appimage-runtime")
    kind = pkgcheck.run(["file", "-b", runtime]).stdout
    c.check("statically linked" in kind, f"the runtime is not statically linked: {kind.strip()}")

    with tempfile.TemporaryDirectory(prefix="leo-kiosk-appimage-") as tmp:
        env = isolated_env(tmp, QT_QPA_PLATFORM="offscreen")
        for option, expected in (("--appimage-offset", str(offset)), ("--appimage-version", "type 2")):
            out = pkgcheck.run([appimage, option], check=False, env=env)
            c.check(out.returncode == 0 and expected in out.stdout, f"{option}: {out.returncode} {out.stdout!r}")

        # What libappimage sees.
        inspected = pkgcheck.run([args.inspect, appimage, f"{APP_ID}.desktop", "usr/bin/qt.conf",
                                  "usr/share/leo-kiosk/fonts.conf"], check=False, env=env)
        report = inspected.stdout.splitlines()
        c.check(inspected.returncode == 0, f"appimage_inspect failed: {inspected.stderr}")
        c.check("type 2" in report, f"libappimage: not type 2: {report[:1]}")
        c.check(f"offset {offset}" in report, f"libappimage: payload offset {report[1:2]}, expected {offset}")
        files = {line[5:] for line in report if line.startswith("file ")}
        expected = expected_files(args)
        missing = sorted(expected - files)
        c.check(not missing, f"libappimage: the AppImage lacks {missing}")
        excluded = list_file(os.path.join(SOURCE, "packaging", "appimage", "excludelist"))
        import fnmatch
        carried = sorted(f for f in files if f.startswith("usr/lib/") and
                         any(fnmatch.fnmatchcase(os.path.basename(f), p) for p in excluded))
        c.check(not carried, f"the AppImage carries libraries of the excludelist: {carried}")
        for name in (f"{APP_ID}.desktop", "usr/bin/qt.conf", "usr/share/leo-kiosk/fonts.conf"):
            c.check(any(re.fullmatch(rf"read {re.escape(name)} [1-9]\d*", line) for line in report),
                    f"libappimage cannot read {name}")
        print(f"libappimage: type 2, {len(files)} paths, the {len(expected)} expected ones present")

        # --appimage-extract, and the RUNPATHs it shows.
        extracted = pkgcheck.run([appimage, "--appimage-extract"], check=False, env=env, cwd=tmp)
        root = os.path.join(tmp, "squashfs-root")
        c.check(extracted.returncode == 0 and os.access(os.path.join(root, "AppRun"), os.X_OK),
                f"--appimage-extract: {extracted.returncode} {extracted.stderr}")
        for path, runpath in (("usr/bin/leo-kiosk", "$ORIGIN/../lib"), ("usr/lib/libQt6Core.so.6", "$ORIGIN"),
                              ("usr/plugins/platforms/libqxcb.so", "$ORIGIN/../../lib")):
            dynamic = pkgcheck.run(["readelf", "-d", os.path.join(root, path)], check=False).stdout
            c.check(f"Library runpath: [{runpath}]" in dynamic, f"{path}: RUNPATH is not {runpath}")

        # The kiosk's own command line, run from the AppImage.
        version = pkgcheck.run([appimage, "--version"], check=False, env=env, timeout=60)
        c.check(version.returncode == 0 and version.stdout.strip() == f"leo-kiosk {args.version}",
                f"AppImage --version: {version.returncode} {version.stdout!r} {version.stderr[-2000:]!r}")
        helped = pkgcheck.run([appimage, "--help"], check=False, env=env, timeout=60)
        c.check(helped.returncode == 0 and "--check-config" in helped.stdout,
                f"AppImage --help: {helped.returncode} {helped.stdout[:500]!r} {helped.stderr[-2000:]!r}")
        leftovers = os.listdir(env["TMPDIR"])
        c.check(not leftovers, f"the runtime left {leftovers} in TMPDIR")
    c.done()


def expected_files(args):
    plugins = list_file(os.path.join(SOURCE, "packaging", "appimage", "qt-plugins.txt"))
    runtime_libraries = list_file(os.path.join(SOURCE, "packaging", "appimage", "runtime-libraries.txt"))
    expected = {"AppRun", ".DirIcon", f"{APP_ID}.desktop", f"{APP_ID}.svg", "usr/bin/leo-kiosk", "usr/bin/qt.conf",
                f"usr/share/metainfo/{APP_ID}.metainfo.xml", "usr/share/leo-kiosk/fonts.conf",
                "usr/share/fonts/fonts-dejavu-core/DejaVuSans.ttf", "usr/share/fonts/fonts-dejavu-core/DejaVuSans-Bold.ttf",
                "usr/translations/qtbase_fr.qm", "usr/translations/qtbase_en.qm",
                "usr/share/doc/libqt6core6/copyright", "usr/share/doc/fonts-dejavu-core/copyright",
                f"usr/lib/{cache_value(args.build, 'LEOKIOSK_SQLCIPHER_LIBRARY')}"}
    expected.update(f"usr/plugins/{p}" for p in plugins)
    expected.update(f"usr/lib/{name}" for name in runtime_libraries)
    expected.update(f"usr/lib/{name}" for name in (
        "libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6Network.so.6", "libQt6DBus.so.6",
        "libQt6XcbQpa.so.6", "libQt6WaylandClient.so.6", "libQt6VirtualKeyboard.so.6", "libQt6Quick.so.6",
        "libqt6keychain.so.1", "libicuuc.so.72", "libxkbcommon.so.0", "libxcb-icccm.so.4"))
    expected.update(f"usr/qml/{module}/qmldir" for module in (
        "QtQuick", "QtQuick/Layouts", "QtQuick/Window", "QtQml/Models", "QtQml/WorkerScript",
        "Qt/labs/folderlistmodel", "QtQuick/VirtualKeyboard", "QtQuick/VirtualKeyboard/Settings",
        "QtQuick/VirtualKeyboard/Styles", "QtQuick/VirtualKeyboard/Styles/Builtin",
        "QtQuick/VirtualKeyboard/Components", "QtQuick/VirtualKeyboard/Layouts", "QtQuick/VirtualKeyboard/Plugins"))
    return expected


# --- run --------------------------------------------------------------------------------------------------------
def fuse_usable():
    """(True, why) when this machine can mount FUSE file systems, else (False, why)."""
    if not os.path.exists("/dev/fuse"):
        return False, "/dev/fuse does not exist"
    try:
        fd = os.open("/dev/fuse", os.O_RDWR)
        os.close(fd)
    except OSError as error:
        return False, f"/dev/fuse cannot be opened: {error.strerror}"
    with open("/proc/filesystems", encoding="utf-8") as f:
        if not re.search(r"\sfuse$", f.read(), re.M):
            return False, "the kernel has no fuse file system"
    return True, "/dev/fuse can be opened and the kernel knows fuse"


class Server:
    """leo-ent-server in a temporary folder on 127.0.0.1, with one account."""

    def __init__(self, binary, root):
        self.binary, self.dir = binary, os.path.join(root, "server")
        os.makedirs(self.dir)
        self.config = os.path.join(self.dir, "leo-ent-server.ini")
        with open(self.config, "w", encoding="utf-8") as f:
            f.write("[server]\nlisten_address=127.0.0.1\nport=0\n[store]\ndatabase=leo-ent.db\nkey_file=leo-ent.key\n"
                    "[auth]\naddress_allow_list=127.0.0.1 ::1\n")
        self.log_path = os.path.join(self.dir, "server.log")
        self.process = None

    def command(self, *arguments, stdin=None):
        return pkgcheck.run([self.binary, "--config", self.config, *arguments], input=stdin, cwd=self.dir,
                            timeout=60)

    def add_account(self, login, password):
        self.command("init")
        csv = os.path.join(self.dir, "accounts.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("login,first_name,last_name,profile,school,class,email,mobile\n"
                    f"{login},Adèle,Adams,Student,Lycée Jules Verne,2nde A,,\n")
        self.command("users", "import", csv)
        self.command("users", "set-password", login, stdin=password + "\n")

    def start(self):
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen([self.binary, "--config", self.config, "serve"], cwd=self.dir,
                                        stdout=subprocess.PIPE, stderr=log, text=True)
        log.close()
        line = self.process.stdout.readline()  # the first line, written once it listens
        if not line.startswith("listening on "):
            raise RuntimeError(f"leo-ent-server did not start: {line!r} {self.log()}")
        return line[len("listening on "):].strip()

    def log(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Display:
    def __init__(self):
        read, write = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                                         "-nolisten", "tcp", "-br", "-noreset"], pass_fds=(write,),
                                        stderr=subprocess.DEVNULL)
        os.close(write)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            import select
            ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
        os.close(read)
        if not number.strip().isdigit():
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.name = ":" + number.decode().strip()

    def env(self):
        return dict(os.environ, DISPLAY=self.name)

    def run(self, *args, timeout=20):
        return subprocess.run(list(args), capture_output=True, timeout=timeout, env=self.env())

    def colours(self):
        """The number of distinct colours on the screen (every 4th pixel of every 4th row)."""
        shot = self.run("import", "-window", "root", "-depth", "8", "rgb:-")
        if shot.returncode != 0:
            return 0
        data, width = shot.stdout, 1280
        seen = set()
        for y in range(0, len(data) // (3 * width), 4):
            row = data[y * width * 3:(y + 1) * width * 3]
            seen.update(row[x:x + 3] for x in range(0, len(row) - 2, 12))
        return len(seen)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# What a machine without Qt lacks besides Qt itself: libraries only Qt, leo-kiosk and the on-screen keyboard use.
# They are hidden too, so that the AppImage must bring them. (Libraries an excluded system library also needs, such
# as libpng for FreeType, stay visible: the machine has them whenever it has that library.)
QT_ONLY_LIBRARIES = ("libQt6", "libqt6keychain", "libicu", "libdouble-conversion", "libmd4c", "libb2.", "libpcre2-16",
                     "libxcb-icccm", "libxcb-image", "libxcb-keysyms", "libxcb-render-util", "libxcb-util",
                     "libxkbcommon-x11", "libqrencode", "libsodium", "libsqlcipher", "libhunspell")


def masked_paths(appimage_libs):
    """Files to hide (the system's copies of what the AppImage must bring) and folders to hide (Qt's plugins, QML
    modules and translations, and the system fonts)."""
    files = set()
    for name in os.listdir(SYSTEM_LIBDIR):
        path = os.path.join(SYSTEM_LIBDIR, name)
        if os.path.isfile(path) and not os.path.islink(path) and name.startswith(QT_ONLY_LIBRARIES):
            files.add(path)
    missing = [lib for lib in ("libQt6Core.so.6", "libicuuc.so.72", "libsqlcipher.so.1")
               if not any(lib.startswith(n.split(".so")[0]) for n in appimage_libs)]
    if missing:
        raise RuntimeError(f"the AppImage does not carry {missing}")
    folders = [d for d in (f"{SYSTEM_LIBDIR}/qt6", "/usr/share/qt6", "/usr/lib/qt6", "/usr/share/fonts")
               if os.path.isdir(d)]
    return sorted(files), folders


def namespace_main(spec_path):
    """Runs as root in its own process: a private mount namespace with the masks, then the AppImage."""
    import ctypes  # loaded before anything is masked (it needs libffi, which the AppImage carries too)
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    libc = ctypes.CDLL(None, use_errno=True)
    CLONE_NEWNS, MS_REC, MS_PRIVATE, MS_BIND, MS_RDONLY = 0x00020000, 16384, 1 << 18, 4096, 1
    result = {"masked_files": 0, "masked_folders": 0}

    def write_result():
        with open(spec["result"] + ".part", "w", encoding="utf-8") as f:
            json.dump(result, f)
        os.rename(spec["result"] + ".part", spec["result"])

    def mount(source, target, fstype, flags, data=None):
        if libc.mount(source.encode() if source else None, target.encode(), fstype.encode() if fstype else None,
                      flags, data.encode() if data else None) != 0:
            raise OSError(ctypes.get_errno(), f"mount {target}")

    try:
        if libc.unshare(CLONE_NEWNS) != 0:
            raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNS)")
        mount(None, "/", None, MS_REC | MS_PRIVATE)
        for path in spec["mask_files"]:
            mount(spec["empty_file"], path, None, MS_BIND)
            result["masked_files"] += 1
        for path in spec["mask_folders"]:
            mount("leo-kiosk-mask", path, "tmpfs", MS_RDONLY, "size=4k,mode=755")
            result["masked_folders"] += 1
        result["qt_core_visible"] = os.path.getsize(os.path.join(SYSTEM_LIBDIR, "libQt6Core.so.6")) > 0
    except OSError as error:
        result["error"] = f"{error.strerror}: {error.filename or error.args}"
        write_result()
        return 1

    env = spec["env"]
    check = subprocess.run([spec["appimage"], "--check-config", "--ent-url", spec["ent_url"]], env=env,
                           capture_output=True, text=True, timeout=60)
    result["check_config"] = {"code": check.returncode, "out": check.stdout[-3000:], "err": check.stderr[-3000:]}
    with open(spec["kiosk_log"], "wb") as log:
        kiosk = subprocess.Popen([spec["appimage"], "--ent-url", spec["ent_url"], "--profile", "kiosk"], env=env,
                                 stdout=log, stderr=subprocess.STDOUT)
    with open(spec["pid_file"] + ".part", "w", encoding="utf-8") as f:
        f.write(str(kiosk.pid))
    os.rename(spec["pid_file"] + ".part", spec["pid_file"])
    try:
        result["exit"] = kiosk.wait(spec["timeout"])
    except subprocess.TimeoutExpired:
        kiosk.kill()
        result["exit"] = f"killed after {spec['timeout']} s"
        kiosk.wait()
    with open("/proc/self/mountinfo", encoding="utf-8") as f:
        result["mounts_left"] = [line.split()[4] for line in f if "/.mount_" in line or "appimage" in line.split()[4]]
    write_result()
    return 0


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def qt_mapped_from(pid):
    """The paths of the Qt libraries process pid has mapped."""
    try:
        with open(f"/proc/{pid}/maps", encoding="utf-8") as f:
            return {line.split()[-1] for line in f if "libQt6Core.so" in line or "libQt6Widgets.so" in line}
    except OSError:
        return set()


def run_mode(c, mode, args, server, display, url, login, password):
    print(f"--- {mode} mode")
    appimage = appimage_path(args.build, args.version)
    with tempfile.TemporaryDirectory(prefix=f"leo-kiosk-appimage-{mode}-") as tmp:
        env = isolated_env(tmp, DISPLAY=display.name, QT_QPA_PLATFORM="xcb")
        if mode == "extract-and-run":
            env["APPIMAGE_EXTRACT_AND_RUN"] = "1"
        empty = os.path.join(tmp, "empty")
        open(empty, "w").close()
        bundled = [line.split("/")[-1] for line in
                   pkgcheck.run([appimage, "--appimage-extract", "usr/lib/*"], cwd=tmp, env=env).stdout.splitlines()
                   if line.startswith("squashfs-root/usr/lib/lib")]
        files, folders = masked_paths(bundled)
        spec = {"appimage": appimage, "ent_url": url, "env": env, "empty_file": empty, "mask_files": files,
                "mask_folders": folders, "pid_file": os.path.join(tmp, "pid"), "result": os.path.join(tmp, "result"),
                "kiosk_log": os.path.join(tmp, "kiosk.log"), "timeout": 90}
        with open(os.path.join(tmp, "spec.json"), "w", encoding="utf-8") as f:
            json.dump(spec, f)
        helper = subprocess.Popen([sys.executable, os.path.abspath(__file__), "namespace",
                                   os.path.join(tmp, "spec.json")])
        try:
            started = wait_for(lambda: os.path.exists(spec["pid_file"]) or os.path.exists(spec["result"]), 90)
            if not c.check(started and os.path.exists(spec["pid_file"]),
                           f"{mode}: the AppImage was not started: {read_json(spec['result'])}"):
                return
            runtime = int(open(spec["pid_file"], encoding="utf-8").read())
            result_so_far = {}
            print(f"masked {len(files)} system libraries (Qt 6 and what only Qt needs) and {folders}")

            # The login screen: a visible window, then a painted screen (text, colours).
            window = wait_for(lambda: display.run("xdotool", "search", "--onlyvisible", "--name", ".*")
                              .stdout.split(), 40)
            c.check(window, f"{mode}: no window appeared; log:\n{tail(spec['kiosk_log'])}")
            colours = wait_for(lambda: (n := display.colours()) >= 24 and n, 30, 0.25)
            c.check(colours, f"{mode}: the login screen was not painted; log:\n{tail(spec['kiosk_log'])}")
            print(f"window {window[:1]}, {colours or 0} colours on screen")

            # Qt comes from the AppImage, not from the (masked) system.
            mapped = set()
            for pid in descendants(runtime):
                mapped |= qt_mapped_from(pid)
            c.check(mapped and all(not p.startswith(("/usr/", "/lib")) for p in mapped),
                    f"{mode}: Qt is not loaded from the AppImage: {sorted(mapped)}")
            print(f"Qt mapped from {sorted(mapped)}")

            # Sign in: the identifier, Enter (the kiosk moves to the password), the password, Enter.
            if window:
                display.run("xdotool", "windowfocus", "--sync", window[0])
                signed_in = sign_in(display, server, login, password)
                c.check(signed_in, f"{mode}: the sign-in did not reach the server; server log:\n"
                                   f"{server.log()[-3000:]}\nkiosk log:\n{tail(spec['kiosk_log'])}")
                if signed_in:
                    print(f"signed in: {signed_in}")

            # SIGTERM to the AppImage: passed on to the kiosk; then the clean-up.
            os.kill(runtime, signal.SIGTERM)
            finished = wait_for(lambda: os.path.exists(spec["result"]), 30)
            c.check(finished, f"{mode}: the AppImage did not end within 30 s of SIGTERM")
            result_so_far = read_json(spec["result"])
        finally:
            if helper.poll() is None:
                helper.kill()
            helper.wait()
        result = result_so_far
        c.check(not result.get("error"), f"{mode}: namespace: {result.get('error')}")
        c.check(result.get("qt_core_visible") is False, f"{mode}: the system's libQt6Core was not masked")
        check = result.get("check_config", {})
        c.check(check.get("code") == 0 and url in check.get("out", "") + check.get("err", ""),
                f"{mode}: --check-config from the AppImage: {check}")
        c.check(result.get("exit") in (0, 128 + signal.SIGTERM),
                f"{mode}: the AppImage's exit code after SIGTERM: {result.get('exit')}")
        c.check(result.get("mounts_left") == [], f"{mode}: mounts left after exit: {result.get('mounts_left')}")
        leftovers = os.listdir(env["TMPDIR"])
        c.check(not leftovers, f"{mode}: left in TMPDIR after exit: {leftovers}")
        with open("/proc/self/mountinfo", encoding="utf-8") as f:
            outside = [line for line in f if tmp in line or "/.mount_leo-ki" in line]
        c.check(not outside, f"{mode}: mounts left on the machine: {outside}")
        c.check(not any(os.path.exists(f"/proc/{pid}") for pid in [runtime]),
                f"{mode}: the runtime is still running")
        log = tail(spec["kiosk_log"], 100000)
        for bad in ("Could not load the Qt platform plugin", "Cannot find font", "module \"QtQuick"):
            c.check(bad not in log, f"{mode}: the kiosk says: {bad}\n{log[-3000:]}")
        print(f"{mode}: --check-config exit 0, exit {result.get('exit')} after SIGTERM, no mount, TMPDIR empty")


def sign_in(display, server, login, password):
    before = server.log()
    display.run("xdotool", "type", "--delay", "30", login)
    display.run("xdotool", "key", "Return")
    display.run("xdotool", "type", "--delay", "30", password)
    display.run("xdotool", "key", "Return")

    def seen():
        new = server.log()[len(before):]
        login_ok = re.search(r"POST /auth/(login|oauth2/token)\S* (200|302)", new)
        userinfo = re.search(r"GET /auth/oauth2/userinfo\S* 200", new)
        return login_ok and userinfo and f"{login_ok.group(0)}, then {userinfo.group(0)}"
    return wait_for(seen, 30, 0.2)


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def tail(path, size=3000):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()[-size:]
    except OSError:
        return ""


def check_run(args):
    if os.geteuid() != 0:
        print("skipped: needs root (a mount namespace to hide the system's Qt)")
        sys.exit(pkgcheck.SKIP)
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"), ("import", "imagemagick")):
        pkgcheck.need_tool(tool, package)
    c = pkgcheck.Checker("packaging appimage run")
    if not os.access(appimage_path(args.build, args.version), os.X_OK):
        c.fail("no AppImage: packaging_appimage_build builds it")
        c.done()
    usable, why = fuse_usable()
    modes = ["fuse", "extract-and-run"] if usable else ["extract-and-run"]
    print(f"FUSE: {why}: testing {' and '.join(modes)}" if usable else
          f"FUSE cannot be used here ({why}): testing extract-and-run only")
    login, password = "adele.adams", "Kiosk-" + secrets.token_hex(6) + "-9a"
    with tempfile.TemporaryDirectory(prefix="leo-kiosk-appimage-server-") as root:
        server = Server(args.server, root)
        display = None
        try:
            server.add_account(login, password)
            url = server.start()
            display = Display()
            for mode in modes:
                run_mode(c, mode, args, server, display, url, login, password)
        finally:
            server.stop()
            if display:
                display.stop()
    c.done()


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "namespace":
        sys.exit(namespace_main(sys.argv[2]))
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("build", "run"))
    for option in ("--source", "--build", "--version", "--inspect", "--server"):
        parser.add_argument(option)
    args = parser.parse_args()
    check_build(args) if args.what == "build" else check_run(args)


if __name__ == "__main__":
    main()
