#include "cli/AdminCli.h"

#include <QCoreApplication>

#include <curl/curl.h>
#include <sodium.h>

#include <cstdio>

using namespace LeoEnt;

int main(int argc, char* argv[])
{
    if (sodium_init() < 0) {
        std::fputs("leo-ent-server: libsodium cannot start\n", stderr);
        return 1;
    }
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) { // before any thread: it is not thread-safe
        std::fputs("leo-ent-server: libcurl cannot start\n", stderr);
        return 1;
    }
    const QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leo-ent-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEOKIOSK_VERSION));
    AdminCli cli;
    return cli.run(QCoreApplication::arguments());
}
