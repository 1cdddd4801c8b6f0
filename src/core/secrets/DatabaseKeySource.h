#pragma once

#include "core/secrets/SecretBytes.h"

#include <QString>
#include <QStringList>

namespace LeoKiosk {

// Where the local database's 256-bit key comes from. Nothing may ever appear over the kiosk, so the key never comes
// from a source that can prompt (issue #11). In this order, the first that is there:
//
//   1. a systemd credential: $CREDENTIALS_DIRECTORY/leo-kiosk-database-key, as systemd hands it to the service with
//      LoadCredentialEncrypted= (sealed with `systemd-creds encrypt`: TPM2 where present, the host key otherwise;
//      packaging/linux/cage/leo-kiosk-database-key.service creates it);
//   2. a key file only the kiosk's account can read: <config>/leo-kiosk/database.key, a regular file owned by the
//      account running the kiosk (or root), mode 0600 or stricter — anything looser is refused, with the reason;
//   3. the keychain, in the desktop profile only, and only when reading it cannot prompt (KeychainSecretStore checks
//      that before every call, see KeychainPrompt); the kiosk profile never calls the keychain;
//   4. memory: a random key for this run; nothing is kept across restarts, which a kiosk can live with.
//
// Both files hold the key as 64 hex digits (a trailing newline allowed) or as 32 raw bytes.
class DatabaseKeySource final
{
public:
    enum class Kind { SystemCredential, KeyFile, Keychain, Memory };

    static constexpr auto credentialName = "leo-kiosk-database-key";
    static constexpr auto keyFileName = "database.key";

    struct Inputs
    {
        QString credentialsDirectory; // $CREDENTIALS_DIRECTORY; empty: not run by systemd with credentials
        QString keyFile;              // empty: no key file is looked for
        bool keychainAllowed = false; // the desktop profile, with a keychain to ask

        // What the program uses: $CREDENTIALS_DIRECTORY, defaultKeyFile(), the keychain in the desktop profile.
        static Inputs fromEnvironment(bool desktopProfile);
    };

    struct Choice
    {
        Kind kind = Kind::Memory;
        QString origin;      // the file read; empty for the keychain and memory
        QStringList refused; // each source that was there but could not be used, and why (never key material)
        SecretBytes key;     // the key read (SystemCredential, KeyFile); empty otherwise
    };

    // Reads the files (small and local: at once). Keychain means "ask the keychain"; Memory, "make one up".
    static Choice choose(const Inputs& inputs);

    // `path` read into `key`: an empty string, or why it was refused. `privateFile`: the owner and mode are checked.
    static QString readKey(const QString& path, bool privateFile, SecretBytes& key);

    // <GenericConfigLocation>/leo-kiosk/database.key (~/.config/leo-kiosk/database.key).
    static QString defaultKeyFile();
    // For --diagnostics and the logs: "systemd credential", "key file", "keychain", "memory".
    static QString name(Kind kind);
};

} // namespace LeoKiosk
