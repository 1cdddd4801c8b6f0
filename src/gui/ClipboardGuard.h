#pragma once

#include <QPointer>

class QClipboard;

namespace LeoKiosk::Gui {

// Empties what this application put on the clipboard, the X11 selection and the macOS find buffer, and leaves
// alone what other applications own (a pupil's copy from elsewhere is not ours to drop). Used by the session wipe.
class ClipboardGuard final
{
public:
    explicit ClipboardGuard(QClipboard* clipboard);

    void wipe() const;

private:
    QPointer<QClipboard> m_clipboard;
};

} // namespace LeoKiosk::Gui
