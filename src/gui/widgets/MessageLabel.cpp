#include "gui/widgets/MessageLabel.h"

#include "core/ent/EntStatus.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {

// What a screen reader is told a message is: an alert for an error, a label for the others; the accessible name
// (kind and sentence) is the label's own (MessageLabel::updateAccessibleName).
class AccessibleMessage final : public QAccessibleWidget
{
public:
    explicit AccessibleMessage(QWidget* label) : QAccessibleWidget(label, QAccessible::StaticText) {}

    QAccessible::Role role() const override
    {
        const QWidget* label = widget();
        return label && label->property("messageKind").toString() == u"error"_s ? QAccessible::AlertMessage
                                                                                : QAccessible::StaticText;
    }
};

QAccessibleInterface* messageFactory(const QString& className, QObject* object)
{
    if (className != QLatin1StringView(MessageLabel::staticMetaObject.className()) || !object->isWidgetType())
        return nullptr;
    return new AccessibleMessage(static_cast<QWidget*>(object));
}

} // namespace

MessageLabel::MessageLabel(QWidget* parent)
    : QLabel(parent)
{
    QAccessible::installFactory(&messageFactory); // once: a factory already installed is ignored
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
    updateAccessibleName();
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
    setAccessibleName(QString());
    hide();
}

QString MessageLabel::kindName() const
{
    const QString kind = property("messageKind").toString();
    if (kind == u"error"_s)
        //: Said by a screen reader before an error message, as in "Error: the identifier or the password is wrong"
        return tr("Error");
    if (kind == u"warning"_s)
        //: Said by a screen reader before a warning, as in "Warning: Caps Lock is on"
        return tr("Warning");
    if (property("messagePurpose").toString() == u"result"_s)
        //: Said by a screen reader before the outcome of a help request, as in "Result: if this address is valid…"
        return tr("Result");
    //: Said by a screen reader before an information message, as in "Information: your password is saved"
    return tr("Information");
}

void MessageLabel::updateAccessibleName()
{
    // What the message is, then what it says: "Erreur : L'identifiant ou le mot de passe est incorrect." Setting the
    // name tells assistive technology that it changed (NameChanged).
    const QString kind = kindName();
    //: How a screen reader hears a message: %1 is its kind (Error, Result…), %2 the sentence
    setAccessibleName(text().isEmpty() ? QString() : tr("%1: %2").arg(kind, text()));
    setAccessibleDescription(kind);
}

void MessageLabel::changeEvent(QEvent* event)
{
    // QLabel::setText() already signals NameChanged; a language switch is not a new message, so no alert.
    if (event->type() == QEvent::LanguageChange && m_render) {
        setText(m_render());
        updateAccessibleName();
    }
    QLabel::changeEvent(event);
}

} // namespace LeoKiosk::Gui
