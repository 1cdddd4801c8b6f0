#pragma once

#include <QString>

namespace LeoKiosk::KeychainPrompt {

// Whether a keychain call could put a prompt on the screen: an empty string when it cannot, else why it could.
// The rule (issue #11: nothing may ever appear over the kiosk, and the desktop profile uses the keychain only when
// that cannot prompt), asked on the session bus without starting anything:
//   - Linux, KDE session (QtKeychain then uses KWallet): kwalletd5 runs and its network wallet is already open;
//   - Linux, any other session (QtKeychain uses the Secret Service through libsecret): a Secret Service is already on
//     the bus (none is started: bus activation could start one that prompts), it has a default collection (else the
//     first write asks for a password to create one) and that collection is unlocked (else reading it asks for its
//     password). An item kept in another, locked collection could still prompt: the kiosk writes its items to the
//     default collection only;
//   - no session bus at all: no keychain to ask (said as the reason);
//   - Windows: the Credential Manager never prompts.
// Each question waits at most `timeoutMs` for its answer.
QString wouldPrompt(int timeoutMs = 1000);

} // namespace LeoKiosk::KeychainPrompt
