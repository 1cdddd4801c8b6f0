#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

class QProcess;
class QWebSocket;

namespace LeoKiosk::Test {

// Debian's Chromium, headless, in a throw-away profile, driven through the DevTools protocol (a WebSocket to the
// page): evaluate script in the page as a person's clicks and typing would act on it. Every wait is on the
// process or the socket, with a deadline.
class HeadlessChromium final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessChromium)

public:
    static QString executable(); // empty when Chromium is not installed

    explicit HeadlessChromium(QObject* parent = nullptr);
    ~HeadlessChromium() override;

    bool open(const QUrl& url, const QString& acceptLanguage); // starts the browser on the page
    QJsonValue evaluate(const QString& expression);            // the value, or undefined on failure
    QString lastError() const { return m_error; }

private:
    QJsonObject call(const QString& method, const QJsonObject& params);

    QTemporaryDir m_profile;
    QProcess* m_process = nullptr;
    QWebSocket* m_socket = nullptr;
    QMap<int, QJsonObject> m_answers;
    int m_nextId = 1;
    QString m_error;
};

} // namespace LeoKiosk::Test
