#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace LeoKiosk {

// Installs the app's and Qt's translators for one language at a time. French is the default; the app's strings are
// written in English, so "en" installs only Qt's own translations. Only the active language is loaded.
//
// The languages offered are the configured ones that have a catalogue (the source language always has one), in the
// configured order. "qps" is a pseudo-language for checking screens: the French catalogue with every word made 40 %
// longer (PseudoTranslator); it is offered only when configured.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    LanguageManager(QStringList available, QString defaultLanguage, QObject* parent = nullptr);
    ~LanguageManager() override;

    QStringList available() const { return m_available; }
    QString current() const { return m_current; }
    QString defaultLanguage() const { return m_default; }

    bool setLanguage(const QString& language); // false if not available or its catalogue cannot be loaded
    void resetToDefault() { setLanguage(m_default); }

    // Whether the kiosk ships a catalogue for the language (the source language and the pseudo-language need none
    // of their own).
    static bool hasCatalogue(const QString& language);
    // Each language in its own name, with a capital: "Français", "English", "العربية", "Українська"…
    static QString nativeName(const QString& language);
    // Right to left for Arabic (and any other right-to-left script), left to right otherwise.
    static Qt::LayoutDirection layoutDirection(const QString& language);
    // The BCP 47 tag of the language, for the engines that take one (the voice of read-aloud, QLocale).
    static QString localeName(const QString& language);

    static constexpr auto pseudoLanguage = "qps";

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    QStringList m_available;
    QString m_default;
    QString m_current;
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace LeoKiosk
