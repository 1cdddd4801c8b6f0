#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace LeoKiosk {

// Installs the app's and Qt's translators for one language at a time. French is the default; the app's strings are
// written in English, so "en" installs only Qt's own translations. Only the active language is loaded.
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

    static QString nativeName(const QString& language); // "Français", "English"

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
