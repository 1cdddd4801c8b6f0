#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

class QTextToSpeech;

namespace LeoKiosk {

// "Écouter": a screen's text read aloud in the kiosk's language, through Qt TextToSpeech (on Linux the speechd engine:
// speech-dispatcher and its espeak-ng voices). The engine lives on a thread of its own: creating it connects to
// speech-dispatcher, or starts it, and the UI thread never waits for that. This object only posts work there and hears
// back through its signals, on its own thread.
//
// start() creates the engine (call it once the window is up); until its answer, and for good if the engine fails or
// has no voice for a language, hasVoice() is false: the window then shows no button rather than one that stays
// silent. A voice is chosen by the language of its locale ("pt" is read by the pt_BR voice when there is no pt_PT;
// the pseudo-language "qps" by the French one).
// Nothing decides here what may be read: the window sends a page's spokenText() through redacted() first.
class ReadAloud final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloud)

public:
    explicit ReadAloud(QObject* parent = nullptr);
    ~ReadAloud() override; // stops reading, then the engine is closed on its thread and the thread joined

    // Creates the engine on the reading thread, once; voicesChanged() when it has answered.
    void start();
    bool isStarted() const { return m_thread.isRunning(); }
    // The kiosk's language ("fr", "ar"…) has a voice. False before start() has answered, or if the engine failed.
    bool hasVoice(const QString& language) const;
    // Reading (the engine says it is speaking).
    bool isSpeaking() const { return m_speaking; }
    // The voice the last text was sent with (empty before any).
    QString voiceName() const { return m_voiceName; }
    QLocale voiceLocale() const { return m_voiceLocale; }

    // Reads `text` in `language`'s voice, after stopping whatever was being read. Ignored without a voice.
    void say(const QString& text, const QString& language);
    // Stops reading now (a new screen, the wipe, another language).
    void stop();

    // What may be heard in a public room: `text` without any of `secrets` (what was typed on the screen, the signed-in
    // login: secrets of fewer than three characters are ignored), nor anything shaped like an e-mail address, a code
    // in two groups of four (abcd-2345) or a run of six letters and digits with a digit in it.
    static QString redacted(const QString& text, const QStringList& secrets);

Q_SIGNALS:
    void voicesChanged();
    void speakingChanged(bool speaking);
    // Exactly what was given to QTextToSpeech::say, once it was given.
    void textSent(const QString& text);
    // QTextToSpeech::stop was called, by stop().
    void stopSent();

private:
    // The reading thread's side, run there only.
    void createEngine();
    void sayOnEngine(const QString& text, const QString& language);
    void reportVoices();

    // The UI thread's side.
    void setVoices(const QList<QLocale>& locales);
    void setSpeaking(bool speaking);

    QThread m_thread;
    QObject* m_worker;                 // lives on m_thread: the context of everything run there
    QTextToSpeech* m_engine = nullptr; // a child of m_worker, touched on m_thread only
    QList<QLocale> m_voices;           // the engine's locales, as last reported (UI thread)
    bool m_speaking = false;
    QString m_voiceName;
    QLocale m_voiceLocale = QLocale::c();
};

} // namespace LeoKiosk
