#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>

class QWidget;
class QWindow;

namespace LeoKiosk {
struct KioskConfig;
}

namespace LeoKiosk::Gui {

// virtual_keyboard: Qt Virtual Keyboard's runtime input-context plugin only, never its development
// package (Debian's breaks configure), so nothing here includes or links it. prepareEnvironment() must run before
// the QApplication exists: the platform input context is chosen from QT_IM_MODULE, and takes its layout from the
// default QLocale, when the application is constructed.
//
// Once the window exists, a VirtualKeyboard object keeps the focused field above the keyboard (the page that holds
// it gets a bottom margin as tall as the part of it the keyboard covers; a page in KioskPage's template then scrolls
// the field and the button it leads to into the view left above the keyboard; another page moves up if the margin is
// not enough) and
// hides the keyboard's magnified key preview while a secret field (ImhHiddenText or ImhSensitiveData) has the
// focus: Qt Virtual Keyboard 6.4 shows it for every key, password fields included.
class VirtualKeyboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualKeyboard)

public:
    static constexpr int fieldClearance = 16; // px between the focused field and the top of the keyboard

    // With virtual_keyboard: QT_IM_MODULE=qtvirtualkeyboard and the French (AZERTY) layout, whatever the language
    // of the session (the language switch changes the texts, not the keyboard). Without it: nothing changes.
    static void prepareEnvironment(const KioskConfig& config);
    // The plugin was asked for: what prepareEnvironment() sets when virtual_keyboard is on.
    static bool isRequested();

    // Does nothing unless isRequested().
    explicit VirtualKeyboard(QWidget& window, QObject* parent = nullptr);
    ~VirtualKeyboard() override;

    // The keyboard's area in global coordinates; empty while it is hidden.
    static QRect keyboardArea();
    // The keyboard's own window (a QQuickWindow of the plugin), once it has been created.
    static QWindow* keyboardWindow();

private:
    void keepFocusVisible();
    void concealPreviewOfSecrets();
    void restore();
    void shift(QWidget* page, int covered, int lift);

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_shiftedPage;
    QPointer<QObject> m_previewBubble;
};

} // namespace LeoKiosk::Gui
