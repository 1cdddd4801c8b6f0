#include "AdminCli.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (sodium_init() < 0) {
        std::fputs("leo-ent-server: libsodium cannot start\n", stderr);
        return 1;
    }
    const QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leo-ent-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEOKIOSK_VERSION));
    AdminCli cli;
    return cli.run(QCoreApplication::arguments());
}
