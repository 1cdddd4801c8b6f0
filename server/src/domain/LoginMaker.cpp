#include "domain/LoginMaker.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

// "Zoé D'Arc-Élise" -> "zoe-d-arc-elise"
QString slug(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c.isSpace() || c == u'-' || c == u'\'' || c == u'\u2019')
            out += u'-';
    }
    while (out.contains(u"--"_s))
        out.replace(u"--"_s, u"-"_s);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace

namespace LoginMaker {

QString make(const QString& firstName, const QString& lastName, const std::function<bool(const QString&)>& isTaken)
{
    const QString base = slug(firstName) + u'.' + slug(lastName);
    QString login = base;
    for (int n = 2; isTaken(login); ++n)
        login = base + QString::number(n);
    return login;
}

} // namespace LoginMaker

} // namespace LeoEnt
