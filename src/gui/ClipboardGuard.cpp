#include "gui/ClipboardGuard.h"

#include <QClipboard>

namespace LeoKiosk::Gui {

ClipboardGuard::ClipboardGuard(QClipboard* clipboard)
    : m_clipboard(clipboard)
{
}

void ClipboardGuard::wipe() const
{
    if (!m_clipboard)
        return;
    if (m_clipboard->ownsClipboard())
        m_clipboard->clear(QClipboard::Clipboard);
    if (m_clipboard->supportsSelection() && m_clipboard->ownsSelection())
        m_clipboard->clear(QClipboard::Selection);
    if (m_clipboard->supportsFindBuffer() && m_clipboard->ownsFindBuffer())
        m_clipboard->clear(QClipboard::FindBuffer);
}

} // namespace LeoKiosk::Gui
