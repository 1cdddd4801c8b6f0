#pragma once

#include <QValidator>

class QLineEdit;

namespace LeoKiosk::Gui {

// Keeps an ENT identifier in the form the ENT matches (exactly, case-sensitively): while the pupil types, spaces are
// dropped and letters lower-cased, as the ENT's own login form does, and the cursor stays where it was.
class IdentifierValidator final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentifierValidator)

public:
    explicit IdentifierValidator(QObject* parent = nullptr);
    ~IdentifierValidator() override;

    // Makes an identifier field of any screen: this validator, and no capitals or predictions from input methods.
    static void attachTo(QLineEdit* lineEdit);

    State validate(QString& input, int& position) const override;
    void fixup(QString& input) const override;
};

} // namespace LeoKiosk::Gui
