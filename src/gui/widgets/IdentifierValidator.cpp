#include "gui/widgets/IdentifierValidator.h"

#include "core/session/KioskSession.h"

#include <QLineEdit>

namespace LeoKiosk::Gui {

IdentifierValidator::IdentifierValidator(QObject* parent)
    : QValidator(parent)
{
}

IdentifierValidator::~IdentifierValidator() = default;

void IdentifierValidator::attachTo(QLineEdit* lineEdit)
{
    lineEdit->setValidator(new IdentifierValidator(lineEdit));
    lineEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText | Qt::ImhPreferLowercase);
}

QValidator::State IdentifierValidator::validate(QString& input, int& position) const
{
    const QString normalized = KioskSession::normalizeLogin(input);
    if (normalized != input) {
        // The part before the cursor is normalised on its own, so the cursor moves back by what was removed there.
        position = int(KioskSession::normalizeLogin(input.left(position)).size());
        input = normalized;
    }
    return Acceptable;
}

void IdentifierValidator::fixup(QString& input) const
{
    input = KioskSession::normalizeLogin(input);
}

} // namespace LeoKiosk::Gui
