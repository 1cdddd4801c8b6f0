// For bench/startup.sh: starts a program on an X server and times it as a screen sees it, from outside the process.
//
//   bench-first-frame SETTLE_SECONDS IDLE_SECONDS program [arguments...]
//
// Waits until the screen is blank (the root window's background, one colour), starts the program (fork + exec: the
// clock starts at the fork), and polls the screen every 2 ms: nine full-width rows of the root window, read with
// XGetImage and compared with the blank ones. The first change is the first frame the program painted (Qt maps its
// window without a background of its own and flushes the whole window at once). Then, SETTLE_SECONDS later, its PSS
// (/proc/PID/smaps_rollup), and the CPU it uses over IDLE_SECONDS; then it is ended (SIGTERM, SIGKILL after 5 s).
//
// Prints one line: "<first frame ms> <PSS KiB> <idle CPU ticks>" (-1 for the first frame if none came in 30 s).
// Plain Xlib, no Qt: the measuring side must cost the X server and the CPU next to nothing.
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr int sampledRows = 9;

struct RootWindow
{
    Display* display = nullptr;
    Window root = 0;
    int width = 0;
    int height = 0;

    int rowY(int row) const { return height * (row + 1) / (sampledRows + 1); }

    // One row of the root window's pixels, as the server holds them.
    std::string row(int y) const
    {
        XImage* image = XGetImage(display, root, 0, y, static_cast<unsigned>(width), 1, ~0UL, ZPixmap);
        if (!image)
            return {};
        std::string pixels(image->data, static_cast<std::size_t>(image->bytes_per_line));
        XDestroyImage(image);
        return pixels;
    }

    std::vector<std::string> rows() const
    {
        std::vector<std::string> all;
        for (int i = 0; i < sampledRows; ++i)
            all.push_back(row(rowY(i)));
        return all;
    }
};

// Every sampled pixel the same: nothing but the background is shown.
bool isBlank(const std::vector<std::string>& rows)
{
    if (rows.empty() || rows.front().size() < 4)
        return false;
    const std::string first = rows.front().substr(0, 4);
    for (const std::string& row : rows) {
        for (std::size_t i = 0; i + 4 <= row.size(); i += 4) {
            if (row.compare(i, 4, first) != 0)
                return false;
        }
    }
    return true;
}

long long pssKiB(pid_t pid)
{
    std::ifstream smaps("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string line;
    while (std::getline(smaps, line)) {
        if (line.rfind("Pss:", 0) == 0)
            return std::atoll(line.c_str() + 4);
    }
    return -1;
}

// utime + stime, in clock ticks.
long long cpuTicks(pid_t pid)
{
    std::ifstream statFile("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    const std::size_t afterName = stat.rfind(')'); // the command name may hold spaces
    if (afterName == std::string::npos)
        return -1;
    std::istringstream fields(stat.substr(afterName + 2));
    std::string field;
    long long utime = 0;
    long long stime = 0;
    for (int i = 3; fields >> field; ++i) { // field 3 is the state
        if (i == 14)
            utime = std::atoll(field.c_str());
        if (i == 15) {
            stime = std::atoll(field.c_str());
            break;
        }
    }
    return utime + stime;
}

void end(pid_t pid)
{
    kill(pid, SIGTERM);
    for (int i = 0; i < 500; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            return;
        std::this_thread::sleep_for(10ms);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s SETTLE_SECONDS IDLE_SECONDS program [arguments...]\n", argv[0]);
        return 2;
    }
    const int settleSeconds = std::atoi(argv[1]);
    const int idleSeconds = std::atoi(argv[2]);

    RootWindow screen;
    screen.display = XOpenDisplay(nullptr);
    if (!screen.display) {
        std::fprintf(stderr, "bench-first-frame: no X display\n");
        return 2;
    }
    screen.root = XDefaultRootWindow(screen.display);
    XWindowAttributes attributes;
    XGetWindowAttributes(screen.display, screen.root, &attributes);
    screen.width = attributes.width;
    screen.height = attributes.height;

    // The previous program's window may still be on its way out.
    std::vector<std::string> blank = screen.rows();
    for (const auto deadline = Clock::now() + 5s; !isBlank(blank) && Clock::now() < deadline;) {
        std::this_thread::sleep_for(10ms);
        blank = screen.rows();
    }
    if (!isBlank(blank)) {
        std::fprintf(stderr, "bench-first-frame: the screen is not blank before the start\n");
        return 2;
    }

    const auto started = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[3], argv + 3);
        std::perror("bench-first-frame: exec");
        _exit(127);
    }

    long long firstFrameMs = -1;
    for (const auto deadline = started + 30s; Clock::now() < deadline;) {
        bool changed = false;
        for (int i = 0; i < sampledRows && !changed; ++i)
            changed = screen.row(screen.rowY(i)) != blank[static_cast<std::size_t>(i)];
        if (changed) {
            firstFrameMs = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
            break;
        }
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            std::fprintf(stderr, "bench-first-frame: %s exited before painting\n", argv[3]);
            return 1;
        }
        std::this_thread::sleep_for(2ms);
    }

    std::this_thread::sleep_for(std::chrono::seconds(settleSeconds));
    const long long pss = pssKiB(pid);
    const long long before = cpuTicks(pid);
    std::this_thread::sleep_for(std::chrono::seconds(idleSeconds));
    const long long idleTicks = cpuTicks(pid) - before;
    end(pid);
    XCloseDisplay(screen.display);

    std::printf("%lld %lld %lld\n", firstFrameMs, pss, idleTicks);
    return firstFrameMs < 0 ? 1 : 0;
}
