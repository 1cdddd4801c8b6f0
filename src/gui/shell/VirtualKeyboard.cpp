#include "gui/shell/VirtualKeyboard.h"

#include "core/config/KioskConfig.h"
#include "gui/KioskPage.h"
#include "gui/widgets/PageScrollArea.h"

#include <QApplication>
#include <QInputMethod>
#include <QInputMethodQueryEvent>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QWidget>
#include <QWindow>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char pluginName[] = "qtvirtualkeyboard";

bool isSecret(QObject* focus)
{
    if (!focus)
        return false;
    QInputMethodQueryEvent query(Qt::ImHints);
    QCoreApplication::sendEvent(focus, &query);
    const auto hints = Qt::InputMethodHints(query.value(Qt::ImHints).toInt());
    return hints & (Qt::ImhHiddenText | Qt::ImhSensitiveData);
}

KioskPage* pageOf(QWidget* widget)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* page = qobject_cast<KioskPage*>(w))
            return page;
    }
    return nullptr;
}

// The button a field leads to: the page's default button, or the first enabled button after it in the tab chain.
QWidget* actionOf(QWidget* focus, const KioskPage* page)
{
    for (QWidget* next = focus->nextInFocusChain(); next && next != focus; next = next->nextInFocusChain()) {
        if (!page->isAncestorOf(next))
            break;
        if (auto* button = qobject_cast<QPushButton*>(next); button && button->isVisible() && button->isEnabled())
            return button;
        if (qobject_cast<QLineEdit*>(next) && next->isVisible())
            return nullptr; // another field comes first: its own turn will show the button
    }
    return nullptr;
}

} // namespace

void VirtualKeyboard::prepareEnvironment(const KioskConfig& config)
{
    if (!config.virtualKeyboard)
        return;
    qputenv("QT_IM_MODULE", pluginName);
    // The plugin has no setting for its layout outside QML (VirtualKeyboardSettings): it starts in the locale of
    // the input context, which is QLocale() when the application is built. French (France) is the AZERTY layout
    // with é è à ç ù, '.', '-', '@' and the digits. LanguageManager sets the default locale again afterwards.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

bool VirtualKeyboard::isRequested()
{
    return qgetenv("QT_IM_MODULE") == pluginName;
}

VirtualKeyboard::VirtualKeyboard(QWidget& window, QObject* parent) : QObject(parent), m_window(&window)
{
    if (!isRequested())
        return;
    QInputMethod* inputMethod = QGuiApplication::inputMethod();
    connect(inputMethod, &QInputMethod::visibleChanged, this, &VirtualKeyboard::keepFocusVisible);
    connect(inputMethod, &QInputMethod::keyboardRectangleChanged, this, &VirtualKeyboard::keepFocusVisible);
    connect(inputMethod, &QInputMethod::visibleChanged, this, &VirtualKeyboard::concealPreviewOfSecrets);
    connect(qApp, &QApplication::focusChanged, this, &VirtualKeyboard::keepFocusVisible);
    connect(qApp, &QGuiApplication::focusObjectChanged, this, &VirtualKeyboard::concealPreviewOfSecrets);
}

VirtualKeyboard::~VirtualKeyboard()
{
    restore();
}

QWindow* VirtualKeyboard::keyboardWindow()
{
    // Looked up through the QML tree once: the plugin keeps its window until the application quits.
    static QPointer<QWindow> found;
    if (found)
        return found;
    const QWindowList windows = QGuiApplication::topLevelWindows();
    for (QWindow* window : windows) {
        if (window->inherits("QQuickWindow") && window->findChild<QObject*>(u"keyboard"_s))
            return found = window;
    }
    return nullptr;
}

QRect VirtualKeyboard::keyboardArea()
{
    const QInputMethod* inputMethod = QGuiApplication::inputMethod();
    if (!inputMethod->isVisible())
        return {};
    QRect area = inputMethod->keyboardRectangle().toAlignedRect();
    // The plugin gives the rectangle in the coordinates of its own window, which covers the screen.
    if (const QWindow* window = keyboardWindow())
        area.translate(window->position());
    return area;
}

void VirtualKeyboard::keepFocusVisible()
{
    QWidget* focus = QApplication::focusWidget();
    KioskPage* page = focus && m_window && m_window->isAncestorOf(focus) ? pageOf(focus) : nullptr;
    if (m_shiftedPage && m_shiftedPage != page)
        restore();
    const QRect keyboard = keyboardArea();
    if (!page || keyboard.isEmpty())
        return restore();

    const int pageBottom = page->mapToGlobal(QPoint(0, page->height())).y();
    const int covered = pageBottom - keyboard.top();
    if (covered <= 0)
        return restore();
    shift(page, covered, 0);
    // A page in the template scrolls: its view now ends above the keyboard; the field, then its action, is scrolled
    // into that view.
    if (PageScrollArea* area = page->findChild<PageScrollArea*>(); area && area->isAncestorOf(focus)) {
        if (QWidget* action = actionOf(focus, page))
            area->reveal(action);
        area->reveal(focus);
    }
    const int fieldBottom = focus->mapToGlobal(QPoint(0, focus->height())).y();
    const int over = fieldBottom + fieldClearance - keyboard.top();
    if (over > 0)
        shift(page, covered, over);
}

void VirtualKeyboard::shift(QWidget* page, int covered, int lift)
{
    // The page's layout works in its contents rectangle: a bottom margin makes its spacers give way to the keyboard;
    // a negative top margin moves everything up when the page has nothing left to give.
    const int height = page->height();
    const int minimum = page->layout() ? page->layout()->minimumSize().height() : 0;
    const int laidOut = std::max(height - covered, minimum);
    page->setContentsMargins(0, -lift, 0, height + lift - laidOut);
    if (page->layout())
        page->layout()->activate();
    m_shiftedPage = page;
}

void VirtualKeyboard::restore()
{
    if (m_shiftedPage) {
        m_shiftedPage->setContentsMargins(0, 0, 0, 0);
        if (m_shiftedPage->layout())
            m_shiftedPage->layout()->activate();
    }
    m_shiftedPage = nullptr;
}

void VirtualKeyboard::concealPreviewOfSecrets()
{
    if (!m_previewBubble) {
        if (QWindow* window = keyboardWindow())
            m_previewBubble = window->findChild<QObject*>(u"characterPreviewBubble"_s);
    }
    if (!m_previewBubble)
        return;
    // Its visibility is bound in the plugin's QML; its opacity is not, so setting it breaks no binding.
    m_previewBubble->setProperty("opacity", isSecret(QGuiApplication::focusObject()) ? 0.0 : 1.0);
}

} // namespace LeoKiosk::Gui
