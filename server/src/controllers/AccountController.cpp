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

// ENT Core's AuthResourcesProvider.isClassTeacherByUserLogin (ENT protocol §18.2): the local administrator (ADML) of
// the account's school, or a Teacher or Personnel account that shares a class with it; an ADML's account only for
// another ADML. No super admin exists here. Anyone else, and an unknown login, is refused by the resource check: 401
// with no body (web-utils' Renders.unauthorized). The code has the reset codes' rules and replaces a pending one; it
// is not sent anywhere, only shown to the adult.
bool AccountController::mayMakeCode(const UserRecord& caller, const UserRecord& target)
{
    if (target.adminLocal && !caller.adminLocal)
        return false;
    if (caller.adminLocal)
        return !caller.schoolId.isEmpty() && caller.schoolId == target.schoolId;
    if (!caller.isStaff())
        return false;
    for (const QString& classId : caller.classIds) {
        if (target.inClass(classId))
            return true;
    }
    return false;
}

void AccountController::renewalCode(const IncomingRequest& request, const Caller& caller, HttpResponse& response)
{
    const FormData form = request.form();
    const QString login = form.text("login");
    if (login.trimmed().isEmpty())
        return HttpReply::empty(response, 401); // only a super admin is told "login required"
    const std::optional<UserRecord> pupil = m_parts.users.findByLogin(login);
    if (!pupil || !mayMakeCode(caller.user, *pupil))
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
