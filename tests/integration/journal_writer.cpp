// Test helper for tst_localstore_keychain: opens the local store in the folder given (real keychain), then journals
// without pause, printing "committed <id>" for every line the store reports on disk. The test kills it with SIGKILL
// half-way through. Prints "mode <n>" and exits 1 if the store is not persistent.
#include "core/secrets/SecretStore.h"
#include "core/storage/LocalStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace LeoKiosk;

namespace {

constexpr int inFlight = 4; // several transactions queued on the store's thread when the kill comes

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    KeychainSecretStore secrets;
    LocalStore::Options options;
    options.directory = QString::fromLocal8Bit(argv[1]);
    LocalStore store(&secrets, options);

    std::function<void()> next;
    next = [&store, &next] {
        store.journal(Journal::Event::SignIn, Journal::Outcome::Success, std::chrono::milliseconds(1), [&next](qint64 id) {
            std::printf("committed %lld\n", static_cast<long long>(id));
            std::fflush(stdout);
            next();
        });
    };
    QObject::connect(&store, &LocalStore::opened, &app, [&](LocalStore::Mode mode) {
        if (mode != LocalStore::Mode::Persistent) {
            std::printf("mode %d\n", int(mode));
            std::fflush(stdout);
            QCoreApplication::exit(1);
            return;
        }
        for (int i = 0; i < inFlight; ++i)
            next();
    });
    store.open();
    return app.exec();
}
