// The soak benchmark's driver (bench/soak/soak.sh): one kiosk process (KioskHarness, real widgets, the program's
// scrub-on-free) against the real reference server, driven by commands on standard input, one per line, as
// tests/integration/memscan_driver.cpp is:
//
//   signin N     N sign-in/out cycles (identifier, password, CONNEXION, the greeting, Se déconnecter)
//   lost N       N lost-password flows (Besoin d'aide ? → Mot de passe oublié → ENVOYER → Accueil)
//   code N       N code-entry flows (lost password, the mailed code, a new password twice, back on the login screen)
//   sample LABEL the process's RSS, PSS, descriptors, threads and live QObjects, as one line of the table
//
// It answers "ready" (after the table's header) once the kiosk is up, then per command a sample line, "ok", or
// "fail <why>" (and stops at the first failure).
#include "SoakRunner.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace LeoKiosk::Soak;
using namespace Qt::StringLiterals;

namespace {

void answer(const QString& text)
{
    std::fputs(qPrintable(text), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    ObjectCounter::install(); // before the first QObject
    QApplication app(argc, argv);
    Runner runner;
    if (!runner.start()) {
        answer(u"fail "_s + runner.error());
        return 1;
    }
    answer(Sample::header());
    answer(u"ready"_s);

    std::string line;
    while (std::getline(std::cin, line)) {
        const QStringList words = QString::fromStdString(line).split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString verb = words.first();
        const QString argument = words.value(1);
        if (verb == u"sample"_s) {
            answer(runner.sample(argument.isEmpty() ? u"-"_s : argument).line());
            continue;
        }
        bool number = false;
        const int count = argument.toInt(&number);
        bool (Runner::*flow)() = nullptr;
        if (verb == u"signin"_s)
            flow = &Runner::signInOut;
        else if (verb == u"lost"_s)
            flow = &Runner::lostPassword;
        else if (verb == u"code"_s)
            flow = &Runner::codeEntry;
        if (!flow || !number || count < 0) {
            answer(u"fail unknown command: "_s + QString::fromStdString(line));
            return 2;
        }
        for (int i = 0; i < count; ++i) {
            if (!(runner.*flow)()) {
                answer(u"fail %1 %2/%3: %4"_s.arg(verb).arg(i + 1).arg(count).arg(runner.error()));
                return 1;
            }
        }
        answer(u"ok"_s);
    }
    return 0;
}
