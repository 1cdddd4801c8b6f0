"""The real kiosk as a screen reader meets it: a private X server, a private D-Bus session bus with the
accessibility bus (at-spi-bus-launcher, at-spi2-registryd), an SMTP sink, the reference ENT server on 127.0.0.1 and
the leo-kiosk binary, all started for one test and all stopped (and their folder removed) on every way out.

Everything the tests do to the kiosk goes through AT-SPI (python3-gi, gir1.2-atspi-2.0), by role and accessible
name only, as Orca does: never an object name. Every wait polls against a deadline.
"""
import contextlib
import ctypes
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SMTP_SINK = os.path.join(HERE, "..", "support", "smtp_sink.py")

_libc = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


def _child_setup():
    # Each helper leads its own process group (stopped as a group), and dies with the test if the test is killed.
    os.setsid()
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def poll(predicate, timeout, what, interval=0.05):
    """Calls predicate until it returns something truthy; that value, or Failure(what) at the deadline."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except gi.repository.GLib.Error as error:  # a node gone under the reader: ask again
            last_error = error
        if time.monotonic() >= deadline:
            raise Failure(f"timed out after {timeout} s: {what}" + (f" ({last_error})" if last_error else ""))
        time.sleep(interval)


def _read_line(stream, timeout, what, process=None):
    """One line from a pipe within the deadline (the helpers print their address or port once ready)."""
    deadline = time.monotonic() + timeout
    buffer = b""
    fd = stream.fileno()
    while b"\n" not in buffer:
        remaining = deadline - time.monotonic()
        check(remaining > 0, f"{what}: nothing within {timeout} s")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 4096)
            check(chunk, f"{what}: exited before it was ready")
            buffer += chunk
    return buffer.split(b"\n", 1)[0].decode().strip()


SESSION_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
# No service directories: nothing is activated on this bus (no keyring: the kiosk keeps its store in memory), and
# the accessibility bus launcher is started by hand.


class Account:
    def __init__(self, login, first, last, profile="Student", school="Lycée Jules Verne", email="", password=""):
        self.login, self.first, self.last = login, first, last
        self.profile, self.school, self.email, self.password = profile, school, email, password


class KioskStack:
    """with KioskStack(accounts) as stack: stack.app is the kiosk's AT-SPI application."""

    def __init__(self, accounts, activation=(), screen="1280x1024x24"):
        self.accounts = list(accounts)
        self.activation_logins = list(activation)
        self.activation_codes = {}
        self.screen = screen
        self.kiosk_bin = os.environ["LEOKIOSK_BIN"]
        self.server_bin = os.environ["LEO_ENT_SERVER_BIN"]
        self.processes = []  # (name, Popen), stopped in reverse order
        self.dir = None
        self.mail_dir = None
        self.kiosk = None
        self.app = None
        self.url = None

    # --- start-up -------------------------------------------------------------------------------------------------

    def __enter__(self):
        # SIGTERM (ctest, a Ctrl+C'd run) unwinds through __exit__ like an exception.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        self.dir = tempfile.mkdtemp(prefix="leokiosk-atspi-")
        try:
            self._start_display()
            self._start_buses()
            self._start_smtp()
            self._start_server()
            self.start_kiosk()
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def _spawn(self, name, args, env=None, stdout=subprocess.DEVNULL, pass_fds=()):
        log = open(os.path.join(self.dir, name + ".log"), "ab")
        process = subprocess.Popen(args, env=env, stdout=stdout, stderr=log, stdin=subprocess.DEVNULL,
                                   preexec_fn=_child_setup, pass_fds=pass_fds, cwd=self.dir)
        log.close()
        self.processes.append((name, process))
        return process

    def _start_display(self):
        read_end, write_end = os.pipe()
        try:
            self._spawn("xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.screen,
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,))
        finally:
            os.close(write_end)
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            number = _read_line(pipe, 20, "Xvfb")
        check(number.isdigit(), f"Xvfb printed {number!r}")
        os.environ["DISPLAY"] = ":" + number

    def _start_buses(self):
        bus_dir = os.path.join(self.dir, "bus")
        os.mkdir(bus_dir, 0o700)
        config = os.path.join(self.dir, "session.conf")
        with open(config, "w") as f:
            f.write(SESSION_BUS_CONFIG.format(dir=bus_dir))
        runtime = os.path.join(self.dir, "run")
        os.mkdir(runtime, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = runtime
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)
        bus = self._spawn("dbus", ["dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1"],
                          stdout=subprocess.PIPE)
        address = _read_line(bus.stdout, 20, "dbus-daemon")
        check(address.startswith("unix:"), f"dbus-daemon printed {address!r}")
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = self._find_libexec("at-spi-bus-launcher")
        # Qt 6.4 finds the accessibility bus through AT_SPI_BUS_ADDRESS or the root window's AT_SPI_BUS property
        # before its bridge listens for being enabled, and then never registers: the kiosk must find it through
        # org.a11y.Bus on the session bus, as on a desktop. So no DISPLAY for the launcher (no root window
        # property) and no AT_SPI_BUS_ADDRESS for the kiosk (start_kiosk).
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        self._spawn("atspi-bus", [launcher, "--launch-immediately"], env=env)
        # The launcher owns org.a11y.Bus once its accessibility bus runs; its address is what every client asks for.
        a11y = poll(self._a11y_address, 20, "the accessibility bus")
        os.environ["AT_SPI_BUS_ADDRESS"] = a11y

    @staticmethod
    def _find_libexec(name):
        for folder in ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/x86_64-linux-gnu/at-spi2-core"):
            path = os.path.join(folder, name)
            if os.access(path, os.X_OK):
                return path
        raise Failure(f"{name} not found (package at-spi2-core)")

    @staticmethod
    def _a11y_address():
        result = subprocess.run(["dbus-send", "--session", "--print-reply=literal", "--dest=org.a11y.Bus",
                                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                capture_output=True, text=True, timeout=5)
        address = result.stdout.strip()
        return address if result.returncode == 0 and address.startswith("unix:") else None

    def _start_smtp(self):
        self.mail_dir = os.path.join(self.dir, "mail")
        smtp = self._spawn("smtp", ["/usr/bin/python3", SMTP_SINK, "--dir", self.mail_dir], stdout=subprocess.PIPE)
        line = _read_line(smtp.stdout, 20, "the SMTP sink")
        match = re.fullmatch(r"listening on (\d+)", line)
        check(match, f"the SMTP sink printed {line!r}")
        self.smtp_port = int(match.group(1))

    def _server(self, *args, stdin=None):
        result = subprocess.run([self.server_bin, "--config", self.server_conf, *args], input=stdin,
                                capture_output=True, cwd=self.server_dir, timeout=60)
        check(result.returncode == 0, f"leo-ent-server {' '.join(args)}: {result.stderr.decode()}")
        return result.stdout.decode()

    def _start_server(self):
        self.server_dir = os.path.join(self.dir, "server")
        os.mkdir(self.server_dir, 0o700)
        self.server_conf = os.path.join(self.server_dir, "server.ini")
        with open(self.server_conf, "w") as f:
            f.write("[server]\nlisten_address=127.0.0.1\nport=0\n\n"
                    "[store]\ndatabase=ent.db\nkey_file=ent.key\n\n"
                    # Every request comes from loopback: the per-address sign-in limit would count them as one client.
                    "[auth]\naddress_allow_list=127.0.0.1 ::1\n\n[recovery]\naddress_allow_list=127.0.0.1 ::1\n\n"
                    f"[mail]\nsmtp_url=smtp://127.0.0.1:{self.smtp_port}\nstarttls=none\nretry_base_s=1\n")
        self._server("init")
        csv = os.path.join(self.server_dir, "accounts.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("login,first_name,last_name,profile,school,class,email,mobile\n")
            for a in self.accounts:
                f.write(f"{a.login},{a.first},{a.last},{a.profile},{a.school},,{a.email},\n")
        self._server("users", "import", csv)
        for a in self.accounts:
            if a.password:
                self._server("users", "set-password", a.login, stdin=(a.password + "\n").encode())
        for login in self.activation_logins:
            self.activation_codes[login] = self._server("users", "set-activation-code", login).strip()
        server = self._spawn("server", [self.server_bin, "--config", self.server_conf, "serve"],
                             stdout=subprocess.PIPE)
        line = _read_line(server.stdout, 30, "leo-ent-server serve")
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)", line)
        check(match, f"leo-ent-server printed {line!r}")
        self.url = match.group(1)

    def start_kiosk(self):
        home = os.path.join(self.dir, "home")
        os.makedirs(home, exist_ok=True)
        env = dict(os.environ)
        env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "QT_LOGGING_RULES": "qt.qpa.*=false",
        })
        env.pop("AT_SPI_BUS_ADDRESS", None)
        conf = os.path.join(self.dir, "leo-kiosk.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write("[General]\nsite_name=Lycee de test\n")
        self.kiosk = self._spawn("kiosk", [self.kiosk_bin, "--config", conf, "--ent-url", self.url,
                                           "--profile", "kiosk"], env=env)
        Atspi.init()
        self.app = poll(self._find_app, 30, "the kiosk on the accessibility bus")
        # No cache: every question goes to the kiosk, as the fuzz and the waits need.
        self.app.set_cache_mask(Atspi.Cache.NONE)
        return self.app

    def _find_app(self):
        check(self.kiosk.poll() is None, f"the kiosk exited with {self.kiosk.returncode}")
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == self.kiosk.pid and app.get_child_count() > 0:
                return app
        return None

    def alive(self):
        return self.kiosk is not None and self.kiosk.poll() is None

    # --- mail ------------------------------------------------------------------------------------------------------

    def mails(self):
        if not os.path.isdir(self.mail_dir):
            return []
        return sorted(os.path.join(self.mail_dir, n) for n in os.listdir(self.mail_dir) if n.endswith(".eml"))

    def wait_for_mail(self, to, before, timeout=30):
        """The text of the first mail to `to` that arrived after the first `before` ones."""
        import email
        from email import policy

        def found():
            for path in self.mails()[before:]:
                with open(path, "rb") as f:
                    message = email.message_from_binary_file(f, policy=policy.default)
                if to in str(message.get("To", "")):
                    part = message.get_body(preferencelist=("plain",))
                    return part.get_content() if part else message.get_content()
            return None
        return poll(found, timeout, f"a mail to {to}", interval=0.1)

    # --- shut-down -------------------------------------------------------------------------------------------------

    def __exit__(self, *exc):
        for name, process in reversed(self.processes):
            _stop(process)
        self.processes.clear()
        if self.dir and os.environ.get("LEOKIOSK_ATSPI_KEEP") != "1":
            shutil.rmtree(self.dir, ignore_errors=True)
        elif self.dir:
            print(f"kept {self.dir}", file=sys.stderr)
        return False

    def log(self, name):
        with contextlib.suppress(OSError), open(os.path.join(self.dir, name + ".log"), errors="replace") as f:
            return f.read()
        return ""


def _stop(process, timeout=5):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        pass
    # The whole group: the accessibility bus launcher's own dbus-daemon and registry, anything a helper started.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout)
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()


# --- reading and driving the kiosk through AT-SPI only -------------------------------------------------------------

MAX_NODES = 4000
MAX_DEPTH = 40


def role_of(node):
    return node.get_role()


def name_of(node):
    return node.get_name() or ""


def states(node):
    return node.get_state_set()


def showing(node):
    s = states(node)
    return s.contains(Atspi.StateType.SHOWING) and s.contains(Atspi.StateType.VISIBLE)


def walk(root, only_showing=True):
    """Every node under root (root included), depth first, pruning what is not shown; bounded."""
    out = []
    stack = [(root, 0)]
    while stack and len(out) < MAX_NODES:
        node, depth = stack.pop()
        if node is None:
            continue
        try:
            if only_showing and depth > 1 and not showing(node):
                continue
            out.append(node)
            if depth >= MAX_DEPTH:
                continue
            count = node.get_child_count()
            children = [node.get_child_at_index(i) for i in range(count)]
        except gi.repository.GLib.Error:
            continue  # gone under the reader
        stack.extend((child, depth + 1) for child in reversed(children))
    return out


def describe(node):
    try:
        return f"{node.get_role_name()} {name_of(node)!r}"
    except gi.repository.GLib.Error as error:
        return f"(gone: {error})"


def dump(root):
    return "\n".join(describe(n) for n in walk(root))


def find_all(root, role=None, name=None, pattern=None):
    found = []
    for node in walk(root):
        try:
            if role is not None and role_of(node) != role:
                continue
            node_name = name_of(node)
            if name is not None and node_name != name:
                continue
            if pattern is not None and not re.search(pattern, node_name):
                continue
        except gi.repository.GLib.Error:
            continue
        found.append(node)
    return found


def wait_for(root, role=None, name=None, pattern=None, timeout=15, what=None):
    """The one shown node with that role and name (or name matching pattern), once there."""
    def one():
        nodes = find_all(root, role, name, pattern)
        return nodes[0] if nodes else None
    try:
        return poll(one, timeout, what or f"{role.value_nick if role else 'any'} {name or pattern!r}",
                    interval=0.1)
    except Failure as failure:
        raise Failure(f"{failure}\nshown:\n{dump(root)}") from None


def wait_gone(root, role, name, timeout=15):
    poll(lambda: not find_all(root, role, name), timeout, f"{role.value_nick} {name!r} no longer shown",
         interval=0.1)


def action(node, wanted):
    iface = node.get_action_iface()
    check(iface is not None, f"{describe(node)} has no actions")
    names = [iface.get_action_name(i) for i in range(iface.get_n_actions())]
    for i, n in enumerate(names):
        if n.lower() == wanted.lower():
            check(iface.do_action(i), f"{describe(node)}: {wanted} refused")
            return
    raise Failure(f"{describe(node)} has no action {wanted} (only {names})")


def press(root, name, role=Atspi.Role.PUSH_BUTTON, timeout=15):
    """The shown button with that name, pressed as a screen reader does (its Press action)."""
    node = wait_for(root, role, name, timeout=timeout)
    poll(lambda: states(node).contains(Atspi.StateType.ENABLED), timeout, f"{name!r} enabled")
    action(node, "Press")
    return node


def focus(node):
    component = node.get_component_iface()
    check(component is not None and component.grab_focus(), f"{describe(node)} cannot take the focus")
    poll(lambda: states(node).contains(Atspi.StateType.FOCUSED), 5, f"{describe(node)} focused")


def type_into(root, name, text, role=None):
    """The shown text field with that accessible name gets the focus and `text` (EditableText, as Orca's typing)."""
    roles = [role] if role else [Atspi.Role.TEXT, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT]

    def field():
        for r in roles:
            nodes = find_all(root, r, name)
            if nodes:
                return nodes[0]
        return None
    node = poll(field, 15, f"a text field named {name!r}", interval=0.1)
    focus(node)
    editable = node.get_editable_text_iface()
    check(editable is not None, f"{describe(node)} is not editable")
    check(editable.set_text_contents(text), f"{describe(node)}: text refused")
    poll(lambda: character_count(node) == len(text), 5, f"{name!r} holds what was typed")
    return node


def character_count(node):
    text = node.get_text_iface()
    return text.get_character_count() if text is not None else 0


def text_of(node):
    text = node.get_text_iface()
    return text.get_text(0, text.get_character_count()) if text is not None else ""


FOCUSABLE_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.TEXT, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT, Atspi.Role.COMBO_BOX, Atspi.Role.LIST,
    Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER, Atspi.Role.LINK,
}


def focusable_nodes(root):
    out = []
    for node in walk(root):
        try:
            s = states(node)
            if s.contains(Atspi.StateType.FOCUSABLE) and s.contains(Atspi.StateType.SHOWING):
                out.append(node)
        except gi.repository.GLib.Error:
            continue
    return out


def name_problems(root):
    """What breaks "every focusable widget has a name, and no two on the screen share one"."""
    problems = []
    seen = {}
    for node in focusable_nodes(root):
        name = name_of(node).strip()
        if not name:
            problems.append(f"no name: {node.get_role_name()}")
            continue
        seen.setdefault(name, []).append(node.get_role_name())
    for name, roles in seen.items():
        if len(roles) > 1:
            problems.append(f"{len(roles)} focusable share the name {name!r}: {', '.join(roles)}")
    return problems


def run(main):
    """Entry point of a test script: exit code 0 when main() returns, 1 with the reason on a Failure."""
    try:
        main()
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        sys.exit(1)
    print("PASS")
