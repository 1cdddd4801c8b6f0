#!/usr/bin/python3
"""Nothing a screen reader asks may crash the kiosk, and every screen names its focusable widgets uniquely.

    test_fuzz.py names   every help screen: each focusable widget has a name, no two share one
    test_fuzz.py fuzz    every node of every screen asked for each child index 0..count+2 while a second AT-SPI
                         client (this script, "navigate") changes screens as fast as the kiosk answers; the kiosk
                         never dies and still answers afterwards
"""
import os
import subprocess
import sys
import time

import gi

from kioskstack import (Account, Atspi, KioskStack, check, find_all, name_problems, poll, press, run, wait_for,
                        walk)

R = Atspi.Role
HELP = "Besoin d'aide ?"
HOME = "RETOUR À L'ÉCRAN D'ACCUEIL"
TOPICS = ["Vous avez perdu votre mot de passe ?", "J'ai reçu un code", "Vous avez perdu votre identifiant ?",
          "Vous êtes toujours perdu ?", "Vous souhaitez contacter l'assistance ?"]
FUZZ_SECONDS = 12


def names():
    with KioskStack([]) as stack:
        app = stack.app
        problems = [f"login: {p}" for p in name_problems(app)]
        press(app, HELP)
        problems += [f"{HELP}: {p}" for p in name_problems(app)]
        for topic in TOPICS:
            press(app, topic)
            wait_for(app, R.PUSH_BUTTON, HOME)
            problems += [f"{topic}: {p}" for p in name_problems(app)]
            press(app, HOME)
            press(app, HELP)
        check(not problems, "\n".join(problems))


def _app_of(pid):
    def find():
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == pid:
                return app
        return None
    app = poll(find, 20, "the kiosk")
    app.set_cache_mask(Atspi.Cache.NONE)
    return app


def navigate(pid, seconds):
    """The second client: presses whatever navigation button is shown, round and round, until the deadline."""
    Atspi.init()
    app = _app_of(pid)
    buttons = [HELP] + TOPICS + [HOME]
    deadline = time.monotonic() + seconds
    step = 0
    while time.monotonic() < deadline:
        name = buttons[step % len(buttons)]
        step += 1
        try:
            nodes = find_all(app, R.PUSH_BUTTON, name)
            if nodes:
                action = nodes[0].get_action_iface()
                action.do_action(0)
            elif name == HOME:  # somewhere without the button: start again from the login screen
                for node in find_all(app, R.PUSH_BUTTON, pattern="(?i)^retour"):
                    node.get_action_iface().do_action(0)
        except gi.repository.GLib.Error:
            pass  # the screen changed under us: that is the point


def fuzz():
    with KioskStack([]) as stack:
        app = stack.app
        # Build every screen once, so that the tree holds them all (hidden ones too).
        press(app, HELP)
        for topic in TOPICS:
            press(app, topic)
            press(app, HOME)
            press(app, HELP)
        press(app, HOME)

        navigator = subprocess.Popen([sys.executable, os.path.abspath(__file__), "navigate", str(stack.kiosk.pid),
                                      str(FUZZ_SECONDS)], stdin=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + FUZZ_SECONDS
            asked = rounds = 0
            while time.monotonic() < deadline:
                rounds += 1
                for node in walk(app, only_showing=False):
                    try:
                        count = node.get_child_count()
                    except gi.repository.GLib.Error:
                        continue
                    for index in range(count + 3):
                        asked += 1
                        try:
                            node.get_child_at_index(index)
                        except gi.repository.GLib.Error:
                            pass  # an index past the end may be refused; the kiosk must not die of it
                    check(stack.alive(), f"the kiosk died (exit {stack.kiosk.returncode}) after {asked} questions")
                    if time.monotonic() >= deadline:
                        break
        finally:
            try:
                navigator.wait(FUZZ_SECONDS + 30)
            except subprocess.TimeoutExpired:
                navigator.kill()
                navigator.wait()
        check(navigator.returncode == 0, f"the navigating client failed ({navigator.returncode})")
        check(stack.alive(), "the kiosk died")
        check(asked > 1000 and rounds > 1, f"only {asked} questions in {rounds} rounds")
        # Still answering: back on the login screen, it signs no one in but says why.
        for node in find_all(app, R.PUSH_BUTTON, HOME):
            node.get_action_iface().do_action(0)
        wait_for(app, R.PUSH_BUTTON, "CONNEXION")
        print(f"{asked} child questions in {rounds} rounds")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "navigate":
        navigate(int(sys.argv[2]), float(sys.argv[3]))
    elif len(sys.argv) == 2 and sys.argv[1] in ("names", "fuzz"):
        run({"names": names, "fuzz": fuzz}[sys.argv[1]])
    else:
        sys.exit(f"usage: {sys.argv[0]} names|fuzz")
