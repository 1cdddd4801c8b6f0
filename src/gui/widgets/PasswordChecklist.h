#pragma once

#include "core/session/PasswordPolicy.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace LeoKiosk {
class AuthContextCache;
}

namespace LeoKiosk::Gui {

class PasswordField;

// The live checklist of the ENT's password rule, for every screen where a new password is chosen: one line per
// PasswordPolicy item, each a glyph and words ("✓ At least 8 characters — met"), so that the state never rests on
// colour alone. Each line is a QLabel whose accessible name gives the state first ("Rule met: At least 8
// characters"); each change of state is announced (NameChanged). Only the states are kept, never the password.
class PasswordChecklist final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChecklist)

public:
    explicit PasswordChecklist(QWidget* parent = nullptr);
    ~PasswordChecklist() override;

    // Lines are named "<item id in camel case>RuleLabel" (minLengthRuleLabel…); another rule makes them again.
    void setPolicy(const PasswordPolicy& policy);
    // The checklist of a page where a new password is chosen: the ENT's rule for `purpose`, taken again whenever the
    // context is updated, checked against the two fields as they are typed (and wiped).
    void follow(AuthContextCache& context,
                PasswordPolicy::Purpose purpose,
                PasswordField* password,
                PasswordField* confirmation);
    // The rule is fetched after start-up; a kiosk that started while the ENT was away asks again when a page opens.
    void refreshRuleIfUnknown();
    void evaluate(const QString& password, const QString& confirmation);
    bool allSatisfied() const { return m_allSatisfied; }

Q_SIGNALS:
    void allSatisfiedChanged(bool allSatisfied);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void followContext();
    void evaluateFields();

    QVBoxLayout* const m_layout;
    QLabel* const m_titleLabel;
    PasswordPolicy m_policy;
    QList<PasswordPolicy::Item> m_items; // in the current language
    QList<QLabel*> m_lines;              // one per item
    QList<bool> m_met;                   // one per item
    bool m_allSatisfied = false;
    QPointer<AuthContextCache> m_context; // set by follow()
    PasswordPolicy::Purpose m_purpose = PasswordPolicy::Purpose::Reset;
    QPointer<PasswordField> m_password;
    QPointer<PasswordField> m_confirmation;
};

} // namespace LeoKiosk::Gui
