#pragma once

#include "support/KioskHarness.h"
#include "support/ReferenceServer.h"

#include <QString>
#include <QStringList>

#include <memory>

// Weeks of use in one process (issue #11): the kiosk as the program builds it (KioskHarness → App::KioskApplication,
// real widgets) driven through its widgets against the real reference server, with what the process holds sampled
// from /proc/self between flows. Shared by bench/soak/soak_driver.cpp (the benchmark, 2000 cycles on demand) and
// tests/integration/tst_soak.cpp (the suite's short version).
namespace LeoKiosk::Soak {

// What the process holds at one moment.
struct Sample
{
    QString label;
    int signIns = 0;        // sign-in/out cycles done so far
    int lostPasswords = 0;  // lost-password flows done so far
    int codes = 0;          // code-entry flows done so far
    qint64 rssKiB = -1;     // VmRSS
    qint64 pssKiB = -1;     // Pss of /proc/self/smaps_rollup
    int fds = -1;           // entries of /proc/self/fd
    int threads = -1;       // entries of /proc/self/task
    qint64 qobjects = -1;   // QObjects alive (Qt's object hooks; -1 when ObjectCounter::install() came too late)
    double seconds = 0;     // since the runner started

    static QString header();
    QString line() const;
};

// Counts the QObjects alive through Qt's hooks (qtHookData, the ones GammaRay uses). Call install() before the
// QApplication is built, so that every object is counted from its birth.
namespace ObjectCounter {
void install();
bool installed();
qint64 alive();
} // namespace ObjectCounter

// The process's figures now (the label and the counters left empty).
Sample sampleProcess();

class Runner final
{
    Q_DISABLE_COPY_MOVE(Runner)

public:
    Runner();
    ~Runner();

    // The reference server with three accounts (sign-in, lost password, code entry), its mail in an outbox folder,
    // then the kiosk, shown. False with error() on failure.
    bool start();
    QString error() const { return m_error; }

    // Each drives one flow through the widgets and comes back to the login screen; false with error() on failure.
    bool signInOut();    // identifier, password, CONNEXION, the greeting, Se déconnecter, the logout ended
    bool lostPassword(); // Besoin d'aide ? → Mot de passe oublié → identifier, ENVOYER, neutral answer, Accueil
    bool codeEntry();    // lost password, then "J'ai reçu un code": identifier and the mailed code, a new password
                         // twice, back on the login screen

    // Pending deferred deletions run, then the process sampled.
    Sample sample(const QString& label);

    int signIns() const { return m_signIns; }
    int lostPasswords() const { return m_lostPasswords; }
    int codes() const { return m_codes; }

private:
    bool fail(const QString& why);
    bool settle();
    bool openLostPassword(const QString& login);
    QString takeMailedCode();

    Test::ReferenceServer m_server;
    QString m_outbox;
    std::unique_ptr<Test::KioskHarness> m_kiosk;
    QString m_error;
    QString m_codePassword;
    int m_signIns = 0;
    int m_lostPasswords = 0;
    int m_codes = 0;
    qint64 m_startedMs = 0;
};

} // namespace LeoKiosk::Soak
