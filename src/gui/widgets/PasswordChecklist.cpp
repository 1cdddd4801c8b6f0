#include "gui/widgets/PasswordChecklist.h"

#include "core/session/AuthContextCache.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"

#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {

const char* const ruleStateProperty = "ruleState";

QString lineName(const QString& id)
{
    // "min-length" → "minLengthRuleLabel"
    QString name;
    bool upper = false;
    for (const QChar c : id) {
        if (c == u'-') {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name + u"RuleLabel"_s;
}

} // namespace

PasswordChecklist::PasswordChecklist(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_titleLabel(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_titleLabel->setObjectName(u"checklistTitleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_layout->addWidget(m_titleLabel);
    setPolicy(PasswordPolicy());
}

PasswordChecklist::~PasswordChecklist() = default;

void PasswordChecklist::setPolicy(const PasswordPolicy& policy)
{
    m_policy = policy;
    const QList<PasswordPolicy::Item> items = m_policy.items();
    const bool sameLines = std::equal(items.cbegin(), items.cend(), m_items.cbegin(), m_items.cend(),
                                      [](const PasswordPolicy::Item& a, const PasswordPolicy::Item& b) {
                                          return a.id == b.id;
                                      });
    if (!sameLines) {
        qDeleteAll(m_lines);
        m_lines.clear();
        for (const PasswordPolicy::Item& item : items) {
            auto* line = new QLabel(this);
            line->setObjectName(lineName(item.id));
            line->setTextFormat(Qt::PlainText);
            line->setWordWrap(true);
            m_layout->addWidget(line);
            m_lines.append(line);
        }
        m_met = QList<bool>(items.size(), false);
    }
    m_items = items;
    retranslate();
}

void PasswordChecklist::evaluate(const QString& password, const QString& confirmation)
{
    const PasswordPolicy::Evaluation evaluation = m_policy.evaluate(password, confirmation);
    for (qsizetype i = 0; i < m_met.size() && i < evaluation.items.size(); ++i)
        m_met[i] = evaluation.items[i].satisfied;
    render();
    if (evaluation.allSatisfied() != m_allSatisfied) {
        m_allSatisfied = evaluation.allSatisfied();
        Q_EMIT allSatisfiedChanged(m_allSatisfied);
    }
}

void PasswordChecklist::follow(AuthContextCache& context,
                               PasswordPolicy::Purpose purpose,
                               PasswordField* password,
                               PasswordField* confirmation)
{
    m_context = &context;
    m_purpose = purpose;
    m_password = password;
    m_confirmation = confirmation;
    connect(password->lineEdit(), &QLineEdit::textChanged, this, &PasswordChecklist::evaluateFields);
    connect(confirmation->lineEdit(), &QLineEdit::textChanged, this, &PasswordChecklist::evaluateFields);
    connect(&context, &AuthContextCache::updated, this, &PasswordChecklist::followContext);
    followContext();
}

void PasswordChecklist::refreshRuleIfUnknown()
{
    if (m_context && !m_context->isKnown())
        m_context->refresh();
}

void PasswordChecklist::followContext()
{
    setPolicy(m_context->passwordPolicy(m_purpose));
    evaluateFields();
}

void PasswordChecklist::evaluateFields()
{
    if (m_password && m_confirmation)
        evaluate(m_password->lineEdit()->text(), m_confirmation->lineEdit()->text());
}

void PasswordChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_items = m_policy.items();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PasswordChecklist::retranslate()
{
    //: Above the list of rules a new password must meet, each line marked as met or not met
    m_titleLabel->setText(tr("Your new password must meet every rule:"));
    render();
}

void PasswordChecklist::render()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        QLabel* line = m_lines[i];
        const bool met = m_met[i];
        QString text;
        if (met)
            //: A rule the new password meets; %1 is the rule, such as "At least 8 characters"
            text = tr("✓ %1 — met");
        else
            //: A rule the new password does not meet yet; %1 is the rule, such as "At least 8 characters"
            text = tr("✗ %1 — not met");
        line->setText(text.arg(m_items[i].text));
        // A screen reader hears the state first and without the glyph; a new name is announced (NameChanged).
        const QString name = met
                                 //: How a screen reader hears a rule the new password meets; %1 is the rule
                                 ? tr("Rule met: %1").arg(m_items[i].text)
                                 //: How a screen reader hears a rule the new password does not meet; %1 is the rule
                                 : tr("Rule not met: %1").arg(m_items[i].text);
        if (line->accessibleName() != name)
            line->setAccessibleName(name);
        const QString state = met ? u"met"_s : u"unmet"_s;
        if (line->property(ruleStateProperty).toString() != state) {
            line->setProperty(ruleStateProperty, state);
            line->style()->unpolish(line);
            line->style()->polish(line);
        }
    }
}

} // namespace LeoKiosk::Gui
