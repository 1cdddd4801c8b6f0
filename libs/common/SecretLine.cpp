#include "common/SecretLine.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Common {

namespace {

// Echo off for as long as it lives, when standard input is a terminal.
class SilentTerminal final
{
public:
    explicit SilentTerminal(const char* prompt)
    {
#ifdef Q_OS_UNIX
        m_terminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_terminal)
            return;
        std::fputs(prompt, stderr);
        termios silent = m_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
#else
        Q_UNUSED(prompt);
#endif
    }
    ~SilentTerminal()
    {
#ifdef Q_OS_UNIX
        if (!m_terminal)
            return;
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
        std::fputs("\n", stderr);
#endif
    }
    SilentTerminal(const SilentTerminal&) = delete;
    SilentTerminal& operator=(const SilentTerminal&) = delete;

private:
#ifdef Q_OS_UNIX
    bool m_terminal = false;
    termios m_saved{};
#endif
};

} // namespace

std::optional<QByteArray> readSecretLine(const char* prompt)
{
    std::string line;
    line.reserve(1024); // so that reading does not leave reallocated copies behind
    bool read = false;
    {
        const SilentTerminal silent(prompt);
        read = static_cast<bool>(std::getline(std::cin, line));
    }
    if (!read && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray secret(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace Common
