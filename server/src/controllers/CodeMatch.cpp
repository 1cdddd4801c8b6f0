#include "controllers/CodeMatch.h"

#include "common/OrderedJson.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace CodeMatch {

void answer(OneTimeCodes& codes, const IncomingRequest& request, HttpResponse& response)
{
    const IncomingRequest::JsonBody body = request.jsonBody();
    if (!body.isValid())
        return HttpReply::jsonError(response, 400, body.error);
    const QString login = body.object.value(u"login"_s).toString();
    QString code = body.object.value(u"password"_s).toString();
    const bool matches = !login.isEmpty() && codes.check(login, code).has_value();
    wipe(code);
    HttpReply::json(response, 200, OrderedJson().add(u"match"_s, matches));
}

} // namespace CodeMatch

} // namespace LeoEnt
