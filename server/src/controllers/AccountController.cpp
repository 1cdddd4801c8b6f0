#include "controllers/AccountController.h"

#include "common/OrderedJson.h"
#include "common/Translator.h"
#include "http/Caller.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"
#include "store/ResetCode.h"
#include "store/SessionStore.h"
#include "store/Store.h"
#include "store/TokenStore.h"
#include "store/UserDirectory.h"

#include "http/HttpResponse.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

AccountController::AccountController(const Parts& parts) : m_parts(parts) {}

void AccountController::addRoutes(Router& router)
{
    router.deleteSecured("/auth/sessions", u"auth"_s,
                         [this](const IncomingRequest&, const Caller& caller, HttpResponse& response) {
                             endOtherSessions(caller, response);
                         });
    router.putSecured("/auth/cgu/revalidate", u"auth"_s,
                      [this](const IncomingRequest&, const Caller& caller, HttpResponse& response) {
                          acceptTerms(caller, response);
                      });
    router.postSecured("/auth/generatePasswordRenewalCode", u"auth"_s,
                       [this](const IncomingRequest& request, const Caller& caller, HttpResponse& response) {
                           renewalCode(request, caller, response);
                       });
}

// Every session of the account but the caller's own, and every OAuth2 authorisation and token (the caller's bearer
// token included, as in ENT Core): 200 with an empty body.
void AccountController::endOtherSessions(const Caller& caller, HttpResponse& response)
{
    m_parts.store.transaction([&](SqlCipher::Database& db) {
        SessionStore::dropAllOf(db, caller.user.id, caller.session ? caller.session->id : QString());
        TokenStore::revokeAllOf(db, caller.user.id);
    });
    HttpReply::empty(response, 200);
}

// ENT Core's PUT /auth/cgu/revalidate: the current terms of use are accepted, needRevalidateTerms clears; 204.
void AccountController::acceptTerms(const Caller& caller, HttpResponse& response)
{
    m_parts.store.transaction([&](SqlCipher::Database& db) {
        db.prepare("UPDATE users SET need_revalidate_terms = 0 WHERE id = ?1").bindText(1, caller.user.id).run();
    });
    HttpReply::empty(response, 204);
}

// Stricter than ENT Core, which lets any teacher sharing a class with the account (and admins) ask: only a Teacher
// or Personnel account of the pupil's own school. Anyone else, and any login that is not a pupil of that school
// (unknown included), gets ENT Core's "not authorised", a 401. The code has the reset codes' rules and replaces a
// pending one; it is not sent anywhere, only shown to the staff member.
void AccountController::renewalCode(const IncomingRequest& request, const Caller& caller, HttpResponse& response)
{
    if (!caller.user.isStaff() || caller.user.schoolId.isEmpty())
        return HttpReply::empty(response, 401);
    const FormData form = request.form();
    const QString login = form.text("login");
    if (login.trimmed().isEmpty())
        return HttpReply::jsonError(response, 400, u"login required"_s);
    const std::optional<UserRecord> pupil = m_parts.users.findByLogin(login);
    if (!pupil || pupil->profile != Profile::Student || pupil->schoolId != caller.user.schoolId)
        return HttpReply::empty(response, 401);
    // ENT Core's generateResetCode finds no federated account under check-federated-login.
    if (pupil->blocked || pupil->passwordHash.isEmpty() || pupil->activationPending ||
        (m_parts.checkFederatedLogin && pupil->federated)) {
        const QString language = m_parts.translator.languageOf(request);
        return HttpReply::jsonError(response, 400, m_parts.translator.text(language, u"auth.renewal.unavailable"_s));
    }
    QString code = ResetCode::generate();
    m_parts.store.transaction([&](SqlCipher::Database& db) { m_parts.resetCodes.issue(db, pupil->id, code); });
    HttpReply::json(response, 200, OrderedJson().add(u"renewalCode"_s, code));
    wipe(code);
}

} // namespace LeoEnt
