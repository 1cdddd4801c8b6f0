#include "core/speech/ReadAloud.h"

#include "core/i18n/LanguageManager.h"

#include <QRegularExpression>
#include <QTextToSpeech>
#include <QVoice>

#include <optional>

namespace LeoKiosk {

using namespace Qt::Literals::StringLiterals;

namespace {

// speech-dispatcher where Qt has it (Linux): its espeak-ng voices cover the kiosk's languages. Elsewhere the
// platform's default engine.
QString engineName()
{
    const QStringList engines = QTextToSpeech::availableEngines();
    return engines.contains(u"speechd"_s) ? u"speechd"_s : QString();
}

// The engine's locale for a kiosk language: the same locale if there is one ("fr" is fr_FR), else the first of the same
// language ("pt" is pt_PT, and espeak-ng has only pt_BR). The pseudo-language is French lengthened: the French voice.
std::optional<QLocale> localeFor(const QList<QLocale>& locales, const QString& language)
{
    const QLocale wanted(LanguageManager::localeName(language));
    if (wanted.language() == QLocale::C || language.isEmpty())
        return std::nullopt;
    for (const QLocale& locale : locales) {
        if (locale == wanted)
            return locale;
    }
    for (const QLocale& locale : locales) {
        if (locale.language() == wanted.language())
            return locale;
    }
    return std::nullopt;
}

} // namespace

ReadAloud::ReadAloud(QObject* parent) : QObject(parent), m_worker(new QObject)
{
    m_thread.setObjectName(u"leokiosk-speech"_s);
    m_worker->moveToThread(&m_thread);
}

ReadAloud::~ReadAloud()
{
    if (!m_thread.isRunning()) {
        delete m_worker;
        return;
    }
    // Behind whatever was posted: the engine stops and closes on its own thread, then the thread ends.
    QMetaObject::invokeMethod(m_worker, [this] {
        if (m_engine) {
            m_engine->disconnect(m_worker);
            m_engine->stop();
            delete m_engine;
            m_engine = nullptr;
        }
        m_worker->deleteLater(); // deferred deletes run as the thread finishes
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

void ReadAloud::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] { createEngine(); });
}

bool ReadAloud::hasVoice(const QString& language) const
{
    return localeFor(m_voices, language).has_value();
}

void ReadAloud::say(const QString& text, const QString& language)
{
    if (!m_thread.isRunning() || !hasVoice(language) || text.trimmed().isEmpty())
        return;
    QMetaObject::invokeMethod(m_worker, [this, text, language] { sayOnEngine(text, language); });
}

void ReadAloud::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, [this] {
        if (!m_engine || m_engine->state() == QTextToSpeech::Error)
            return;
        m_engine->stop();
        QMetaObject::invokeMethod(this, [this] { Q_EMIT stopSent(); });
    });
}

void ReadAloud::createEngine()
{
    m_engine = new QTextToSpeech(engineName(), m_worker);
    connect(m_engine, &QTextToSpeech::stateChanged, m_worker, [this](QTextToSpeech::State state) {
        const bool speaking = state == QTextToSpeech::Speaking;
        QMetaObject::invokeMethod(this, [this, speaking] { setSpeaking(speaking); });
        if (state == QTextToSpeech::Error)
            reportVoices(); // none any more
    });
    reportVoices();
}

void ReadAloud::reportVoices()
{
    QList<QLocale> locales;
    if (m_engine && m_engine->state() != QTextToSpeech::Error)
        locales = m_engine->availableLocales();
    QMetaObject::invokeMethod(this, [this, locales] { setVoices(locales); });
}

void ReadAloud::sayOnEngine(const QString& text, const QString& language)
{
    if (!m_engine || m_engine->state() == QTextToSpeech::Error)
        return;
    const std::optional<QLocale> locale = localeFor(m_engine->availableLocales(), language);
    if (!locale)
        return;
    if (m_engine->state() != QTextToSpeech::Ready)
        m_engine->stop();
    if (m_engine->locale() != *locale)
        m_engine->setLocale(*locale);
    QVoice voice = m_engine->voice();
    const QList<QVoice> voices = m_engine->availableVoices();
    if (!voices.isEmpty() && (!voices.contains(voice) || voice.locale().language() != locale->language())) {
        voice = voices.first();
        m_engine->setVoice(voice);
    }
    m_engine->say(text);
    const QString name = voice.name();
    const QLocale voiceLocale = voice.name().isEmpty() ? *locale : voice.locale();
    QMetaObject::invokeMethod(this, [this, text, name, voiceLocale] {
        m_voiceName = name;
        m_voiceLocale = voiceLocale;
        Q_EMIT textSent(text);
    });
}

void ReadAloud::setVoices(const QList<QLocale>& locales)
{
    m_voices = locales;
    Q_EMIT voicesChanged();
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged(speaking);
}

QString ReadAloud::redacted(const QString& text, const QStringList& secrets)
{
    QString spoken = text;
    for (const QString& secret : secrets) {
        const QString trimmed = secret.trimmed();
        if (trimmed.size() < 3)
            continue;
        spoken.replace(trimmed, u" "_s, Qt::CaseInsensitive);
    }
    // An e-mail address, also masked (j***@example.org).
    static const QRegularExpression mail(u"[^\\s@<>()\"',;:]+@[^\\s@<>()\"',;:]+"_s);
    // A code in two groups of four (a renewal code as the kiosk shows it: k3m9-x7pt).
    static const QRegularExpression grouped(u"\\b[A-Za-z0-9]{4}-[A-Za-z0-9]{4}\\b"_s);
    // A run of six or more letters and digits with a digit in it (a mailed code, a phone number, a link's key).
    static const QRegularExpression code(u"\\b(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{6,}\\b"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    spoken.replace(mail, u" "_s);
    spoken.replace(grouped, u" "_s);
    spoken.replace(code, u" "_s);
    spoken.replace(spaces, u" "_s);
    return spoken.trimmed();
}

} // namespace LeoKiosk
