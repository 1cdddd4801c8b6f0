#include "app/FontconfigWarmUp.h"

#if LEOKIOSK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace LeoKiosk::App {

FontconfigWarmUp::FontconfigWarmUp()
{
#if LEOKIOSK_HAVE_FONTCONFIG
    // FcInit keeps the configuration it loads as the process's current one; Qt's later FcInit() finds it there.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontconfigWarmUp::~FontconfigWarmUp()
{
    wait();
}

void FontconfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace LeoKiosk::App
