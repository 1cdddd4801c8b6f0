#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

namespace LeoKiosk::Gui {

// "Français | English | العربية | …": one button per available language, each named in its own language so that a visitor finds
// theirs whatever is shown; the language in force is the checked one. Each button is a tab stop of its own (not a
// radio group, where arrow keys would switch the language on the way), yet assistive technology is told they are
// radio buttons, one checked (AccessibleLanguageButton). Emits languageChosen(); the owner applies it and calls
// setCurrentLanguage() with what is in force. The buttons wrap onto a second line where the width runs out
// (FlowLayout), aligned on the trailing side.
class FlowLayout;

class LanguageSwitch final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitch)

public:
    explicit LanguageSwitch(QWidget* parent = nullptr);
    ~LanguageSwitch() override;

    // Codes such as "fr", "en"; the buttons are named "<code>LanguageButton".
    void setLanguages(const QStringList& languages);
    void setCurrentLanguage(const QString& language);

Q_SIGNALS:
    void languageChosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    FlowLayout* const m_layout;
    QList<QPushButton*> m_buttons;
    QString m_current;
};

} // namespace LeoKiosk::Gui
