#include "gui/widgets/MessageLabel.h"

#include "core/ent/EntStatus.h"

#include <QAccessible>
#include <QEvent>

namespace LeoKiosk::Gui {

MessageLabel::MessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::NoTextInteraction);
    hide();
}

MessageLabel::~MessageLabel() = default;

void MessageLabel::showMessage(Renderer render)
{
    m_render = std::move(render);
    setText(m_render());
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT announced(text());
}

void MessageLabel::showResult(const EntResult& result)
{
    showMessage([shown = result] { return EntMessages::text(shown); });
}

void MessageLabel::clearMessage()
{
    m_render = {};
    setText(QString());
    hide();
}

void MessageLabel::changeEvent(QEvent* event)
{
    // QLabel::setText() already signals NameChanged; a language switch is not a new message, so no alert.
    if (event->type() == QEvent::LanguageChange && m_render)
        setText(m_render());
    QLabel::changeEvent(event);
}

} // namespace LeoKiosk::Gui
