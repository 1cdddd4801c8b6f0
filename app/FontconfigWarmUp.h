#pragma once

#include <thread>

namespace LeoKiosk::App {

// Fontconfig reads its configuration and the cache of every installed font the first time Qt asks for a font: about a
// quarter of the work before the kiosk's first frame, all of it on the main thread, while the other cores wait. This
// reads them on another thread from the start of main(), while Qt connects to the display and the configuration is
// loaded; wait() returns once they are read, and must be called before the first widget is built, because fontconfig
// would otherwise read them a second time on the main thread. Where Qt does not use fontconfig (Windows, macOS), it
// does nothing.
class FontconfigWarmUp final
{
public:
    FontconfigWarmUp();
    ~FontconfigWarmUp(); // waits
    FontconfigWarmUp(const FontconfigWarmUp&) = delete;
    FontconfigWarmUp& operator=(const FontconfigWarmUp&) = delete;

    void wait();

private:
    std::thread m_thread;
};

} // namespace LeoKiosk::App
