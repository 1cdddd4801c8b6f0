#!/usr/bin/env python3
"""Connection exhaustion against a running leo-ent-server (bench/connection-exhaustion.sh starts one).

Holds SLOW slowloris connections (a request head started, then one header byte every TRICKLE seconds) and IDLE
connections that send nothing, spread over loopback source addresses 127.0.0.x (PER_ADDRESS each, under the
server's per-address cap), then times LOGINS sign-ins (POST /auth/login, one connection each, from 127.0.1.x)
while they are held, reads the server's RSS, and waits until the server has cut the held connections.
Usage: connection-hold.py HOST PORT SERVER_PID LOGIN PASSWORD [slow] [idle] [logins]
"""
import selectors
import socket
import sys
import time

host, port, pid, login, password = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
SLOW = int(sys.argv[6]) if len(sys.argv) > 6 else 500
IDLE = int(sys.argv[7]) if len(sys.argv) > 7 else 500
LOGINS = int(sys.argv[8]) if len(sys.argv) > 8 else 20
PER_ADDRESS = 20
TRICKLE = 1.0


def rss_kib():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def connect_from(index):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((f"127.0.{index // (PER_ADDRESS * 250)}.{10 + (index // PER_ADDRESS) % 250}", 0))
    sock.connect((host, port))
    sock.setblocking(False)
    return sock


def login_once(n):
    body = f"email={login}&password={password}".encode()
    request = (f"POST /auth/login HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n"
               f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    started = time.monotonic()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((f"127.0.1.{1 + n % 250}", 0))
    sock.settimeout(30)
    sock.connect((host, port))
    sock.sendall(request)
    answer = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        answer += chunk
    sock.close()
    return time.monotonic() - started, answer.split(b"\r\n", 1)[0].decode(errors="replace")


rss_before = rss_kib()
opened = time.monotonic()
slow = [connect_from(i) for i in range(SLOW)]
idle = [connect_from(SLOW + i) for i in range(IDLE)]
for sock in slow:
    sock.send(f"POST /auth/login HTTP/1.1\r\nHost: {host}\r\nX-Slow: ".encode())
print(f"held: {SLOW} slowloris + {IDLE} idle connections opened in {time.monotonic() - opened:.2f} s "
      f"from {(SLOW + IDLE + PER_ADDRESS - 1) // PER_ADDRESS} addresses")

times = []
statuses = set()
for n in range(LOGINS):
    elapsed, status = login_once(n)
    times.append(elapsed)
    statuses.add(status)
rss_held = rss_kib()
times.sort()
print(f"logins while held: {LOGINS}, answers {sorted(statuses)}, p50 {1000 * times[len(times) // 2]:.1f} ms, "
      f"max {1000 * times[-1]:.1f} ms")
print(f"server RSS: {rss_before} KiB before, {rss_held} KiB with the connections held")

# Trickle a byte a second on the slow ones; note when the server has closed every held connection.
selector = selectors.DefaultSelector()
for sock in slow + idle:
    selector.register(sock, selectors.EVENT_READ)
open_count = len(slow) + len(idle)
last_trickle = 0.0
while open_count and time.monotonic() - opened < 120:
    if time.monotonic() - last_trickle >= TRICKLE:
        last_trickle = time.monotonic()
        for sock in slow:
            if sock.fileno() >= 0:
                try:
                    sock.send(b"x")
                except OSError:
                    pass
    for key, _ in selector.select(timeout=0.1):
        try:
            data = key.fileobj.recv(4096)
        except OSError:
            data = b""
        if not data:
            selector.unregister(key.fileobj)
            key.fileobj.close()
            open_count -= 1
print(f"every held connection cut by the server {time.monotonic() - opened:.1f} s after it opened"
      if not open_count else f"{open_count} connections still open after 120 s")
