#pragma once

#include <QString>

#include <functional>

namespace LeoEnt {

// ENT-style logins "prénom.nom" without accents, lower case; homonyms get 2, 3… appended.
namespace LoginMaker {

QString make(const QString& firstName, const QString& lastName, const std::function<bool(const QString&)>& isTaken);

} // namespace LoginMaker

} // namespace LeoEnt
