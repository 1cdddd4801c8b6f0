#include "cli/ClientsCommands.h"

#include "cli/CommandContext.h"
#include "common/Failure.h"
#include "store/OAuthClientRegistry.h"
#include "store/Store.h"

#include <QStringList>
#include <QTextStream>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace ClientsCommands {

int add(const CommandContext& context, const QString& id)
{
    static const QStringList grantTypeNames = {u"password"_s, u"authorization_code"_s, u"client_credentials"_s};
    const QStringList scopes = context.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    const QStringList grantTypes = context.isSet(u"grant-types"_s)
                                       ? context.value(u"grant-types"_s).split(u' ', Qt::SkipEmptyParts)
                                       : QStringList{u"password"_s};
    if (id.isEmpty() || id.contains(u':') || id.contains(u' '))
        fail(u"a client id must be non-empty, without spaces or colons"_s);
    if (scopes.isEmpty())
        fail(u"--scope is required, e.g. --scope \"userinfo auth directory\""_s);
    for (const QString& type : grantTypes) {
        if (!grantTypeNames.contains(type))
            fail(u"unknown grant type "_s + type + u" (known: "_s + grantTypeNames.join(u", "_s) + u')');
    }
    const auto store = context.openStore(context.loadConfig());
    const QString secret = OAuthClientRegistry(*store).add({id, scopes, grantTypes});
    context.err() << u"the secret is shown once; only its hash is stored\n"_s;
    context.err().flush();
    context.out() << u"client_id="_s << id << u"\nclient_secret="_s << secret << u'\n';
    return 0;
}

} // namespace ClientsCommands

} // namespace LeoEnt
